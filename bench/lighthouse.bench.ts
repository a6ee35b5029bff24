// `npm run bench:lighthouse`: Lighthouse (its default mobile settings: a slow
// phone on a slow network) on every page type and on the admin's record-action
// form, driving the system Chromium through Playwright. Needs a build (`npm run
// build`) and a seeded embedded database (`npm run setup`). Prints performance,
// accessibility, total blocking time and each page's JavaScript; no pass/fail.
// Goals (issue 16): performance at least 95, accessibility 100. Results: bench/README.md.
import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";
import { createSession, SESSION_COOKIE } from "../lib/auth/sessions";
import { createUser } from "../lib/admin/users";
import { closeDatabase, openDatabase, useDatabase } from "../lib/db/client";
import { openDriver } from "../lib/db/driver";
import { readDatabaseEnv } from "../lib/env";

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const BASE = `http://127.0.0.1:${PORT}`;
const DEBUG_PORT = 9333;
// LIGHTHOUSE_PAGES="/treaties/ccm,/states/GBR" runs only those; LIGHTHOUSE_DETAIL=1 adds where the main thread went.
const ALL_PAGES = [
  "/",
  "/treaties/ccm",
  "/treaties/mine-ban-treaty",
  "/treaties/ccm/outside",
  "/regions/campaign/pacific",
  "/states/GBR",
  "/admin/actions/new",
];
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(",") ?? ALL_PAGES;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);

/** A session for an editor made for the run, so Lighthouse can open the admin form. */
async function editorSession(): Promise<string> {
  const database = openDatabase(openDriver(readDatabaseEnv()));
  useDatabase(database);
  try {
    const email = "lighthouse@bench.invalid";
    let user = await database.prisma.adminUser.findUnique({ where: { email } });
    if (!user) {
      const created = await createUser(null, {
        email,
        name: "Lighthouse",
        password: "lighthouse passphrase",
        role: "editor",
      });
      if (!created.ok) throw new Error("bench account");
      user = await database.prisma.adminUser.findUniqueOrThrow({ where: { email } });
    }
    return (await createSession(user.id)).token;
  } finally {
    await closeDatabase(database);
  }
}

type Audits = Record<string, { numericValue?: number; details?: unknown } | undefined>;
type Row = Record<string, unknown>;

/** The scripts that kept the main thread busiest and what it did, to see what a score lost to. */
function printDetail(audits: Audits): void {
  const rows = (id: string) => ((audits[id]?.details as { items?: Row[] } | undefined)?.items ?? []).slice(0, 6);
  for (const item of rows("bootup-time"))
    console.log(`    script ${String(item.url).slice(-60)}: ${Math.round(Number(item.scripting))} ms scripting`);
  for (const item of rows("mainthread-work-breakdown"))
    console.log(`    main thread ${String(item.groupLabel)}: ${Math.round(Number(item.duration))} ms`);
  for (const item of rows("long-tasks"))
    console.log(
      `    long task at ${Math.round(Number(item.startTime))} ms: ${Math.round(Number(item.duration))} ms, ${String(item.url).slice(-40)}`,
    );
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "speed-index", "cumulative-layout-shift"])
    console.log(`    ${id}: ${Math.round(Number(audits[id]?.numericValue ?? 0) * 1000) / 1000}`);
}

const token = await editorSession();
const server = spawn("npx", ["next", "start", "--port", String(PORT)], {
  stdio: "ignore",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  detached: true,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: [`--remote-debugging-port=${DEBUG_PORT}`, "--no-sandbox", "--disable-background-networking", "--no-first-run"],
});
try {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${BASE}/regions`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  for (const page of PAGES) {
    await fetch(`${BASE}${page}`); // rendered once, then served from the page cache as in use
    // Scores move by several points between runs on this 2-core machine (the server and
    // Chromium share it): LIGHTHOUSE_RUNS=3 prints each run and their median.
    const runs: { performance: number; tbt: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${BASE}${page}`, {
        port: DEBUG_PORT,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: page.startsWith("/admin") ? { Cookie: `${SESSION_COOKIE}=${token}` } : undefined,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${page}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const tbt = Math.round(Number(lhr.audits["total-blocking-time"]?.numericValue ?? 0));
      runs.push({ performance: score("performance"), tbt });
      const scripts = (
        lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] }
      )?.items?.filter((item) => item.resourceType === "Script");
      const jsKb = Math.round((scripts ?? []).reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024);
      console.log(
        `${page.padEnd(28)} performance ${String(score("performance")).padStart(3)}   accessibility ${String(score("accessibility")).padStart(3)}   TBT ${String(tbt).padStart(5)} ms   JS ${String(jsKb).padStart(4)} KB (${scripts?.length ?? 0} files, as sent)`,
      );
      if (process.env.LIGHTHOUSE_DETAIL) printDetail(lhr.audits);
    }
    if (RUNS > 1) {
      const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
      console.log(
        `${page.padEnd(28)} median of ${RUNS}: performance ${median(runs.map((r) => r.performance))}, TBT ${median(runs.map((r) => r.tbt))} ms`,
      );
    }
  }
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
process.exit(0);
