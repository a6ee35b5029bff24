// Every lib/data getter, on the shipped seed loaded into a real database,
// against facts others published. Each expected value is written out here with
// its source, never computed by the engine under test:
// - PRODUCT: shared/PRODUCT.md, "Domain rules" and "Facts the data and engine must reproduce";
// - CMC: the Cluster Munition Coalition texts quoted in shared/seeds ("Niue accedes ...", Aug 2020;
//   "Cluster Munition Coalition Activities ...", early 2020, with 108 States Parties and 13 signatories);
// - HRW: the Human Rights Watch release on Nagorno-Karabakh in shared/seeds ("Armenia and
//   Azerbaijan are not among the treaty's 110 states parties");
// - depositary: the UN status pages MTDSG XXVI-5 / XXVI-6 as transcribed in seed/data/actions (seed/README.md);
// - UN DGACM: the UN regional groups of Member States (seed/README.md, data/regions/un-regional-groups.csv).
import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "./seeded-database.test-support";
import type { IsoDate } from "../domain/dates";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { getHomeView } from "./home";
import { getOutsideList } from "./outside-list";
import { findRegion, getRegionView } from "./region-view";
import { getStateHistory } from "./state-history";
import { getTreatyPageView, getTreatyView } from "./treaty-view";
import { getEarliestOpening, getGroupings, getTreatySnapshot, getTreatySnapshots } from "./treaty-snapshots";

withSeededDatabase();

async function snapshot(slug: string): Promise<TreatySnapshot> {
  const found = await getTreatySnapshot(slug);
  if (!found) throw new Error(`no treaty ${slug}`);
  return found;
}

async function pacificOn(date: IsoDate) {
  const pacific = await findRegion("campaign", "pacific");
  if (!pacific) throw new Error("no campaign region pacific");
  return getRegionView(pacific, date);
}

const isos = (states: readonly { iso3: string }[]) => states.map((s) => s.iso3).sort();

describe("getTreatySnapshot, getTreatySnapshots, getGroupings, getEarliestOpening", () => {
  it("resolve a treaty by its slug or an alias, and nothing for an unknown name", async () => {
    expect((await getTreatySnapshot("mbt"))?.slug).toBe("mine-ban-treaty");
    expect((await getTreatySnapshot("cluster-munitions"))?.slug).toBe("ccm");
    expect(await getTreatySnapshot("arms-trade-treaty")).toBeNull();
  });

  it("list the Mine Ban Treaty (opened 1997) before the CCM (opened 2008)", async () => {
    // PRODUCT: Ottawa 1997, Dublin 2008.
    expect((await getTreatySnapshots()).map((s) => s.slug)).toEqual(["mine-ban-treaty", "ccm"]);
  });

  it("start the calendar at the Mine Ban Treaty's opening for signature, 3 Dec 1997", async () => {
    // Depositary XXVI-5: opened for signature at Ottawa on 3 December 1997.
    expect(await getEarliestOpening()).toEqual({ shortName: "Mine Ban Treaty", openedForSignatureOn: "1997-12-03" });
  });

  it("carry the date of the depositary pages both treaties were checked against, 3 Feb 2026 (PRODUCT)", async () => {
    const checked = (await getTreatySnapshots()).map((s) => [s.slug, s.depositaryCheckedOn]);
    expect(checked).toEqual([
      ["mine-ban-treaty", "2026-02-03"],
      ["ccm", "2026-02-03"],
    ]);
    expect((await getHomeView("2020-08-06")).treaties.map((t) => t.depositaryCheckedOn)).toEqual([
      "2026-02-03",
      "2026-02-03",
    ]);
    expect((await pacificOn("2020-08-31")).treaties.map((t) => t.depositaryCheckedOn)).toEqual([
      "2026-02-03",
      "2026-02-03",
    ]);
    expect((await getStateHistory("NIU"))?.treaties.map((t) => t.depositaryCheckedOn)).toEqual([
      "2026-02-03",
      "2026-02-03",
    ]);
  });

  it("have the campaigners' 16-state Pacific and five UN regional groups without the United States", async () => {
    const groupings = await getGroupings();
    const pacific = groupings.find((g) => g.slug === "campaign")?.regions.find((r) => r.slug === "pacific");
    // PRODUCT / CMC: the Pacific of the campaign texts.
    expect(pacific?.members.slice().sort()).toEqual([
      "AUS",
      "COK",
      "FJI",
      "FSM",
      "KIR",
      "MHL",
      "NIU",
      "NRU",
      "NZL",
      "PLW",
      "PNG",
      "SLB",
      "TON",
      "TUV",
      "VUT",
      "WSM",
    ]);
    // UN DGACM: five groups of 192 Member States; the United States (observer in WEOG) is in none.
    const groups = groupings.find((g) => g.slug === "un-regional-group")?.regions ?? [];
    expect(groups).toHaveLength(5);
    expect(groups.flatMap((r) => r.members)).toHaveLength(192);
    expect(groups.flatMap((r) => r.members)).not.toContain("USA");
  });
});

describe("getHomeView", () => {
  it("shows the CCM at 108 States Parties and 13 signatories before Niue acceded, 22 short of 130", async () => {
    const home = await getHomeView("2020-08-05");
    const ccm = home.treaties.find((t) => t.slug === "ccm");
    // CMC (early 2020): "108 have become States Parties and 13 still remain Signatories ... another 22 countries".
    expect(ccm?.counts).toMatchObject({ statesParties: 108, signatories: 13 });
    expect(ccm?.targets.map((t) => [t.value, t.progress.standing.short])).toEqual([[130, 22]]);
  });

  it("shows Niue's accession on 6 Aug 2020 as the latest action, making 109 States Parties", async () => {
    const home = await getHomeView("2020-08-06");
    // CMC (Aug 2020): Niue deposited on 6 August, "the 109th State Party", "109 are States Parties and 13 still remain signatories".
    expect(home.treaties.find((t) => t.slug === "ccm")?.counts).toMatchObject({ statesParties: 109, signatories: 13 });
    expect(home.latest[0]).toMatchObject({
      treatySlug: "ccm",
      iso3: "NIU",
      type: "accession",
      depositedOn: "2020-08-06",
    });
    // PRODUCT: the Mine Ban Treaty had 164 States Parties in 2020, the Marshall Islands the only signatory.
    expect(home.treaties.find((t) => t.slug === "mine-ban-treaty")?.counts).toMatchObject({
      statesParties: 164,
      signatories: 1,
    });
  });
});

describe("getRegionView and findRegion", () => {
  it("split the Pacific 8 in and 8 out of the CCM at the end of August 2020, as the campaign listed", async () => {
    const ccm = (await pacificOn("2020-08-31")).treaties.find((t) => t.slug === "ccm");
    // CMC (Aug 2020): joined Australia, Cook Islands, Fiji, Nauru, New Zealand, Niue, Palau, Samoa.
    expect(isos(ccm?.joined ?? [])).toEqual(["AUS", "COK", "FJI", "NIU", "NRU", "NZL", "PLW", "WSM"]);
    // CMC (Aug 2020): outside Kiribati, Marshall Islands, Micronesia, Papua New Guinea, Solomon Islands,
    // Tonga, Tuvalu, Vanuatu.
    expect(isos(ccm?.outside ?? [])).toEqual(["FSM", "KIR", "MHL", "PNG", "SLB", "TON", "TUV", "VUT"]);
    expect(ccm?.counts.statesParties).toBe(8);
  });

  it("show the Marshall Islands a Mine Ban Treaty signatory and Tonga outside it in 2020", async () => {
    const mbt = (await pacificOn("2020-08-31")).treaties.find((t) => t.slug === "mine-ban-treaty");
    // PRODUCT: in 2020 the Marshall Islands was the only signatory; Tonga acceded only in June 2025.
    expect(mbt?.outside.find((s) => s.iso3 === "MHL")?.status).toBe("signatory");
    expect(mbt?.outside.map((s) => s.iso3)).toContain("TON");
    // Signatories are listed first (PRODUCT, "Outside list").
    expect(mbt?.outside[0]?.iso3).toBe("MHL");
  });

  it("find no region that does not exist", async () => {
    expect(await findRegion("campaign", "atlantis")).toBeNull();
    expect(await findRegion("no-such-grouping", "pacific")).toBeNull();
  });
});

describe("getOutsideList", () => {
  it("puts the United States, outside the CCM, in none of the UN regional groups", async () => {
    const list = await getOutsideList("ccm");
    const none = list?.regions.find((r) => r.name === "In none of the UN regional groups");
    // UN DGACM: the United States is an observer in WEOG, a member of no group; PRODUCT / CMC: not party to the CCM.
    expect(none?.states.find((s) => s.iso3 === "USA")).toMatchObject({ status: "not-party" });
  });

  it("has Armenia and Azerbaijan outside the CCM in the Eastern European States in November 2020", async () => {
    const list = await getOutsideList("ccm", "2020-11-25");
    const eastern = list?.regions.find((r) => r.name === "Eastern European States");
    // HRW: "Armenia and Azerbaijan are not among the treaty's 110 states parties";
    // UN DGACM: both are in the Eastern European Group.
    expect(eastern?.states.map((s) => s.iso3)).toEqual(expect.arrayContaining(["ARM", "AZE"]));
  });

  it("lists the 33 states outside the Mine Ban Treaty in 2020, the Marshall Islands its only signatory", async () => {
    const list = await getOutsideList("mine-ban-treaty", "2020-11-25");
    const outside = list?.regions.flatMap((r) => r.states) ?? [];
    // PRODUCT: 197 states, 164 of them States Parties in 2020, so 33 outside.
    expect(list?.total).toBe(33);
    expect(outside).toHaveLength(33);
    // PRODUCT: the Marshall Islands the only signatory.
    expect(outside.filter((s) => s.status === "signatory").map((s) => s.iso3)).toEqual(["MHL"]);
    // PRODUCT: the United States not party (to the CCM either, per the CMC texts calling on it to join).
    expect(outside.find((s) => s.iso3 === "USA")?.partyTo).toEqual([]);
  });

  it("has no list for an unknown treaty", async () => {
    expect(await getOutsideList("no-such-treaty", "2020-11-25")).toBeNull();
  });
});

describe("getStateHistory", () => {
  it("is not memoized outside a request: React's cache() calls straight through", async () => {
    // Premise of calling it directly in these tests (react's non-server build: cache(fn) returns a plain wrapper).
    const [first, second] = [await getStateHistory("SSD"), await getStateHistory("SSD")];
    expect(first?.shortName).toBe("South Sudan");
    expect(second).not.toBe(first);
  });

  it("dates South Sudan's Mine Ban Treaty succession (deposited 11 Nov 2011) from independence, 9 Jul 2011", async () => {
    const mbt = (await getStateHistory("SSD"))?.treaties.find((t) => t.slug === "mine-ban-treaty");
    // PRODUCT / depositary XXVI-5 / UN Office of Legal Affairs: succession deposited 11 Nov 2011, effective 9 Jul 2011.
    expect(mbt?.actions).toMatchObject([{ type: "succession", depositedOn: "2011-11-11", effectiveOn: "2011-07-09" }]);
    expect(mbt?.timeline?.participations[0]?.entryIntoForceOn).toBe("2011-07-09");
    // PRODUCT (per the Landmine Monitor): its clearance deadline, 9 Jul 2021, runs from that date.
    expect(mbt?.obligations.find((o) => o.kind === "clearance")?.originalDeadline).toBe("2021-07-09");
  });

  it("has South Sudan's CCM accession of 3 Aug 2023 in force on 1 Feb 2024", async () => {
    const ccm = (await getStateHistory("ssd"))?.treaties.find((t) => t.slug === "ccm");
    // PRODUCT: South Sudan acceded 3 Aug 2023 -> 1 Feb 2024.
    expect(ccm?.timeline?.participations[0]).toMatchObject({
      consentType: "accession",
      consentOn: "2023-08-03",
      entryIntoForceOn: "2024-02-01",
    });
  });

  it.each([
    // CMC (Aug 2020) / PRODUCT: Niue deposited 6 Aug 2020, in force for Niue on 1 Feb 2021.
    ["NIU", "accession", "2020-08-06", "2021-02-01"],
    // PRODUCT: Nigeria ratified 28 Feb 2023 -> 1 Aug 2023.
    ["NGA", "ratification", "2023-02-28", "2023-08-01"],
  ])("has %s's CCM %s of %s in force on %s", async (iso3, consentType, consentOn, entryIntoForceOn) => {
    const ccm = (await getStateHistory(iso3))?.treaties.find((t) => t.slug === "ccm");
    expect(ccm?.timeline?.participations[0]).toMatchObject({ consentType, consentOn, entryIntoForceOn });
  });

  it("knows no state outside the 197", async () => {
    expect(await getStateHistory("XXX")).toBeNull();
    expect(await getStateHistory("not a code")).toBeNull();
  });
});

describe("getTreatyView", () => {
  it("measures the Dubrovnik target on 25 Nov 2020: 110 States Parties, 20 short of 130", async () => {
    const view = await getTreatyView(await snapshot("ccm"), "2020-11-25", "deposit");
    // CMC: 108 in early 2020, Niue the 109th (6 Aug 2020); PRODUCT: Saint Lucia joined Sep 2020;
    // HRW: "the treaty's 110 states parties".
    expect(view.counts.statesParties).toBe(110);
    // Dubrovnik Action Plan: 130 States Parties by the Second Review Conference, opened 25 Nov 2020.
    expect(view.targets).toHaveLength(1);
    expect(view.targets[0]).toMatchObject({ value: 130, deadline: "2020-11-25" });
    expect(view.targets[0]?.progress.standing).toMatchObject({ deadlinePassed: true, value: 110, short: 20 });
    // HRW: Armenia and Azerbaijan not party.
    const rows = new Map(view.rows.map((r) => [r.iso3, r]));
    expect([rows.get("ARM")?.status, rows.get("AZE")?.status]).toEqual(["not-party", "not-party"]);
  });

  it.each(["2020-01-01", "2020-12-31"])(
    "has the Mine Ban Treaty at 164 States Parties on %s, the Marshall Islands its only signatory",
    async (date) => {
      const view = await getTreatyView(await snapshot("mine-ban-treaty"), date, "deposit");
      // PRODUCT: 164 States Parties in 2020, the Marshall Islands the only signatory, the United States not party.
      expect(view.counts).toMatchObject({ statesParties: 164, signatories: 1 });
      expect(view.rows.filter((r) => r.status === "signatory").map((r) => r.iso3)).toEqual(["MHL"]);
      expect(view.rows.find((r) => r.iso3 === "USA")?.status).toBe("not-party");
    },
  );

  it("has Lithuania withdrawn from the CCM from 6 Mar 2025, the first withdrawal ever", async () => {
    const ccm = await snapshot("ccm");
    const before = await getTreatyView(ccm, "2025-03-05", "deposit");
    const on = await getTreatyView(ccm, "2025-03-06", "deposit");
    // PRODUCT / depositary XXVI-6 end note 3: notice deposited 6 Sep 2024, effective 6 Mar 2025.
    expect(before.rows.find((r) => r.iso3 === "LTU")).toMatchObject({
      status: "party",
      withdrawalPending: true,
      withdrawalNoticeOn: "2024-09-06",
      withdrawalEffectiveOn: "2025-03-06",
    });
    expect(on.rows.find((r) => r.iso3 === "LTU")).toMatchObject({ status: "withdrawn", withdrawalPending: false });
    // PRODUCT: the first withdrawal ever.
    expect([before.counts.withdrawn, on.counts.withdrawn]).toEqual([0, 1]);
  });
});

describe("getTreatyPageView", () => {
  it("shows a date inside a period as on the period's first day: 10 Aug 2020 as 6 Aug 2020, Niue's accession", async () => {
    const page = await getTreatyPageView(await snapshot("ccm"), "2020-08-10", "deposit");
    // CMC: Niue deposited on 6 Aug 2020. The page changes next on 2 Sep 2020, before Saint Lucia's
    // accession (15 Sep 2020, depositary XXVI-6): the stockpile deadlines of Côte d'Ivoire and
    // Honduras (ratified March 2012, in force 1 Sep 2012, eight years) passed on 1 Sep 2020 with
    // no completion in seed/data/obligations, which moves them in the obligation figures.
    expect(page.period).toEqual({ from: "2020-08-06", until: "2020-09-01" });
    expect(page.asOf).toBe("2020-08-06");
    // CMC: Niue the 109th State Party.
    expect(page.counts.statesParties).toBe(109);
  });
});
