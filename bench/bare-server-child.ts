// The process bench/bare-server.ts forks: receives the pages and the port, listens, says so.
import { bareServer, type ServedBytes } from "./bare-server";

type Message = { port: number; pages: [string, { body: Uint8Array; type: string }][] };

process.once("message", (received) => {
  const message = received as Message;
  const pages: ServedBytes = new Map(
    message.pages.map(([path, page]) => [path, { body: Buffer.from(page.body), type: page.type }]),
  );
  bareServer(pages, message.port).once("listening", () => process.send?.("listening"));
});
