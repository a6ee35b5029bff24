// `npm run bench:load`: load figures of bare `next start` (no nginx) at 1, 16
// and 64 connections, and its memory. Needs a build (`npm run build`) and a
// seeded database (`npm run setup`; the embedded PGlite, or DATABASE_URL).
// 1. Five cached pages side by side with the same bytes served two other ways:
//    as a static file by the same server (from public/), and by a bare Node server.
// 2. New dates nobody asked for before, on the treaty and state pages.
// 3. The next-server process's resident memory at start, after those runs and
//    with the page cache filled to its bound (PAGE_CACHE_MAX_MB).
// Prints numbers only; results and machine in bench/README.md.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_MAX_MB } from "../lib/cache/page-cache-handler";
import { getTreatySnapshots } from "../lib/data/treaty-snapshots";
import { closeDatabase, getDatabase } from "../lib/db/client";
import { todayIso } from "../lib/domain/dates";
import { periodContaining } from "../lib/domain/periods";
import { readPageCacheMaxMb } from "../lib/env";
import { startBareServerProcess, type ServedBytes } from "./bare-server";
import { shuffledDays } from "./days";
import { loadRun, type LoadFigures } from "./load-run";
import { residentMb, startNextServer } from "./next-server";
import { fillPageCache, pagesToFill } from "./page-cache-fill";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? PORT + 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [1, 16, 64];
const FLOOR_DIR = path.join("public", "__bench");
const PAGES = [
  { name: "home", path: "/", file: "home.html" },
  { name: "treaty", path: "/treaties/ccm", file: "treaty.html" },
  { name: "outside", path: "/treaties/ccm/outside", file: "outside.html" },
  { name: "state", path: "/states/GBR", file: "state.html" },
  { name: "status API", path: "/api/v1/treaties/ccm/status", file: "status.json" },
];

const figures = ({ rps, p50, p99, errors }: LoadFigures) =>
  `${rps.toFixed(0).padStart(6)} req/s ${String(p50).padStart(4)} /${String(p99).padStart(5)} ms${errors ? ` (${errors} errors)` : ""}`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// The treaties as the app sees them (their periods include obligation days), read
// before any server opens the database: an embedded PGlite folder opens once.
const database = getDatabase();
const snapshots = await getTreatySnapshots();
await closeDatabase(database);
const ccm = snapshots.find((snapshot) => snapshot.slug === "ccm");
if (!ccm) throw new Error("the database has no CCM: run npm run setup");

// The bytes of each cached page, from a server that is then stopped: Next
// lists public/ when it starts, so the static copies need a server of their own.
const pages: ServedBytes = new Map();
const first = await startNextServer(PORT, "/regions");
for (const page of PAGES) {
  await fetch(`${first.url}${page.path}`); // renders and caches it
  const response = await fetch(`${first.url}${page.path}`);
  pages.set(page.path, {
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get("content-type") ?? "",
  });
}
await first.stop();
mkdirSync(FLOOR_DIR, { recursive: true });
for (const page of PAGES) writeFileSync(path.join(FLOOR_DIR, page.file), pages.get(page.path)?.body ?? "");

const server = await startNextServer(PORT, `/__bench/${PAGES[0]?.file}`);
const bare = await startBareServerProcess(pages, BARE_PORT);
try {
  const memory = [`at start (no page rendered yet): ${residentMbOf(server.serverPid())}`];
  for (const page of PAGES) await fetch(`${server.url}${page.path}`);

  console.log(`\nCached pages: app / static file (same server, same bytes) / bare Node; ${SECONDS} s per run`);
  console.log("req/s, p50 / p99 latency; ratios of the app's req/s to each\n");
  for (const page of PAGES) {
    const size = (pages.get(page.path)?.body.length ?? 0) / 1024;
    for (const connections of CONNECTIONS) {
      const app = await loadRun(`${server.url}${page.path}`, { connections, seconds: SECONDS });
      const file = await loadRun(`${server.url}/__bench/${page.file}`, { connections, seconds: SECONDS });
      const node = await loadRun(`http://127.0.0.1:${BARE_PORT}${page.path}`, { connections, seconds: SECONDS });
      console.log(
        `${`${page.name} ${page.path} (${size.toFixed(0)} KB)`.padEnd(48)} ${String(connections).padStart(2)} conn` +
          `   app ${figures(app)}   static ${figures(file)}   bare ${figures(node)}` +
          `   app/static ${(app.rps / file.rps).toFixed(2)}   app/bare ${(app.rps / node.rps).toFixed(2)}`,
      );
    }
  }

  console.log(`\nNew dates: a date never asked before on every request (random days); ${SECONDS} s per run\n`);
  // A treaty date is served from its period's page (proxy.ts), so only a period's first date renders:
  // the runs report how many of their requests landed in a period none had asked for.
  const treatyDays = shuffledDays(ccm.rules.openedForSignatureOn, todayIso());
  const periodsSeen = new Set<string>();
  const stateDays = shuffledDays("1997-12-03", todayIso()); // the earliest treaty's opening: earlier dates are refused
  for (const connections of CONNECTIONS) {
    let asked = 0;
    let newPeriods = 0;
    const treaty = await loadRun(server.url, {
      connections,
      seconds: SECONDS,
      paths: () => {
        const day = treatyDays.pop() ?? "2020-01-01";
        const period = periodContaining(ccm.turningPoints.deposit, day)?.from ?? day;
        asked++;
        if (!periodsSeen.has(period)) newPeriods++;
        periodsSeen.add(period);
        return `/treaties/ccm?asOf=${day}`;
      },
    });
    console.log(
      `treaty /treaties/ccm?asOf=…   ${String(connections).padStart(2)} conn   ${figures(treaty)}   (${newPeriods} of ${asked} dates in a period not rendered before)`,
    );
  }
  for (const connections of CONNECTIONS) {
    const state = await loadRun(server.url, {
      connections,
      seconds: SECONDS,
      paths: () => `/states/GBR?asOf=${stateDays.pop() ?? "2020-01-01"}`,
    });
    console.log(
      `state /states/GBR?asOf=…      ${String(connections).padStart(2)} conn   ${figures(state)}   (every date a page of its own)`,
    );
  }
  memory.push(`after the runs above: ${residentMbOf(server.serverPid())}`);

  const boundMb = readPageCacheMaxMb() ?? DEFAULT_MAX_MB;
  const fill = pagesToFill(snapshots, ccm.stateIsos);
  console.log(`\nFilling the page cache (bound ${boundMb} MB): up to ${fill.length} pages, 4 at a time`);
  const started = Date.now();
  const filled = await fillPageCache(server.url, fill, {
    parallel: 4,
    // HTML a quarter past the bound: the cache then holds its bound and has evicted pages.
    enough: ({ htmlBytes }) => htmlBytes > boundMb * 1.25 * 1024 * 1024,
    every: 250,
    onEvery: ({ pages: count, htmlBytes }) =>
      console.log(
        `  ${String(count).padStart(5)} pages, ${megabytes(htmlBytes)} of HTML: ${residentMbOf(server.serverPid())}`,
      ),
  });
  memory.push(
    `after the fill: ${residentMbOf(server.serverPid())} (${filled.pages} pages asked, ${megabytes(filled.htmlBytes)} of HTML, ${filled.failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  console.log("\nnext-server resident memory (VmRSS)");
  for (const line of memory) console.log(`  ${line}`);
} finally {
  bare.stop();
  await server.stop();
  rmSync(FLOOR_DIR, { recursive: true, force: true });
}

function residentMbOf(pid: number): string {
  return `${residentMb(pid).toFixed(0)} MB`;
}
