// The in-memory snapshots follow changes made by another process (the seed, an
// admin) within a second: not only to the action log but to the reference data
// they are built from, which has no update time of its own.
import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "./seeded-database.test-support";
import { getTreatySnapshot } from "./treaty-snapshots";

const seededDatabase = withSeededDatabase();
const afterStampCheck = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe("treaty snapshots", () => {
  it("pick up a changed state name, treaty alias and target without a restart", async () => {
    expect((await getTreatySnapshot("ccm"))?.states.find((s) => s.iso3 === "NIU")?.shortName).toBe("Niue");
    await seededDatabase().prisma.state.update({ where: { iso3: "NIU" }, data: { shortName: "Niue Island" } });
    await seededDatabase().prisma.treaty.update({
      where: { slug: "ccm" },
      data: { aliases: { push: "oslo-convention" } },
    });
    const target = await seededDatabase().prisma.target.findFirstOrThrow();
    await seededDatabase().prisma.target.update({ where: { id: target.id }, data: { value: target.value + 1 } });
    await afterStampCheck();

    const ccm = await getTreatySnapshot("oslo-convention");
    expect(ccm?.slug).toBe("ccm");
    expect(ccm?.states.find((s) => s.iso3 === "NIU")?.shortName).toBe("Niue Island");
    const snapshots = [ccm, await getTreatySnapshot("mine-ban-treaty")];
    expect(snapshots.flatMap((s) => s?.targets ?? []).find((t) => t.slug === target.slug)?.value).toBe(
      target.value + 1,
    );
  });
});
