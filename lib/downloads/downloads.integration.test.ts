// Every download on the shipped data: each CSV read back as a spreadsheet would
// (UTF-8 byte order mark, header row, ISO dates, names as written) agrees with
// the JSON one, and both give the published facts.
import { describe, expect, it } from "vitest";
import { GET as regionDownload } from "@/app/regions/[grouping]/[region]/download/route";
import { GET as stateDownload } from "@/app/states/[iso3]/download/route";
import { GET as actionsDownload } from "@/app/treaties/[slug]/actions/download/route";
import { GET as treatyDownload } from "@/app/treaties/[slug]/download/route";
import { GET as outsideDownload } from "@/app/treaties/[slug]/outside/download/route";
import { GET as seriesDownload } from "@/app/treaties/[slug]/series/download/route";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { todayIso } from "../domain/dates";
import { asCell, csvFile, expectIsoDates, get, jsonFile, type CsvFile } from "./download.test-support";

withSeededDatabase();

/** The same download in both formats. */
async function both<P, T>(
  handler: Parameters<typeof get<P>>[0],
  url: string,
  params: P,
): Promise<{ csv: CsvFile; json: T; jsonName: string | undefined }> {
  const separator = url.includes("?") ? "&" : "?";
  const csv = await csvFile(await get(handler, `${url}${separator}format=csv`, params));
  const { body, filename } = await jsonFile<T>(await get(handler, `${url}${separator}format=json`, params));
  expectIsoDates(csv);
  return { csv, json: body, jsonName: filename };
}

const CHECKED = /^\d{4}-\d{2}-\d{2}$/;
// The CMC's text of Aug 2020 ("Niue becomes 109th State Party"): the Pacific states still outside the CCM.
const PACIFIC_OUTSIDE_CCM_2020 = [
  "Kiribati",
  "Marshall Islands",
  "Micronesia",
  "Papua New Guinea",
  "Solomon Islands",
  "Tonga",
  "Tuvalu",
  "Vanuatu",
];

type OutsideState = {
  iso3: string;
  name: string;
  shortName: string;
  status: string;
  signedOn: string | null;
  partyTo: string[];
};
type OutsideJson = {
  treaty: string;
  asOf: string;
  grouping: string;
  checkedAgainstDepositaryOn: string;
  count: number;
  regions: { slug: string; name: string; states: OutsideState[] }[];
};

describe("the outside list download", () => {
  it("lists the CCM's Pacific states outside on 31 Aug 2020, the same in CSV and JSON", async () => {
    const { csv, json, jsonName } = await both<{ slug: string }, OutsideJson>(
      outsideDownload,
      "/treaties/cluster-munitions/outside/download?asOf=2020-08-31&grouping=campaign",
      { slug: "cluster-munitions" },
    );
    expect(csv.filename).toBe("ccm-outside-2020-08-31-campaign.csv");
    expect(jsonName).toBe("ccm-outside-2020-08-31-campaign.json");
    expect(csv.header).toEqual([
      "region",
      "region_name",
      "iso3",
      "name",
      "short_name",
      "status",
      "signed_on",
      "also_party_to",
      "depositary_checked_on",
    ]);
    expect(json).toMatchObject({ treaty: "ccm", asOf: "2020-08-31", grouping: "campaign" });
    expect(json.checkedAgainstDepositaryOn).toMatch(CHECKED);
    const pacific = json.regions.find((r) => r.slug === "pacific");
    expect(pacific?.states.map((s) => s.shortName).sort()).toEqual(PACIFIC_OUTSIDE_CCM_2020);
    expect(
      csv.rows
        .filter((r) => r.region === "pacific")
        .map((r) => r.short_name)
        .sort(),
    ).toEqual(PACIFIC_OUTSIDE_CCM_2020);

    const fromJson = json.regions.flatMap((region) =>
      region.states.map((s) => ({
        region: region.slug,
        region_name: region.name,
        iso3: s.iso3,
        name: s.name,
        short_name: s.shortName,
        status: s.status,
        signed_on: asCell(s.signedOn),
        also_party_to: s.partyTo.join("; "),
        depositary_checked_on: json.checkedAgainstDepositaryOn,
      })),
    );
    expect(csv.rows).toEqual(fromJson);
  });

  it("places the United States, outside the CCM, in none of the UN regional groups (the default)", async () => {
    for (const asOf of ["2020-08-31", null]) {
      const { csv, json } = await both<{ slug: string }, OutsideJson>(
        outsideDownload,
        `/treaties/ccm/outside/download${asOf ? `?asOf=${asOf}` : ""}`,
        { slug: "ccm" },
      );
      expect(json).toMatchObject({ grouping: "un-regional-group", asOf: asOf ?? todayIso() });
      const none = json.regions.find((r) => r.slug === "other");
      expect(none?.name).toBe("In none of the UN regional groups");
      expect(none?.states.map((s) => s.iso3)).toContain("USA");
      expect(csv.rows.find((r) => r.iso3 === "USA")).toMatchObject({
        region: "other",
        region_name: "In none of the UN regional groups",
      });
      expect(csv.filename).toBe(`ccm-outside-${asOf ?? todayIso()}-un-regional-group.csv`);
    }
  });

  it("keeps Türkiye's name intact, as written by the depositary", async () => {
    const { csv } = await both(outsideDownload, "/treaties/ccm/outside/download?asOf=2020-08-31", { slug: "ccm" });
    expect(csv.rows.find((r) => r.iso3 === "TUR")).toMatchObject({ name: "Türkiye", short_name: "Türkiye" });
  });
});

type TreatyJson = {
  treaty: string;
  checkedAgainstDepositaryOn: string;
  count: number;
  states: Record<string, unknown>[];
};

describe("the treaty download", () => {
  it("gives the table's view in both formats, names such as Côte d'Ivoire and Türkiye intact", async () => {
    const { csv, json } = await both<{ slug: string }, TreatyJson>(
      treatyDownload,
      "/treaties/ccm/download?asOf=2020-08-06",
      {
        slug: "ccm",
      },
    );
    expect(csv.filename).toBe("ccm-2020-08-06-deposit.csv");
    expect(csv.header[0]).toBe("iso3");
    expect(csv.header.at(-1)).toBe("depositary_checked_on");
    expect(json.count).toBe(197);
    expect(csv.rows.filter((r) => r.status === "party")).toHaveLength(109);
    expect(csv.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["Côte d'Ivoire", "Türkiye"]));
    expect(csv.rows.map((r) => [r.iso3, r.name, r.status, r.consent_on, r.depositary_checked_on])).toEqual(
      json.states.map((s) => [s.iso3, s.name, s.status, asCell(s.consentOn), json.checkedAgainstDepositaryOn]),
    );
  });

  it("filters as the table does: the campaign's Pacific states outside the CCM", async () => {
    const { csv } = await both(
      treatyDownload,
      "/treaties/ccm/download?asOf=2020-08-31&status=outside&grouping=campaign&region=pacific",
      { slug: "ccm" },
    );
    expect(csv.filename).toBe("ccm-2020-08-31-deposit-outside-pacific.csv");
    expect(csv.rows.map((r) => r.short_name).sort()).toEqual(PACIFIC_OUTSIDE_CCM_2020);
  });
});

type Member = {
  iso3: string;
  name: string;
  shortName: string;
  status: string;
  consentOn: string | null;
  consentType: string | null;
  signedOn: string | null;
};
type RegionJson = {
  grouping: string;
  region: string;
  asOf: string;
  treaties: { treaty: string; checkedAgainstDepositaryOn: string; joined: Member[]; outside: Member[] }[];
};

describe("the region download", () => {
  it("shows the Pacific on 31 Aug 2020: 8 in and 8 out of the CCM, the same in CSV and JSON", async () => {
    const { csv, json } = await both<{ grouping: string; region: string }, RegionJson>(
      regionDownload,
      "/regions/campaign/pacific/download?asOf=2020-08-31",
      { grouping: "campaign", region: "pacific" },
    );
    expect(csv.filename).toBe("campaign-pacific-2020-08-31.csv");
    const ccm = json.treaties.find((t) => t.treaty === "ccm");
    expect(ccm?.joined.map((m) => m.shortName).sort()).toEqual([
      "Australia",
      "Cook Islands",
      "Fiji",
      "Nauru",
      "New Zealand",
      "Niue",
      "Palau",
      "Samoa",
    ]);
    expect(ccm?.outside.map((m) => m.shortName).sort()).toEqual(PACIFIC_OUTSIDE_CCM_2020);
    expect(ccm?.checkedAgainstDepositaryOn).toMatch(CHECKED);
    const fromJson = json.treaties.flatMap((t) =>
      (["joined", "outside"] as const).flatMap((side) =>
        t[side].map((m) => ({
          treaty: t.treaty,
          side,
          iso3: m.iso3,
          name: m.name,
          short_name: m.shortName,
          status: m.status,
          consent_on: asCell(m.consentOn),
          consent_type: asCell(m.consentType),
          signed_on: asCell(m.signedOn),
          depositary_checked_on: t.checkedAgainstDepositaryOn,
        })),
      ),
    );
    expect(csv.rows).toEqual(fromJson);
  });

  it("keeps Côte d'Ivoire's name intact", async () => {
    const { csv } = await both(regionDownload, "/regions/un-regional-group/african/download", {
      grouping: "un-regional-group",
      region: "african",
    });
    expect(csv.rows.find((r) => r.iso3 === "CIV")?.name).toBe("Côte d'Ivoire");
  });
});

type StateJson = {
  state: { iso3: string; name: string };
  treaties: {
    treaty: string;
    checkedAgainstDepositaryOn: string;
    participations: { consentType: string; consentOn: string; entryIntoForceOn: string }[];
    actions: { type: string; depositedOn: string; source: string }[];
    obligations: { kind: string; deadline: string }[];
  }[];
};

describe("the state history download", () => {
  it("gives Niue's CCM accession of 6 Aug 2020, with its source, in force on 1 Feb 2021", async () => {
    const { csv, json } = await both<{ iso3: string }, StateJson>(stateDownload, "/states/niu/download", {
      iso3: "niu",
    });
    expect(csv.filename).toBe(`NIU-history-${todayIso()}.csv`);
    const ccm = csv.rows.filter((r) => r.treaty === "ccm");
    expect(ccm.find((r) => r.event === "action" && r.type === "accession")).toMatchObject({
      date: "2020-08-06",
      source: expect.stringMatching(/treaties\.un\.org/),
      name: "Niue",
    });
    expect(ccm.find((r) => r.event === "entry_into_force")).toMatchObject({ type: "accession", date: "2021-02-01" });
    expect(json.treaties.find((t) => t.treaty === "ccm")?.participations).toEqual([
      expect.objectContaining({ consentType: "accession", consentOn: "2020-08-06", entryIntoForceOn: "2021-02-01" }),
    ]);

    for (const treaty of json.treaties) {
      const rows = csv.rows.filter((r) => r.treaty === treaty.treaty);
      const actionRows = rows.filter((r) => r.event === "action");
      expect(actionRows.map((r) => [r.type, r.date, r.source])).toEqual(
        treaty.actions.map((a) => [a.type, a.depositedOn, a.source]),
      );
      expect(rows.filter((r) => r.event === "entry_into_force").map((r) => r.date)).toEqual(
        treaty.participations.map((p) => p.entryIntoForceOn),
      );
      expect(rows.filter((r) => r.event === "obligation").map((r) => [r.type, r.date])).toEqual(
        treaty.obligations.map((o) => [o.kind, o.deadline]),
      );
      expect(new Set(rows.map((r) => r.depositary_checked_on))).toEqual(new Set([treaty.checkedAgainstDepositaryOn]));
    }
  });

  it("gives a withdrawal and when it took effect: Lithuania and the CCM", async () => {
    const { csv } = await both(stateDownload, "/states/LTU/download", { iso3: "LTU" });
    const ccm = csv.rows.filter((r) => r.treaty === "ccm");
    expect(ccm.find((r) => r.event === "action" && r.type === "withdrawal")?.date).toBe("2024-09-06");
    expect(ccm.find((r) => r.event === "withdrawal_effective")?.date).toBe("2025-03-06");
  });

  it("keeps Côte d'Ivoire's name intact", async () => {
    const { csv, json } = await both<{ iso3: string }, StateJson>(stateDownload, "/states/CIV/download", {
      iso3: "CIV",
    });
    expect(json.state.name).toBe("Côte d'Ivoire");
    expect(new Set(csv.rows.map((r) => r.name))).toEqual(new Set(["Côte d'Ivoire"]));
  });
});

type ActionsJson = {
  treaty: string;
  checkedAgainstDepositaryOn: string;
  actions: {
    iso3: string;
    name: string;
    type: string;
    depositedOn: string;
    effectiveOn: string | null;
    source: string;
    note: string | null;
  }[];
};

describe("the action log download", () => {
  it("filters by state: Niue's one CCM action", async () => {
    const { csv, json } = await both<{ slug: string }, ActionsJson>(
      actionsDownload,
      "/treaties/ccm/actions/download?state=niu",
      {
        slug: "ccm",
      },
    );
    expect(csv.filename).toBe(`ccm-actions-NIU-to-${todayIso()}.csv`);
    expect(json.actions).toEqual([
      expect.objectContaining({ iso3: "NIU", type: "accession", depositedOn: "2020-08-06", effectiveOn: null }),
    ]);
    expect(csv.rows).toEqual([expect.objectContaining({ iso3: "NIU", type: "accession", deposited_on: "2020-08-06" })]);
  });

  it("filters by deposit dates, both included, the same in CSV and JSON", async () => {
    const { csv, json } = await both<{ slug: string }, ActionsJson>(
      actionsDownload,
      "/treaties/ccm/actions/download?from=2020-08-06&to=2020-09-15",
      { slug: "ccm" },
    );
    expect(csv.filename).toBe("ccm-actions-2020-08-06-to-2020-09-15.csv");
    // Niue's accession and Saint Lucia's (the 110th State Party) open and close the range.
    expect(json.actions.at(0)).toMatchObject({ iso3: "NIU", depositedOn: "2020-08-06" });
    expect(json.actions.at(-1)).toMatchObject({ iso3: "LCA", depositedOn: "2020-09-15" });
    expect(
      csv.rows.map((r) => [
        r.iso3,
        r.name,
        r.type,
        r.deposited_on,
        r.effective_on,
        r.source,
        r.note,
        r.depositary_checked_on,
      ]),
    ).toEqual(
      json.actions.map((a) => [
        a.iso3,
        a.name,
        a.type,
        a.depositedOn,
        asCell(a.effectiveOn),
        a.source,
        asCell(a.note),
        json.checkedAgainstDepositaryOn,
      ]),
    );
  });

  it("gives the whole log when nothing is filtered, names intact", async () => {
    const { csv } = await both(actionsDownload, "/treaties/mine-ban-treaty/actions/download", {
      slug: "mine-ban-treaty",
    });
    expect(csv.rows.length).toBeGreaterThan(300);
    expect(csv.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["Côte d'Ivoire", "Türkiye"]));
  });
});

type SeriesJson = {
  counting: string;
  checkedAgainstDepositaryOn: string;
  points: {
    date: string;
    statesParties: number;
    signatories: number;
    notParty: number;
    withdrawn: number;
    total: number;
  }[];
};

describe("the series download", () => {
  it("reaches 109 CCM States Parties by deposit on 6 Aug 2020 (Niue), the same in CSV and JSON", async () => {
    const { csv, json } = await both<{ slug: string }, SeriesJson>(
      seriesDownload,
      "/treaties/ccm/series/download?asOf=2020-08-31",
      {
        slug: "ccm",
      },
    );
    expect(csv.filename).toBe("ccm-series-deposit-2020-08-31.csv");
    expect(json.points.at(-1)).toMatchObject({ date: "2020-08-06", statesParties: 109, total: 197 });
    expect(json.points.at(-2)?.statesParties).toBe(108);
    expect(csv.rows).toEqual(
      json.points.map((p) => ({
        date: p.date,
        states_parties: String(p.statesParties),
        signatories: String(p.signatories),
        not_party: String(p.notParty),
        withdrawn: String(p.withdrawn),
        total: String(p.total),
        counting: "deposit",
        depositary_checked_on: json.checkedAgainstDepositaryOn,
      })),
    );
  });

  it("counts Niue from its entry into force, 1 Feb 2021, under the other rule", async () => {
    const { csv } = await both(seriesDownload, "/treaties/ccm/series/download?counting=in-force&asOf=2021-02-01", {
      slug: "ccm",
    });
    expect(csv.filename).toBe("ccm-series-in-force-2021-02-01.csv");
    expect(csv.rows.map((r) => r.date)).not.toContain("2020-08-06");
    expect(csv.rows.at(-1)).toMatchObject({ date: "2021-02-01", counting: "in-force" });
  });
});
