// `npm run test:faults` (CI runs it): the production shape (deploy/shape.ts)
// while its PostgreSQL server stops and starts again. Public pages keep
// answering from the caches, or with nginx's plain 503 page; a write fails
// with a clear message and leaves nothing; the app recovers by itself within
// 5 s of the database's return. Needs nginx and the right to stop and start
// the machine's PostgreSQL cluster (FAULTS_PG_CLUSTER, default "15 main";
// CI runs as root).
import { execFileSync, spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAction } from "@/lib/admin/record-action";
import { closeDatabase, openDatabase, useDatabase, type Database } from "@/lib/db/client";
import { openDriver } from "@/lib/db/driver";
import { explainDatabaseError } from "@/lib/db/errors";
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
}, 600_000);

afterAll(async () => {
  try {
    pgCluster("start"); // whatever happened, the server is left running
  } finally {
    shape?.stop();
    await closeDatabase(database).catch(() => undefined);
  }
});

describe("the database stops during a load, then comes back", () => {
  it("keeps answering, refuses writes clearly, and recovers within 5 s", async () => {
    for (const path of CACHED) expect((await statusOf(path)).status).toBe(200);
    for (const path of CACHED) expect((await statusOf(path)).status).toBe(200); // now in nginx's cache
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
      const write = recordAction(
        { id: 1, email: "faults@test.invalid", name: "Faults", role: "editor" },
        {
          treaty: "ccm",
          state: "USA",
          type: "accession",
          depositedOn: "2021-01-05",
          effectiveOn: null,
          effectDeferred: false,
          source: "https://example.org/faults",
          confidence: "confirmed",
          note: null,
        },
      );
      const failure = await write.then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).not.toBeNull();
      expect(explainDatabaseError(failure, { databaseUrl: DATABASE_URL, dataDir: "unused" })).toMatch(
        /^Cannot connect to PostgreSQL at 127\.0\.0\.1:5432\/treaty_tracker_faults/,
      );
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
  }, 120_000);
});
