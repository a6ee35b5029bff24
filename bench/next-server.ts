// `next start` for the load benchmarks: started in a process group of its own
// (npx -> sh -> next-server), so stopping it stops every process it made.
import { spawn } from "node:child_process";
import { mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";

export type NextServer = {
  url: string;
  /** The next-server process itself, whose memory is the app's (not the npm wrapper's). */
  serverPid: () => number;
  /** Resolves once its processes have ended, so the port is free for the next server. */
  stop: () => Promise<void>;
};

/** Waits until `readyPath` answers 200; pick a static file to measure memory before any page is rendered. */
export async function startNextServer(port: number, readyPath: string): Promise<NextServer> {
  // Its output goes to a file (git-ignored): if the server dies under load, that says why.
  mkdirSync("bench/results", { recursive: true });
  const log = openSync(`bench/results/next-server-${port}.log`, "a");
  const child = spawn("npx", ["next", "start", "--port", String(port)], {
    stdio: ["ignore", log, log],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
  });
  let stopping = false;
  child.once("exit", (code, signal) => {
    if (!stopping)
      console.error(
        `next start on port ${port} ended (${signal ?? `exit ${code}`}); its output: bench/results/next-server-${port}.log`,
      );
  });
  const url = `http://127.0.0.1:${port}`;
  const server: NextServer = {
    url,
    serverPid: () => descendantNamed(child.pid ?? 0, "next-server"),
    stop: async () => {
      if (!child.pid || !groupAlive(child.pid)) return;
      stopping = true;
      process.kill(-child.pid, "SIGTERM");
      for (let i = 0; i < 50 && groupAlive(child.pid); i++) await pause(200);
    },
  };
  for (let i = 0; i < 150; i++) {
    if (await answers(`${url}${readyPath}`)) return server;
    await pause(200);
  }
  await server.stop();
  throw new Error(`next start did not answer ${readyPath} on port ${port}`);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false; // not listening (yet, or any more)
  }
}

function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false; // ESRCH: no process left in the group
  }
}

const parentOf = (pid: string) =>
  readFileSync(`/proc/${pid}/stat`, "utf8")
    .replace(/^.*\) /, "")
    .split(" ")[1];

/** The first process below `root` whose name starts with `name` (Linux /proc). */
function descendantNamed(root: number, name: string): number {
  const below = new Set([String(root)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
      try {
        if (below.has(pid) || !below.has(parentOf(pid) ?? "")) continue;
        if (readFileSync(`/proc/${pid}/comm`, "utf8").startsWith(name)) return Number(pid);
        below.add(pid);
        grew = true;
      } catch {
        // the process ended while being read
      }
    }
  }
  throw new Error(`no ${name} process below ${root}`);
}

/** Resident memory in MB (VmRSS in /proc/<pid>/status). */
export function residentMb(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(line?.[1] ?? 0) / 1024;
}
