// The synthetic load through the real read path: 50 treaties and their actions
// in an in-memory PGlite database, read by lib/data like the home page does.
import { utcDateFromIso } from "../lib/domain/dates";
import type { SeedData } from "../seed/read-seed";
import { measure, report } from "./measure";
import type { SyntheticTreaty } from "./synthetic";

export async function benchThroughDatabase(synthetic: SyntheticTreaty[], seed: SeedData): Promise<void> {
  process.env.DATABASE_URL = "";
  process.env.PGLITE_DATA_DIR = "memory://";
  const { getDatabase } = await import("../lib/db/client");
  const { migrate } = await import("../lib/db/migrate");
  const { getHomeView } = await import("../lib/data/home");
  const { todayIso } = await import("../lib/domain/dates");
  const { invalidateTreatySnapshots } = await import("../lib/data/treaty-snapshots");
  const { prisma, driver } = getDatabase();
  await migrate(driver);
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
  console.log("\nThrough the database (embedded PGlite, %d actions loaded)", await prisma.treatyAction.count());
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
}
