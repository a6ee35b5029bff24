// `npm run bench:pages`: load test of the public pages against `next start`,
// side by side with the framework's own floor on this machine: the same bytes
// served as a static file from public/. Needs a build (`npm run build`) and a
// seeded database (`npm run setup`). Prints requests/s, p99 latency, ratios,
// and the treaty page's JavaScript size; no pass/fail.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const FLOOR_DIR = path.join("public", "__bench");

async function startServer(): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "--port", String(PORT)], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/regions`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("next start did not come up");
}

function stop(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

async function load(label: string, paths: () => string): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({
    url: BASE,
    connections: 10,
    duration: DURATION,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }],
  });
  const rps = result.requests.average;
  const p99 = result.latency.p99;
  console.log(`${label.padEnd(52)} ${rps.toFixed(0).padStart(7)} req/s   p99 ${String(p99).padStart(5)} ms   errors ${result.errors + result.non2xx}`);
  return { rps, p99 };
}

async function treatyPageJavaScript(html: string): Promise<{ files: number; raw: number; gzip: number }> {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ""))].filter((src) => src.startsWith("/_next/"));
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = readFileSync(path.join(".next", src.replace(/^\/_next\//, "")));
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: sources.length, raw, gzip };
}

const treatyPath = "/treaties/ccm";
let server = await startServer();
await fetch(`${BASE}${treatyPath}`); // first request renders and caches the page
const bytes = await (await fetch(`${BASE}${treatyPath}`)).text();
stop(server);

mkdirSync(FLOOR_DIR, { recursive: true });
writeFileSync(path.join(FLOOR_DIR, "treaty.html"), bytes);
try {
  server = await startServer();
  await fetch(`${BASE}${treatyPath}`);
  console.log(`Treaty page: ${(bytes.length / 1024).toFixed(0)} KB of HTML (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped); ${DURATION} s per run, 10 connections\n`);
  const floor = await load("static file with the same bytes (floor)", () => "/__bench/treaty.html");
  const cached = await load("treaty page, cached", () => treatyPath);
  let day = 0;
  // A new date every request: each one is rendered from the in-memory snapshot, never from the page cache.
  const uncached = await load("treaty page, a new asOf date every request", () => `${treatyPath}?asOf=${new Date(Date.UTC(2011, 0, 1 + day++)).toISOString().slice(0, 10)}`);
  const home = await load("home page, cached", () => "/");
  console.log(`\nratios to the floor: cached treaty ${(cached.rps / floor.rps).toFixed(2)} (goal >= 0.35), uncached asOf ${(uncached.rps / floor.rps).toFixed(2)} (goal >= 0.1), home ${(home.rps / floor.rps).toFixed(2)}`);
  const js = await treatyPageJavaScript(bytes);
  console.log(`treaty page JavaScript: ${js.files} files, ${(js.raw / 1024).toFixed(0)} KB raw, ${(js.gzip / 1024).toFixed(0)} KB gzipped (goal < 200 KB), charts load lazily after that`);
} finally {
  stop(server);
  rmSync(FLOOR_DIR, { recursive: true, force: true });
}
