// Ties the shipped data to facts stated by others (campaign texts in
// shared/seeds, public reporting since; see seed/README.md). Every expected
// count is a number someone else published; the actual one is computed from
// the action files by the same engine the app uses.
import { beforeAll, describe, expect, it } from "vitest";
import type { IsoDate } from "../lib/domain/dates";
import { countsOn, statusOn } from "../lib/domain/status";
import { buildTimelines, type StateTimeline } from "../lib/domain/timeline";
import { readSeed, type SeedData } from "./read-seed";
import { seedActionRecords, seedTreatyRules } from "./to-domain";

let seed: SeedData;
let stateIsos: string[];
const timelines = new Map<string, Map<string, StateTimeline>>();

beforeAll(() => {
  seed = readSeed();
  stateIsos = seed.states.map((state) => state.iso3);
  for (const { treaty, actions } of seed.treaties) {
    timelines.set(treaty.slug, buildTimelines(seedTreatyRules(treaty), seedActionRecords(actions)));
  }
});

const counts = (treaty: string, date: IsoDate) => countsOn(timelines.get(treaty) ?? new Map(), stateIsos, date);
const status = (treaty: string, iso3: string, date: IsoDate) => statusOn(timelines.get(treaty)?.get(iso3), date);
const timeline = (treaty: string, iso3: string) => timelines.get(treaty)?.get(iso3);
const pacific = () => seed.regions.find((region) => region.slug === "pacific")?.members ?? [];
const isoOf = (shortName: string) => seed.states.find((state) => state.shortName === shortName)?.iso3;

/** "Niue becomes the 109th State Party": the count on the day of its deposit. */
const ordinalOnDeposit = (treaty: string, iso3: string) => {
  const consentOn = timeline(treaty, iso3)?.participations[0]?.consentOn;
  if (!consentOn) throw new Error(`${iso3} has no consent in ${treaty}`);
  return counts(treaty, consentOn).statesParties;
};

describe("the universe of states", () => {
  it("has 197 states: 193 UN members plus the Holy See, Palestine, the Cook Islands and Niue", () => {
    expect(seed.states).toHaveLength(197);
    expect(
      seed.states
        .filter((state) => !state.unMember)
        .map((state) => state.iso3)
        .sort(),
    ).toEqual(["COK", "NIU", "PSE", "VAT"]);
  });

  it("has the campaigners' 16-state Pacific", () => {
    expect(pacific()).toHaveLength(16);
  });
});

describe("Convention on Cluster Munitions, from the campaign texts of 2020", () => {
  it("had 108 States Parties and 13 signatories, 121 in all, before Niue acceded", () => {
    const before = counts("ccm", "2020-08-05");
    expect([before.statesParties, before.signatories, before.statesParties + before.signatories]).toEqual([
      108, 13, 121,
    ]);
  });

  it("was 22 short of the Dubrovnik target of 130", () => {
    const target = seed.treaties.find(({ treaty }) => treaty.slug === "ccm")?.treaty.targets[0];
    expect(target?.value).toBe(130);
    expect((target?.value ?? 0) - counts("ccm", "2020-08-05").statesParties).toBe(22);
  });

  it("counted Niue as the 109th State Party on 6 Aug 2020, 122 in all, in force for Niue on 1 Feb 2021", () => {
    expect(ordinalOnDeposit("ccm", "NIU")).toBe(109);
    const after = counts("ccm", "2020-08-06");
    expect(after.statesParties + after.signatories).toBe(122);
    expect(timeline("ccm", "NIU")?.participations[0]?.entryIntoForceOn).toBe("2021-02-01");
  });

  it("had Armenia and Azerbaijan outside", () => {
    expect(status("ccm", "ARM", "2020-11-25").status).toBe("not-party");
    expect(status("ccm", "AZE", "2020-11-25").status).toBe("not-party");
  });

  it("split the Pacific 8 in and 8 out in August 2020, exactly as the campaign listed", () => {
    const joined = ["Australia", "Cook Islands", "Fiji", "Nauru", "New Zealand", "Niue", "Palau", "Samoa"].map(isoOf);
    const outside = [
      "Kiribati",
      "Marshall Islands",
      "Micronesia",
      "Papua New Guinea",
      "Solomon Islands",
      "Tonga",
      "Tuvalu",
      "Vanuatu",
    ].map(isoOf);
    const parties = pacific().filter((iso3) => status("ccm", iso3, "2020-08-31").status === "party");
    expect(parties.sort()).toEqual(joined.sort());
    expect(
      pacific()
        .filter((iso3) => !parties.includes(iso3))
        .sort(),
    ).toEqual(outside.sort());
  });
});

describe("Convention on Cluster Munitions, public reporting since 2020", () => {
  it("has Saint Lucia joining in September 2020", () => {
    expect(timeline("ccm", "LCA")?.participations[0]?.consentOn).toMatch(/^2020-09-/);
  });

  it("counts Nigeria (28 Feb 2023) as the 111th and South Sudan (3 Aug 2023) as the 112th State Party", () => {
    expect(timeline("ccm", "NGA")?.participations[0]).toMatchObject({
      consentOn: "2023-02-28",
      consentType: "ratification",
      entryIntoForceOn: "2023-08-01",
    });
    expect(ordinalOnDeposit("ccm", "NGA")).toBe(111);
    expect(timeline("ccm", "SSD")?.participations[0]).toMatchObject({
      consentOn: "2023-08-03",
      consentType: "accession",
      entryIntoForceOn: "2024-02-01",
    });
    expect(ordinalOnDeposit("ccm", "SSD")).toBe(112);
  });

  it("has Lithuania's withdrawal, the first ever, effective 6 Mar 2025", () => {
    expect(timeline("ccm", "LTU")?.participations[0]?.withdrawalEffectiveOn).toBe("2025-03-06");
    expect(status("ccm", "LTU", "2025-03-05")).toMatchObject({ status: "party", withdrawalPending: true });
    expect(status("ccm", "LTU", "2025-03-06").status).toBe("withdrawn");
    expect(counts("ccm", "2025-03-05").withdrawn).toBe(0);
    expect(counts("ccm", "2025-03-06").withdrawn).toBe(1);
  });

  it("has Vanuatu acceding on 5 Sep 2025, in force on 1 Mar 2026", () => {
    expect(timeline("ccm", "VUT")?.participations[0]).toMatchObject({
      consentOn: "2025-09-05",
      consentType: "accession",
      entryIntoForceOn: "2026-03-01",
    });
  });
});

describe("Mine Ban Treaty", () => {
  it("had 164 States Parties in 2020, the Marshall Islands the only signatory, the United States outside", () => {
    const in2020 = counts("mine-ban-treaty", "2020-11-25");
    expect(in2020.statesParties).toBe(164);
    expect(in2020.signatories).toBe(1);
    expect(status("mine-ban-treaty", "MHL", "2020-11-25").status).toBe("signatory");
    expect(status("mine-ban-treaty", "USA", "2020-11-25").status).toBe("not-party");
  });

  it("counts the Marshall Islands (12 Mar 2025) as the 165th and Tonga (June 2025) as the 166th State Party", () => {
    expect(timeline("mine-ban-treaty", "MHL")?.participations[0]).toMatchObject({
      consentOn: "2025-03-12",
      entryIntoForceOn: "2025-09-01",
    });
    expect(ordinalOnDeposit("mine-ban-treaty", "MHL")).toBe(165);
    expect(timeline("mine-ban-treaty", "TON")?.participations[0]?.consentOn).toMatch(/^2025-06-2[56]$/);
    expect(ordinalOnDeposit("mine-ban-treaty", "TON")).toBe(166);
  });

  it.each([
    ["EST", "2025-06-27", "2025-12-27"],
    ["LVA", "2025-06-27", "2025-12-27"],
    ["LTU", "2025-06-27", "2025-12-27"],
    ["FIN", "2025-07-10", "2026-01-10"],
  ])("has %s's withdrawal deposited %s, effective %s", (iso3, noticeOn, effectiveOn) => {
    expect(timeline("mine-ban-treaty", iso3)?.participations[0]).toMatchObject({
      withdrawalNoticeOn: noticeOn,
      withdrawalEffectiveOn: effectiveOn,
    });
  });

  it("has Poland's withdrawal effective 20 Feb 2026", () => {
    expect(timeline("mine-ban-treaty", "POL")?.participations[0]?.withdrawalEffectiveOn).toBe("2026-02-20");
  });

  it("records Ukraine's July 2025 'suspension' as an annotation: Ukraine stays a State Party", () => {
    expect(timeline("mine-ban-treaty", "UKR")?.annotations).toMatchObject([{ type: "suspension", on: "2025-07-18" }]);
    expect(status("mine-ban-treaty", "UKR", "2025-12-31")).toMatchObject({ status: "party", withdrawalPending: false });
  });

  it("dates South Sudan's succession from independence, 9 Jul 2011", () => {
    expect(timeline("mine-ban-treaty", "SSD")?.participations[0]).toMatchObject({
      consentType: "succession",
      consentOn: "2011-11-11",
      entryIntoForceOn: "2011-07-09",
    });
  });
});
