// `npm run bench:shape`: the production shape measured (deploy/shape.ts):
// nginx caching in front of two `next start` instances on one PostgreSQL.
// Side by side in one run: cached pages through nginx against a bare Node
// `http` server returning the same bytes (goal: at least 0.8 of it), and the
// time from an admin's save until nginx serves the change (goal: within 5 s).
// Prints numbers only; results and machine in bench/README.md.
import { deleteAction } from "../lib/admin/delete-action";
import { restoreAction } from "../lib/admin/restore-action";
import { createUser } from "../lib/admin/users";
import type { Actor } from "../lib/auth/sessions";
import { openDatabase, useDatabase } from "../lib/db/client";
import { openDriver } from "../lib/db/driver";
import { utcDateFromIso } from "../lib/domain/dates";
import { DEFAULT_SHAPE, startShape } from "../deploy/shape";
import { bareServer, type ServedBytes } from "./bare-server";
import { loadRun, median } from "./load-run";

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const BARE_PORT = 3299;
const PAGES = [
  "/treaties/ccm",
  "/treaties/mine-ban-treaty?asOf=2020-11-20",
  "/states/GBR",
  "/api/v1/treaties/ccm/status",
];

const load = (url: string) => loadRun(url, { connections: CONNECTIONS, seconds: DURATION });

async function parties(url: string): Promise<number> {
  const body = (await (await fetch(url)).json()) as { counts: { statesParties: number } };
  return body.counts.statesParties;
}

/** Milliseconds from a save until `url` shows `expected` States Parties (checked every 50 ms). */
async function visibleAfter(start: number, url: string, expected: number): Promise<number> {
  while (Date.now() - start < 30_000) {
    if ((await parties(url)) === expected) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number.POSITIVE_INFINITY;
}

const shape = await startShape(DEFAULT_SHAPE);
try {
  const pages: ServedBytes = new Map();
  for (const page of PAGES) {
    await fetch(`${shape.url}${page}`); // rendered, then cached by nginx
    const response = await fetch(`${shape.url}${page}`);
    pages.set(page, {
      body: Buffer.from(await response.arrayBuffer()),
      type: response.headers.get("content-type") ?? "",
    });
  }
  const bare = bareServer(pages, BARE_PORT);
  console.log(`${CONNECTIONS} connections, ${DURATION} s per run, median of ${ROUNDS} rounds`);
  for (const page of PAGES) {
    const viaNginx: number[] = [];
    const viaBare: number[] = [];
    let last = { nginx: { p50: 0, p99: 0, errors: 0 }, bare: { p50: 0, p99: 0, errors: 0 } };
    for (let round = 0; round < ROUNDS; round++) {
      const nginx = await load(`${shape.url}${page}`);
      const floor = await load(`http://127.0.0.1:${BARE_PORT}${page}`);
      viaNginx.push(nginx.rps);
      viaBare.push(floor.rps);
      last = { nginx, bare: floor };
    }
    console.log(
      `${page.padEnd(44)} nginx ${median(viaNginx).toFixed(0).padStart(6)} req/s (p50 ${last.nginx.p50} ms, p99 ${last.nginx.p99} ms, errors ${last.nginx.errors})` +
        `   bare node ${median(viaBare).toFixed(0).padStart(6)} req/s (p99 ${last.bare.p99} ms)   ratio ${(median(viaNginx) / median(viaBare)).toFixed(2)}`,
    );
  }
  bare.close();

  // An admin's save: delete Niue's CCM accession (6 Aug 2020: 109 -> 108 that day), then restore it.
  const database = openDatabase(openDriver({ DATABASE_URL: DEFAULT_SHAPE.databaseUrl, PGLITE_DATA_DIR: "unused" }));
  useDatabase(database);
  const email = "bench-shape@bench.invalid";
  const existing = await database.prisma.adminUser.findUnique({ where: { email } });
  let id = existing?.id;
  if (id === undefined) {
    const created = await createUser(null, {
      email,
      name: "Bench",
      password: "bench shape passphrase",
      role: "editor",
    });
    if (!created.ok) throw new Error("bench account");
    id = created.value.id;
  }
  const actor: Actor = { id, email, name: "Bench", role: "editor" };
  const status = "/api/v1/treaties/ccm/status?asOf=2020-08-06";
  const row = await database.prisma.treatyAction.findFirstOrThrow({
    where: { stateIso3: "NIU", type: "accession", depositedOn: utcDateFromIso("2020-08-06") },
  });
  for (const url of [shape.url, ...shape.instanceUrls]) await parties(`${url}${status}`); // cached everywhere
  let start = Date.now();
  const deleted = await deleteAction(actor, { id: row.id, version: row.version, reason: "bench: cache visibility" });
  if (!deleted.ok) throw new Error("delete refused");
  const after = await Promise.all(
    [shape.url, ...shape.instanceUrls].map((url) => visibleAfter(start, `${url}${status}`, 108)),
  );
  console.log(
    `save -> visible: through nginx ${after[0]} ms; on each instance ${after.slice(1).join(" ms, ")} ms (goal: within 5000 ms)`,
  );
  start = Date.now();
  const restored = await restoreAction(actor, { auditId: deleted.value.auditId, reason: "bench: restore" });
  if (!restored.ok) throw new Error("restore refused");
  console.log(`restore -> visible through nginx: ${await visibleAfter(start, `${shape.url}${status}`, 109)} ms`);
  await database.driver.close();
} finally {
  shape.stop();
}
process.exit(0);
