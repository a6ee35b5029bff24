// The in-memory snapshots follow changes made by another process (the seed, an
// admin) within a second: not only to the action log but to the reference data
// they are built from, which has no update time of its own.
import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "./seeded-database.test-support";
import { utcDateFromIso } from "../domain/dates";
import { currentDataStamp, getTreatySnapshot, knownDataStamp } from "./treaty-snapshots";

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

  it("see an admin write (a changed action and the revision bump) within a second, and its stamp moves", async () => {
    const { prisma } = seededDatabase();
    const consentOn = async () =>
      (await getTreatySnapshot("ccm"))?.timelines.get("NIU")?.participations.at(-1)?.consentOn;
    expect(await consentOn()).toBe("2020-08-06");
    const before = await currentDataStamp();
    expect(knownDataStamp()).toBe(before);

    const ccm = await prisma.treaty.findUniqueOrThrow({ where: { slug: "ccm" } });
    const niue = await prisma.treatyAction.findFirstOrThrow({
      where: { treatyId: ccm.id, stateIso3: "NIU", type: "accession" },
    });
    // As the admin writes: the change and the revision bump in one transaction.
    await prisma.$transaction([
      prisma.treatyAction.update({ where: { id: niue.id }, data: { depositedOn: utcDateFromIso("2020-08-07") } }),
      prisma.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } }),
    ]);
    await afterStampCheck();

    const after = await currentDataStamp();
    expect(after).not.toBe(before);
    expect(knownDataStamp()).toBe(after);
    expect(await consentOn()).toBe("2020-08-07");
  });

  it("count a revision bump alone as a change of the data", async () => {
    const before = await currentDataStamp();
    await seededDatabase().prisma.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    await afterStampCheck();
    expect(await currentDataStamp()).not.toBe(before);
  });
});
