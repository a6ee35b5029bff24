// `npm run bench:pages`: load test of the public pages against `next start`,
// side by side with the framework's own floor on this machine: the same bytes
// served as a static file from public/. Needs a build (`npm run build`) and a
// seeded database (`npm run setup`). Prints requests/s, p99 latency, ratios,
// and the treaty page's JavaScript size; no pass/fail. Goals and past results:
// bench/README.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { addDaysIso, todayIso } from "../lib/domain/dates";
import { shuffledDays } from "./days";
import { loadRun, median } from "./load-run";
import { startNextServer, type NextServer } from "./next-server";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FLOOR_DIR = path.join("public", "__bench");

async function load(label: string, paths: () => string): Promise<{ rps: number; p99: number }> {
  const { rps, p99, errors } = await loadRun(server.url, { connections: 10, seconds: DURATION, paths });
  console.log(
    `${label.padEnd(52)} ${rps.toFixed(0).padStart(7)} req/s   p99 ${String(p99).padStart(5)} ms   errors ${errors}`,
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
let server: NextServer = await startNextServer(PORT, "/regions");
await fetch(`${server.url}${treatyPath}`); // first request renders and caches the page
const bytes = await (await fetch(`${server.url}${treatyPath}`)).text();
await server.stop();

mkdirSync(FLOOR_DIR, { recursive: true });
writeFileSync(path.join(FLOOR_DIR, "treaty.html"), bytes);

const floorPath = () => "/__bench/treaty.html";

/** One day after another from `first` to `last`, then from `first` again. */
function consecutiveDays(first: string, last: string): () => string {
  let day = first;
  return () => {
    const current = day;
    day = current >= last ? first : addDaysIso(current, 1);
    return current;
  };
}

try {
  server = await startNextServer(PORT, "/regions");
  await fetch(`${server.url}${treatyPath}`);
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
  await fetch(`${server.url}${datedLink}`);
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
  const days = shuffledDays("1997-12-03", todayIso());
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
  await server.stop();
  rmSync(FLOOR_DIR, { recursive: true, force: true });
}
