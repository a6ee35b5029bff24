// The synthetic load through the real read path: 50 treaties and their actions
// in a database, read by lib/data like the home page does. Always in an
// in-memory PGlite; also on the PostgreSQL server named by BENCH_DATABASE_URL
// when it is set. That database is emptied first (its public schema dropped),
// so it must be one of its own: its name must contain "bench" (bench/README.md).
import { closeDatabase, openDatabase, useDatabase, type Database } from "../lib/db/client";
import { openDriver } from "../lib/db/driver";
import { migrate } from "../lib/db/migrate";
import { getHomeView } from "../lib/data/home";
import { invalidateTreatySnapshots } from "../lib/data/treaty-snapshots";
import { todayIso, utcDateFromIso } from "../lib/domain/dates";
import type { SeedData } from "../seed/read-seed";
import { measure, report } from "./measure";
import type { SyntheticTreaty } from "./synthetic";

async function load({ prisma }: Database, synthetic: SyntheticTreaty[], seed: SeedData): Promise<void> {
  await prisma.state.createMany({ data: seed.states });
  for (const { rules, actions } of synthetic) {
    const treaty = await prisma.treaty.create({
      data: {
        slug: rules.slug,
        shortName: rules.slug,
        officialName: rules.slug,
        adoptedOn: utcDateFromIso(rules.openedForSignatureOn),
        openedForSignatureOn: utcDateFromIso(rules.openedForSignatureOn),
        entryIntoForceOn: utcDateFromIso(rules.entryIntoForceOn),
        entryIntoForceThreshold: 40,
        entryIntoForceDelayMonths: 6,
        withdrawalNoticeMonths: 6,
        depositaryReference: "synthetic",
        depositaryUrl: "https://example.org",
        depositaryCheckedOn: utcDateFromIso("2026-02-03"),
      },
    });
    await prisma.treatyAction.createMany({
      data: actions.map((a) => ({
        treatyId: treaty.id,
        stateIso3: a.stateIso3,
        type: a.type,
        depositedOn: utcDateFromIso(a.depositedOn),
        source: a.source,
      })),
    });
  }
}

async function benchThroughDatabase(
  database: Database,
  label: string,
  synthetic: SyntheticTreaty[],
  seed: SeedData,
): Promise<void> {
  const restore = useDatabase(database); // lib/data reads this one, and drops what it cached from another
  try {
    if (database.driver.kind === "postgres")
      await database.driver.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
    await migrate(database.driver);
    await load(database, synthetic, seed);
    console.log("\nThrough the database (%s, %d actions loaded)", label, await database.prisma.treatyAction.count());
    report(
      "home numbers, cold: read every action, build snapshots, count",
      await measure(
        async () => {
          invalidateTreatySnapshots();
          await getHomeView(todayIso());
        },
        10,
        2,
      ),
      100,
    );
    report(
      "home numbers, warm: snapshots cached, data stamp checked",
      await measure(() => getHomeView(todayIso()), 200),
      100,
    );
  } finally {
    restore();
    await closeDatabase(database);
  }
}

export async function benchThroughDatabases(synthetic: SyntheticTreaty[], seed: SeedData): Promise<void> {
  const embedded = openDatabase(openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: "memory://" }));
  await benchThroughDatabase(embedded, "embedded PGlite, in memory", synthetic, seed);
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) return;
  if (!new URL(serverUrl).pathname.includes("bench"))
    throw new Error(
      `BENCH_DATABASE_URL names ${new URL(serverUrl).pathname}: it is emptied, so its name must contain "bench"`,
    );
  const server = openDatabase(openDriver({ DATABASE_URL: serverUrl, PGLITE_DATA_DIR: "unused" }));
  await benchThroughDatabase(server, `PostgreSQL ${server.driver.location}`, synthetic, seed);
}
