// `npm run bench:pages`: load test of the public pages against `next start`,
// side by side with the framework's own floor on this machine: the same bytes
// served as a static file from public/. Needs a build (`npm run build`) and a
// seeded database (`npm run setup`). Prints requests/s, p99 latency, ratios,
// and the treaty page's JavaScript size; no pass/fail. Goals and past results:
// bench/README.md.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { addDaysIso, todayIso } from "../lib/domain/dates";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FLOOR_DIR = path.join("public", "__bench");

async function startServer(): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "--port", String(PORT)], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
  });
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
  console.log(
    `${label.padEnd(52)} ${rps.toFixed(0).padStart(7)} req/s   p99 ${String(p99).padStart(5)} ms   errors ${result.errors + result.non2xx}`,
  );
  return { rps, p99 };
}

async function treatyPageJavaScript(html: string): Promise<{ files: number; raw: number; gzip: number }> {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ""))].filter((src) =>
    src.startsWith("/_next/"),
  );
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

const floorPath = () => "/__bench/treaty.html";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** One day after another from `first` to `last`, then from `first` again. */
function consecutiveDays(first: string, last: string): () => string {
  let day = first;
  return () => {
    const current = day;
    day = current >= last ? first : addDaysIso(current, 1);
    return current;
  };
}

/** Every day of the Mine Ban Treaty's history in a fixed pseudo-random order (same each run). */
function shuffledDays(): string[] {
  const days: string[] = [];
  for (let day = "1997-12-03"; day <= todayIso(); day = addDaysIso(day, 1)) days.push(day);
  let seed = 20201125;
  for (let i = days.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [days[i], days[j]] = [days[j] as string, days[i] as string];
  }
  return days;
}

try {
  server = await startServer();
  await fetch(`${BASE}${treatyPath}`);
  console.log(
    `Treaty page: ${(bytes.length / 1024).toFixed(0)} KB of HTML (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped); ${DURATION} s per run, 10 connections\n`,
  );
  // The floor itself moves between runs on this machine, so it is measured in alternation
  // with the page and each ratio is the median of ROUNDS (see bench/README.md, how to read the numbers).
  const cachedRatios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const floor = await load(`[${round}] static file with the same bytes (floor)`, floorPath);
    const cached = await load(`[${round}] treaty page, cached`, () => treatyPath);
    cachedRatios.push(cached.rps / floor.rps);
  }

  const floor = await load("static file with the same bytes (floor)", floorPath);
  // The same cached period page reached by a dated link: every such link passes through proxy.ts.
  const datedLink = `${treatyPath}?asOf=2020-08-10`;
  await fetch(`${BASE}${datedLink}`);
  const cachedDated = await load("treaty page, cached, dated link (through proxy.ts)", () => datedLink);
  // A dated link is served from the cached page of its period (proxy.ts), so a
  // new date is a cache hit once its period has been rendered; consecutive days
  // walk through periods the way a reader moving the date control does. They
  // start again at 2011 on reaching today: later dates are refused (400), and a
  // refused date is a cheap page that would flatter the figure.
  const walk = consecutiveDays("2011-01-01", todayIso());
  const consecutive = await load(
    "treaty page, a new asOf every request (consecutive days from 2011)",
    () => `${treatyPath}?asOf=${walk()}`,
  );
  // The harder case: random days over the whole history, none asked twice, so
  // many requests land in a period not rendered yet.
  const days = shuffledDays();
  const random = await load(
    "treaty page, a new asOf every request (random days since 1997)",
    () => `/treaties/mine-ban-treaty?asOf=${days.pop() ?? "2020-01-01"}`,
  );
  const home = await load("home page, cached", () => "/");

  const ratio = (value: number) => (value / floor.rps).toFixed(2);
  console.log(
    `\nratios to the floor: cached treaty ${median(cachedRatios).toFixed(2)} (median of ${cachedRatios.map((r) => r.toFixed(2)).join(", ")}; goal >= 0.35)`,
  );
  console.log(
    `  cached dated link ${ratio(cachedDated.rps)}; uncached asOf: consecutive days ${ratio(consecutive.rps)}, random days ${ratio(random.rps)} (goal >= 0.1); home ${ratio(home.rps)}`,
  );
  const js = await treatyPageJavaScript(bytes);
  console.log(
    `treaty page JavaScript: ${js.files} files, ${(js.raw / 1024).toFixed(0)} KB raw, ${(js.gzip / 1024).toFixed(0)} KB gzipped (goal < 200 KB), charts load lazily after that`,
  );
} finally {
  stop(server);
  rmSync(FLOOR_DIR, { recursive: true, force: true });
}
