// A third treaty is data: an admin adds the Treaty on the Prohibition of Nuclear
// Weapons (TPNW) through the same writes as the admin's forms, records a few of
// its actions, and every public getter shows it; targets and groupings are data
// too; the seed loader run afterwards leaves what the admin made or edited alone.
//
// The TPNW's facts, each checked with a published source (the search tool's
// `pages` corpus, 2026):
// - depositary reference MTDSG XXVI-9: the UN Treaty Collection's status page as copied at
//   hiroshima-ibun.com/2018/05/08 ("CN.475.2017.TREATIES-XXVI-9 of 9 August 2017 (Opening for signature)");
// - adopted 7 Jul 2017, opened for signature 20 Sep 2017 (Art. 13): UN press release DC/3740
//   (press.un.org/en/2017/dc3740.doc.htm) and UN press release L/T/4460 (www.un.org/press/en/2017/lt4460.doc.htm);
// - in force 22 Jan 2021, 90 days after the 50th instrument, Honduras's ratification of 24 Oct 2020 (Art. 15(1)):
//   ICAN, "TPNW reaches 50 states parties, triggering entry into force" (www.icanw.org/tpnw_reaches_50_states_parties_entry_into_force),
//   and UN News via uia.org/news/47074;
// - later joiners: 90 days after their deposit (Art. 15(2)): the treaty's Art. 15 as published on Japanese
//   Wikisource (核兵器の禁止に関する条約, p. 10: "その批准書…が寄託された日の後90日で効力を生ずる"); the English text was not
//   in the corpus, so "the ninetieth day after" is read from that text and from the example below;
// - withdrawal takes effect 12 months after the depositary receives the notice (Art. 17(3)): the French text on
//   Wikisource ("12 mois après la date de réception de la notification") and ICAN, "Can a nation withdraw from
//   the treaty?" ("It must provide 12 months' notice");
// - actions recorded below: Thailand signed and ratified on 20 Sep 2017 and Honduras signed that day (UN press
//   release DC/3740, which lists the 50 states that signed on 20 Sep and the three that also ratified); Honduras
//   ratified on 24 Oct 2020, the 50th (ICAN, above); Benin signed on 26 Sep 2018 and ratified on 11 Dec 2020, in
//   force for Benin on 11 Mar 2021 (Nuclear Weapons Ban Monitor, banmonitor.org/profiles/benin: the first
//   ratification after the 50th).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/sessions";
import { buildStatusResponse } from "../api/status-response";
import { getHomeView } from "../data/home";
import { getOutsideList } from "../data/outside-list";
import { findRegion, getRegionView } from "../data/region-view";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { getStateHistory } from "../data/state-history";
import { getGroupings, getTreatySnapshot, invalidateTreatySnapshots } from "../data/treaty-snapshots";
import { getTreatyView } from "../data/treaty-view";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { regionSchema } from "../validations/grouping";
import { parseNewTreaty, parseTreatyChange } from "../validations/treaty";
import type { ActionFields } from "../validations/treaty-action";
import { loadSeed } from "@/seed/load-seed";
import { readSeed } from "@/seed/read-seed";
import { createGrouping, saveRegion } from "./groupings";
import { recordAction } from "./record-action";
import { createTarget, retireTarget, updateTarget } from "./targets";
import { createTreaty, updateTreaty } from "./treaties";
import { createUser } from "./users";

const database = withSeededDatabase();
let admin: Actor;

const UN_PRESS_2017 = "https://press.un.org/en/2017/dc3740.doc.htm";
const ICAN_50TH = "https://www.icanw.org/tpnw_reaches_50_states_parties_entry_into_force";
const BAN_MONITOR_BENIN = "https://banmonitor.org/profiles/benin";

/** The "New treaty" form as an admin fills it in for the TPNW. */
const TPNW_FORM: Record<string, string> = {
  slug: "tpnw",
  aliases: "nuclear-ban-treaty",
  shortName: "TPNW",
  officialName: "Treaty on the Prohibition of Nuclear Weapons",
  depositaryReference: "MTDSG XXVI-9",
  depositaryUrl: "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-9&chapter=26&clang=_en",
  adoptedOn: "2017-07-07",
  openedForSignatureOn: "2017-09-20",
  entryIntoForceOn: "2021-01-22",
  entryIntoForceThreshold: "50",
  laterJoinerRule: "days_after",
  entryIntoForceDelayDays: "90",
  withdrawalNoticeMonths: "12",
  depositaryCheckedOn: "2026-02-03",
};

const action = (state: string, type: ActionFields["type"], depositedOn: string, source: string): ActionFields => ({
  treaty: "tpnw",
  state,
  type,
  depositedOn,
  effectiveOn: null,
  effectDeferred: false,
  source,
  confidence: "confirmed",
  note: null,
});

const TPNW_ACTIONS = [
  action("THA", "signature", "2017-09-20", UN_PRESS_2017),
  action("THA", "ratification", "2017-09-20", UN_PRESS_2017),
  action("HND", "signature", "2017-09-20", UN_PRESS_2017),
  action("HND", "ratification", "2020-10-24", ICAN_50TH),
  action("BEN", "signature", "2018-09-26", BAN_MONITOR_BENIN),
  action("BEN", "ratification", "2020-12-11", BAN_MONITOR_BENIN),
];

function parsedNewTreaty(values: Record<string, string>) {
  const parsed = parseNewTreaty(values);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.value;
}

function parsedChange(values: Record<string, string>) {
  const parsed = parseTreatyChange(values);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.value;
}

async function tpnw(): Promise<TreatySnapshot> {
  const snapshot = await getTreatySnapshot("tpnw");
  if (!snapshot) throw new Error("no TPNW");
  return snapshot;
}

const revision = async () => (await database().prisma.dataRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;

beforeAll(async () => {
  const created = await createUser(null, {
    email: "admin@example.org",
    name: "Ada Admin",
    role: "admin",
    password: "correct horse battery",
  });
  if (!created.ok) throw new Error("no admin");
  admin = { id: created.value.id, email: "admin@example.org", name: "Ada Admin", role: "admin" };
});

describe("adding the TPNW", () => {
  it("refuses a slug or an alias that already names another treaty, and writes nothing", async () => {
    const clash = await createTreaty(
      admin,
      parsedNewTreaty({ ...TPNW_FORM, slug: "cluster-munitions", aliases: "mbt" }),
    );
    expect(clash).toEqual({
      ok: false,
      formError: null,
      fieldErrors: {
        slug: ["already names the Convention on Cluster Munitions"],
        aliases: ["“mbt” already names the Mine Ban Treaty"],
      },
    });
    expect(await database().prisma.treaty.count()).toBe(2);
    expect(await database().prisma.auditLogEntry.count({ where: { entityType: "treaty" } })).toBe(0);
  });

  it("saves the treaty as the admin's, with its audit row and a new data revision", async () => {
    const before = await revision();
    const result = await createTreaty(admin, parsedNewTreaty(TPNW_FORM));
    expect(result).toEqual({ ok: true, value: { slug: "tpnw" } });
    expect(await revision()).toBe(before + 1);
    const row = await database().prisma.treaty.findUniqueOrThrow({ where: { slug: "tpnw" } });
    expect(row).toMatchObject({
      origin: "admin",
      laterJoinerRule: "days_after",
      entryIntoForceDelayDays: 90,
      entryIntoForceDelayMonths: null,
      withdrawalNoticeMonths: 12,
      entryIntoForceThreshold: 50,
    });
    const audit = await database().prisma.auditLogEntry.findFirstOrThrow({ where: { entityType: "treaty" } });
    expect(audit).toMatchObject({ userId: admin.id, action: "create", entityId: "tpnw", treatyId: row.id });
    expect(audit.after).toMatchObject({ slug: "tpnw", adoptedOn: "2017-07-07", entryIntoForceOn: "2021-01-22" });
  });

  it("gives one of two treaties saved at once with the same alias, never both", async () => {
    const twin = (slug: string) => createTreaty(admin, parsedNewTreaty({ ...TPNW_FORM, slug, aliases: "ban-twin" }));
    const results = await Promise.all([twin("twin-one"), twin("twin-two")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { aliases: [expect.stringMatching(/ban-twin/)] } });
    // Not the TPNW: clean up through the database (treaties are never deleted through the admin).
    await database().prisma.treaty.deleteMany({ where: { slug: { in: ["twin-one", "twin-two"] } } });
    invalidateTreatySnapshots();
  });

  it("is at once a treaty every public getter knows, by its slug and its alias, with no actions yet", async () => {
    const snapshot = await tpnw();
    expect((await getTreatySnapshot("nuclear-ban-treaty"))?.slug).toBe("tpnw");
    expect(snapshot.rules.laterJoiners).toEqual({ kind: "days-after", days: 90 });
    expect((await getTreatyView(snapshot, "2026-01-01", "deposit")).counts).toMatchObject({
      statesParties: 0,
      notParty: 197,
    });
  });
});

describe("recording the TPNW's actions", () => {
  it("records each through the editors' own write", async () => {
    for (const fields of TPNW_ACTIONS) {
      const result = await recordAction(admin, fields);
      expect({ fields, ok: result.ok }).toEqual({ fields, ok: true });
    }
  });

  it("counts each State Party from its deposit: Thailand, then Honduras (the 50th) on 24 Oct 2020, then Benin", async () => {
    const snapshot = await tpnw();
    const parties = async (date: string, counting: "deposit" | "in-force" = "deposit") =>
      (await getTreatyView(snapshot, date, counting)).counts.statesParties;
    expect(await parties("2017-09-20")).toBe(1); // Thailand
    expect(await parties("2020-10-23")).toBe(1);
    expect(await parties("2020-10-24")).toBe(2); // Honduras, the 50th overall
    expect(await parties("2020-12-11")).toBe(3); // Benin
    // From entry into force: nobody before 22 Jan 2021, Benin only from 11 Mar 2021.
    expect(await parties("2021-01-21", "in-force")).toBe(0);
    expect(await parties("2021-01-22", "in-force")).toBe(2);
    expect(await parties("2021-03-10", "in-force")).toBe(2);
    expect(await parties("2021-03-11", "in-force")).toBe(3);
  });

  it("puts the treaty in force for early joiners on its own date, and for Benin on the 90th day after its deposit", async () => {
    const inForce = (iso3: string) => tpnw().then((s) => s.timelines.get(iso3)?.participations[0]?.entryIntoForceOn);
    expect(await inForce("HND")).toBe("2021-01-22");
    expect(await inForce("THA")).toBe("2021-01-22");
    expect(await inForce("BEN")).toBe("2021-03-11");
  });

  it("shows it on the home page, with the latest actions", async () => {
    const home = await getHomeView("2020-12-31");
    expect(home.treaties.map((t) => t.slug)).toEqual(["mine-ban-treaty", "ccm", "tpnw"]);
    expect(home.treaties.find((t) => t.slug === "tpnw")?.counts.statesParties).toBe(3);
    expect(home.latest[0]).toMatchObject({ treatySlug: "tpnw", iso3: "BEN", type: "ratification" });
  });

  it("lists the states outside it, marking those party to the other treaties", async () => {
    const list = await getOutsideList("tpnw", "2026-01-01");
    expect(list?.total).toBe(194);
    const outside = list?.regions.flatMap((r) => r.states) ?? [];
    expect(outside.map((s) => s.iso3)).not.toContain("HND");
    expect(outside.find((s) => s.iso3 === "USA")?.partyTo).toEqual([]);
    // And in the CCM's list, Thailand (party to the Mine Ban Treaty, not the CCM) is now also a TPNW party.
    const ccm = (await getOutsideList("ccm", "2026-01-01"))?.regions.flatMap((r) => r.states) ?? [];
    expect(ccm.find((s) => s.iso3 === "THA")?.partyTo).toEqual(["Mine Ban Treaty", "TPNW"]);
  });

  it("shows it in a region beside the other treaties, and in a state's history", async () => {
    const asiaPacific = await findRegion("un-regional-group", "asia-pacific");
    if (!asiaPacific) throw new Error("no Asia-Pacific group");
    const region = await getRegionView(asiaPacific, "2026-01-01");
    expect(region.treaties.map((t) => t.slug)).toEqual(["mine-ban-treaty", "ccm", "tpnw"]);
    expect(region.treaties[2]?.joined.map((m) => m.iso3)).toEqual(["THA"]);

    const honduras = await getStateHistory("HND");
    const history = honduras?.treaties.find((t) => t.slug === "tpnw");
    expect(history?.actions.map((a) => [a.type, a.depositedOn, a.source])).toEqual([
      ["signature", "2017-09-20", UN_PRESS_2017],
      ["ratification", "2020-10-24", ICAN_50TH],
    ]);
    expect(history?.today).toMatchObject({ status: "party" });
    expect(history?.obligations).toEqual([]); // no deadlines entered for the TPNW
  });

  it("answers the status API for it", async () => {
    const response = buildStatusResponse(await tpnw(), "2021-01-22", "in-force");
    expect(response).toMatchObject({ treaty: "tpnw", checkedAgainstDepositaryOn: "2026-02-03" });
    expect(response.counts.statesParties).toBe(2);
    expect(response.states.find((s) => s.iso3 === "BEN")).toMatchObject({
      status: "signatory",
      consentOn: "2020-12-11",
      entryIntoForceOn: "2021-03-11",
    });
  });
});

describe("editing a treaty", () => {
  it("refuses dates that recorded actions contradict, and an alias another treaty has", async () => {
    // Benin signed on 26 Sep 2018: had the TPNW closed for signature in January 2018 it could not have.
    const early = await updateTreaty(
      admin,
      parsedChange({ ...TPNW_FORM, signatureClosesOn: "2018-01-01", reason: "x test" }),
    );
    expect(early).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^1 recorded action would no longer fit/),
    });
    const clash = await updateTreaty(admin, parsedChange({ ...TPNW_FORM, aliases: "apmbc", reason: "x test" }));
    expect(clash).toMatchObject({ ok: false, fieldErrors: { aliases: ["“apmbc” already names the Mine Ban Treaty"] } });
    expect((await tpnw()).rules.entryIntoForceOn).toBe("2021-01-22");
  });

  it("edits a seed treaty, its aliases and obligations, with the reason in the audit log", async () => {
    const ccm = await database().prisma.treaty.findUniqueOrThrow({
      where: { slug: "ccm" },
      include: { obligationRules: true },
    });
    const form: Record<string, string> = {
      slug: "ccm",
      aliases: [...ccm.aliases, "convention-on-cluster-munitions"].join(", "),
      shortName: ccm.shortName,
      officialName: ccm.officialName,
      depositaryReference: ccm.depositaryReference,
      depositaryUrl: ccm.depositaryUrl,
      adoptedOn: "2008-05-30",
      openedForSignatureOn: "2008-12-03",
      entryIntoForceOn: "2010-08-01",
      entryIntoForceThreshold: "30",
      laterJoinerRule: "first_day_of_month_after",
      entryIntoForceDelayMonths: "6",
      withdrawalNoticeMonths: "6",
      stockpile_destructionPeriod: "8",
      stockpile_destructionMaxExtension: "4",
      stockpile_destructionArticle: "Art. 3",
      clearancePeriod: "10",
      clearanceMaxExtension: "5",
      clearanceArticle: "Art. 4(1)",
      initial_reportPeriod: "180",
      initial_reportUnit: "days",
      initial_reportArticle: "Art. 7",
      reason: "The clearance deadline is set by Art. 4(1)",
    };
    expect(await updateTreaty(admin, parsedChange(form))).toEqual({ ok: true, value: { slug: "ccm" } });
    const after = await database().prisma.treaty.findUniqueOrThrow({
      where: { slug: "ccm" },
      include: { obligationRules: { orderBy: { kind: "asc" } } },
    });
    expect(after.origin).toBe("admin");
    expect(after.aliases).toContain("convention-on-cluster-munitions");
    expect(after.obligationRules.map((r) => [r.kind, r.article])).toEqual([
      ["stockpile_destruction", "Art. 3"],
      ["clearance", "Art. 4(1)"],
      ["initial_report", "Art. 7"],
    ]);
    expect((await getTreatySnapshot("convention-on-cluster-munitions"))?.slug).toBe("ccm");
    const audit = await database().prisma.auditLogEntry.findFirstOrThrow({
      where: { entityType: "treaty", entityId: "ccm", action: "update" },
    });
    expect(audit.reason).toBe("The clearance deadline is set by Art. 4(1)");
  });
});

describe("targets", () => {
  // A target made up for this test (no source sets it): what matters is that it shows, then does not.
  const EXAMPLE = {
    treaty: "tpnw",
    slug: "test-100",
    label: "100 States Parties (test target)",
    metric: "states_parties_by_deposit" as const,
    value: 100,
    deadline: "2030-12-31",
    source: "Test fixture",
  };

  it("adds one that every page shows, and refuses its slug a second time", async () => {
    const created = await createTarget(admin, EXAMPLE);
    expect(created).toMatchObject({ ok: true, value: { treaty: "tpnw" } });
    expect((await tpnw()).targets.map((t) => t.slug)).toEqual(["test-100"]);
    const home = await getHomeView("2026-01-01");
    expect(home.treaties.find((t) => t.slug === "tpnw")?.targets[0]).toMatchObject({ value: 100 });
    expect(await createTarget(admin, EXAMPLE)).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["already names a target of the TPNW"] },
    });
  });

  it("retires it: kept, audited with the reason, no longer shown, and no longer editable", async () => {
    const row = await database().prisma.target.findFirstOrThrow({ where: { slug: "test-100" } });
    const retired = await retireTarget(admin, { id: row.id, reason: "The test is over" });
    expect(retired.ok).toBe(true);
    expect((await tpnw()).targets).toEqual([]);
    const kept = await database().prisma.target.findUniqueOrThrow({ where: { id: row.id } });
    expect(kept.retiredAt).not.toBeNull();
    const audit = await database().prisma.auditLogEntry.findFirstOrThrow({
      where: { entityType: "target", entityId: String(row.id), action: "update" },
    });
    expect(audit.reason).toBe("The test is over");
    expect(await retireTarget(admin, { id: row.id, reason: "again" })).toMatchObject({ ok: false });
    expect(await updateTarget(admin, { ...EXAMPLE, id: row.id })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/was retired/),
    });
  });

  it("edits a seed target, which becomes the admin's", async () => {
    const dubrovnik = await database().prisma.target.findFirstOrThrow({ where: { slug: "dubrovnik-130" } });
    const result = await updateTarget(admin, {
      id: dubrovnik.id,
      label: "130 States Parties by the Second Review Conference",
      metric: "states_parties_by_deposit",
      value: 130,
      deadline: "2020-11-25",
      source: dubrovnik.source,
    });
    expect(result.ok).toBe(true);
    expect((await getTreatySnapshot("ccm"))?.targets[0]?.label).toBe(
      "130 States Parties by the Second Review Conference",
    );
  });
});

describe("groupings", () => {
  it("creates a grouping and a region, naming every member it does not know", async () => {
    expect(
      await createGrouping(admin, {
        slug: "campaign-priorities",
        name: "Campaign priorities",
        description: "States a campaign writes to first (test data).",
        source: null,
      }),
    ).toEqual({ ok: true, value: { grouping: "campaign-priorities" } });
    const region = (members: string) =>
      regionSchema.parse({ grouping: "campaign-priorities", slug: "pacific-first", name: "Pacific first", members });
    expect(await saveRegion(admin, region("Tonga\nAtlantis\nTUV\nXYZ"), true)).toEqual({
      ok: false,
      formError: null,
      fieldErrors: {
        members: ["no state matches “Atlantis”, “XYZ”: write one ISO3 code (e.g. NIU) or state name per line"],
      },
    });
    expect(await saveRegion(admin, region("Tonga\nTUV\nKiribati (KIR)"), true)).toMatchObject({ ok: true });
    const grouping = (await getGroupings()).find((g) => g.slug === "campaign-priorities");
    expect(grouping?.regions).toEqual([
      { slug: "pacific-first", name: "Pacific first", members: ["KIR", "TON", "TUV"] },
    ]);
  });

  it("edits a region's members, and the public pages follow", async () => {
    const edit = regionSchema.parse({
      grouping: "campaign-priorities",
      slug: "pacific-first",
      name: "Pacific first",
      members: "TON\nVanuatu\nKIR",
    });
    expect(await saveRegion(admin, edit, false)).toMatchObject({ ok: true });
    const found = await findRegion("campaign-priorities", "pacific-first");
    expect(found?.region.members).toEqual(["KIR", "TON", "VUT"]);
    if (!found) return;
    const view = await getRegionView(found, "2026-01-01");
    expect(view.treaties.map((t) => t.slug)).toEqual(["mine-ban-treaty", "ccm", "tpnw"]);
  });

  it("edits a seed grouping's region, which makes the grouping the admin's", async () => {
    const pacific = await findRegion("campaign", "pacific");
    const members = (pacific?.region.members ?? []).filter((iso3) => iso3 !== "AUS").join("\n");
    const edit = regionSchema.parse({ grouping: "campaign", slug: "pacific", name: "Pacific", members });
    expect(await saveRegion(admin, edit, false)).toMatchObject({ ok: true });
    expect((await findRegion("campaign", "pacific"))?.region.members).toHaveLength(15);
    expect(await database().prisma.regionGrouping.findUnique({ where: { slug: "campaign" } })).toMatchObject({
      origin: "admin",
    });
  });
});

describe("the seed loader, run after the admin's changes", () => {
  it("leaves the admin's treaties, targets and groupings alone", async () => {
    await loadSeed(database().prisma, readSeed());
    invalidateTreatySnapshots();
    const { prisma } = database();
    expect(await prisma.treaty.findUnique({ where: { slug: "tpnw" } })).toMatchObject({ origin: "admin" });
    expect(await prisma.treatyAction.count({ where: { treaty: { slug: "tpnw" } } })).toBe(TPNW_ACTIONS.length);
    const ccm = await prisma.treaty.findUniqueOrThrow({ where: { slug: "ccm" }, include: { obligationRules: true } });
    expect(ccm.aliases).toContain("convention-on-cluster-munitions");
    expect(ccm.obligationRules.find((r) => r.kind === "clearance")?.article).toBe("Art. 4(1)");
    expect((await prisma.target.findFirstOrThrow({ where: { slug: "dubrovnik-130" } })).label).toBe(
      "130 States Parties by the Second Review Conference",
    );
    expect((await prisma.target.findFirstOrThrow({ where: { slug: "test-100" } })).retiredAt).not.toBeNull();
    expect((await findRegion("campaign", "pacific"))?.region.members).not.toContain("AUS");
    expect((await findRegion("campaign-priorities", "pacific-first"))?.region.members).toEqual(["KIR", "TON", "VUT"]);
    expect((await tpnw()).timelines.get("BEN")?.participations[0]?.entryIntoForceOn).toBe("2021-03-11");
  });
});
