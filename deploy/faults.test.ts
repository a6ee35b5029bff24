// `npm run test:faults` (CI runs it): the production shape (deploy/shape.ts)
// while its PostgreSQL server stops and starts again. Public pages keep
// answering from the caches, or with nginx's plain 503 page; a write fails
// with a clear message and leaves nothing; the app recovers by itself within
// 5 s of the database's return. Needs nginx and the right to stop and start
// the machine's PostgreSQL cluster (FAULTS_PG_CLUSTER, default "15 main";
// CI runs as root).
import { execFileSync, spawnSync } from "node:child_process";
import { chromium, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/admin/users";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { closeDatabase, openDatabase, useDatabase, type Database } from "@/lib/db/client";
import { openDriver } from "@/lib/db/driver";
import { explainDatabaseError } from "@/lib/db/errors";
import { failureOfAWrite } from "./failed-write";
import { startShape, type Shape } from "./shape";

const DATABASE_URL =
  process.env.FAULTS_DATABASE_URL ?? "postgresql://treaty_tracker:treaty_tracker@127.0.0.1:5432/treaty_tracker_faults";
const [PG_VERSION = "15", PG_CLUSTER = "main"] = (process.env.FAULTS_PG_CLUSTER ?? "15 main").split(" ");
function pgCluster(command: "stop" | "start"): void {
  const running = spawnSync("pg_ctlcluster", [PG_VERSION, PG_CLUSTER, "status"]).status === 0;
  if (running === (command === "start")) return; // already so
  execFileSync("pg_ctlcluster", [PG_VERSION, PG_CLUSTER, command, ...(command === "stop" ? ["-m", "fast"] : [])]);
}

// Cached before the fault: a treaty page, a state page, an API answer.
const CACHED = ["/treaties/ccm", "/states/GBR", "/api/v1/treaties/ccm/status"];

let shape: Shape;
let database: Database;
let browser: Browser;

/** An editor signed in through nginx, on the record-action form, before the fault. */
async function editorOnTheActionForm(): Promise<Page> {
  const email = `faults-${Date.now()}@test.invalid`;
  const created = await createUser(null, { email, name: "Faults", password: "faults passphrase", role: "editor" });
  if (!created.ok) throw new Error("could not create the editor");
  const { token } = await createSession(created.value.id);
  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: shape.url }]);
  const page = await context.newPage();
  await page.goto(`${shape.url}/admin/actions/new`);
  await page.getByLabel("Treaty").selectOption("ccm");
  await page.getByLabel("State", { exact: true }).fill("United States of America");
  await page.getByLabel("Action type").selectOption("accession");
  await page.getByLabel("Deposit date").fill("2021-01-06");
  await page.getByLabel("Source").fill("https://example.org/faults-form");
  return page;
}

async function actionCount(): Promise<number> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query("SELECT count(*) AS n FROM treaty_actions")).rows[0]?.n);
  } finally {
    await client.end();
  }
}

async function statusOf(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${shape.url}${path}`);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  shape = await startShape({ databaseUrl: DATABASE_URL, instances: 2, nginxPort: 8090, firstAppPort: 3211 });
  database = openDatabase(openDriver({ DATABASE_URL, PGLITE_DATA_DIR: "unused" }));
  useDatabase(database);
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
}, 600_000);

afterAll(async () => {
  try {
    pgCluster("start"); // whatever happened, the server is left running
  } finally {
    shape?.stop();
    await browser?.close();
    await closeDatabase(database).catch(() => undefined);
  }
});

describe("the database stops during a load, then comes back", () => {
  it("keeps answering, refuses writes clearly, and recovers within 5 s", async () => {
    for (const path of CACHED) expect((await statusOf(path)).status).toBe(200);
    for (const path of CACHED) expect((await statusOf(path)).status).toBe(200); // now in nginx's cache
    const form = await editorOnTheActionForm();
    const before = await actionCount();

    // A steady load of readers through nginx for the whole fault.
    const seen = new Map<number, number>();
    const load = { running: true };
    const readers = Array.from({ length: 8 }, async (_, i) => {
      while (load.running) {
        const { status } = await statusOf(CACHED[i % CACHED.length] ?? "/");
        seen.set(status, (seen.get(status) ?? 0) + 1);
      }
    });

    pgCluster("stop");
    try {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      // A page nobody asked for before needs the database: nginx's plain 503 page says so.
      // (A state page reads each action's source from the database.)
      const uncached = await statusOf("/states/FRA?asOf=2019-03-05");
      expect(uncached.status).toBe(503);
      expect(uncached.text).toContain("cannot reach its database");
      // A write fails with a message naming the server, and writes nothing (checked below).
      const failure = await failureOfAWrite();
      expect(failure).not.toBeNull();
      expect(explainDatabaseError(failure, { databaseUrl: DATABASE_URL, dataDir: "unused" })).toMatch(
        /^Cannot connect to PostgreSQL at 127\.0\.0\.1:5432\/treaty_tracker_faults/,
      );
      // The editor saving through nginx gets that sentence in the form, which keeps what was typed.
      await form.getByRole("button", { name: "Record the action" }).click();
      await form
        .getByText(
          /PostgreSQL at 127\.0\.0\.1:5432\/treaty_tracker_faults.*(Nothing was|may not have been) (saved|written)/,
        )
        .first()
        .waitFor({ timeout: 15_000 });
      expect(await form.getByLabel("Source").inputValue()).toBe("https://example.org/faults-form");
    } finally {
      pgCluster("start");
    }
    const back = Date.now();
    // Recovered: a page that needs the database answers again, by itself, within 5 s.
    let recoveredAfter = Number.POSITIVE_INFINITY;
    for (let attempt = 0; Date.now() - back < 15_000; attempt++) {
      if ((await statusOf(`/states/DEU?asOf=2019-03-0${(attempt % 9) + 1}`)).status === 200) {
        recoveredAfter = Date.now() - back;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    load.running = false;
    await Promise.all(readers);
    console.info(
      `faults: readers saw ${JSON.stringify(Object.fromEntries(seen))}; recovered after ${recoveredAfter} ms`,
    );
    expect(recoveredAfter).toBeLessThan(5000);
    // Readers of cached answers were never refused, and nothing was half-written.
    expect([...seen.keys()]).toEqual([200]);
    expect(await actionCount()).toBe(before);
    // The stop cut this test's own idle connections, which the driver logs (lib/db/driver.ts).
    const log = vi.mocked(console.error);
    for (const [message] of log.mock.calls) expect(String(message)).toMatch(/^PostgreSQL connection error/);
    log.mockClear();
  }, 120_000);
});
