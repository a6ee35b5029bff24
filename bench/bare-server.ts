// The floor a page is compared with: a bare Node `http` server answering with
// the bytes and content type the app served, nothing else done per request.
import { fork } from "node:child_process";
import http from "node:http";

export type ServedBytes = Map<string, { body: Buffer; type: string }>;

export function bareServer(pages: ServedBytes, port: number): http.Server {
  return http
    .createServer((request, response) => {
      const page = pages.get(request.url ?? "");
      response.writeHead(page ? 200 : 404, { "Content-Type": page?.type ?? "text/plain" });
      response.end(page?.body ?? "");
    })
    .listen(port);
}

/**
 * The same server in a process of its own (bench/bare-server-child.ts), like
 * `next start`: in the benchmark's process it would share one thread with the load generator.
 */
export async function startBareServerProcess(pages: ServedBytes, port: number): Promise<{ stop: () => void }> {
  // fork() reuses this process's loader flags, so tsx runs the TypeScript child too.
  const child = fork(new URL("./bare-server-child.ts", import.meta.url), { serialization: "advanced" });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
    child.send({ port, pages: [...pages] });
  });
  return { stop: () => child.kill() };
}
