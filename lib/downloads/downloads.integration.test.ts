// Every download on the shipped data: each CSV read back as a spreadsheet would
// (UTF-8 byte order mark, header row, ISO dates, names as written) agrees with
// the JSON one, and both give the published facts.
import { describe, expect, it } from "vitest";
import { GET as regionDownload } from "@/app/regions/[grouping]/[region]/download/route";
import { GET as stateDownload } from "@/app/states/[iso3]/download/route";
import { GET as actionsDownload } from "@/app/treaties/[slug]/actions/download/route";
import { GET as treatyDownload } from "@/app/treaties/[slug]/download/route";
import { GET as obligationsDownload } from "@/app/treaties/[slug]/obligations/download/route";
import { GET as outsideDownload } from "@/app/treaties/[slug]/outside/download/route";
import { GET as seriesDownload } from "@/app/treaties/[slug]/series/download/route";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { getTreatySnapshot, invalidateTreatySnapshots } from "../data/treaty-snapshots";
import { addYearsIso, todayIso, utcDateFromIso } from "../domain/dates";
import { asCell, csvFile, expectIsoDates, get, jsonFile, type CsvFile } from "./download.test-support";

const database = withSeededDatabase();

/** The same download in both formats; `partial`: date columns as precise as their source (YYYY, YYYY-MM allowed). */
async function both<P, T>(
  handler: Parameters<typeof get<P>>[0],
  url: string,
  params: P,
  partial: readonly string[] = [],
): Promise<{ csv: CsvFile; json: T; jsonName: string | undefined }> {
  const separator = url.includes("?") ? "&" : "?";
  const csv = await csvFile(await get(handler, `${url}${separator}format=csv`, params));
  const { body, filename } = await jsonFile<T>(await get(handler, `${url}${separator}format=json`, params));
  expectIsoDates(csv, partial);
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

type ObligationJson = {
  kind: string;
  article: string;
  status: string;
  originalDeadline: string | null;
  deadline: string | null;
  completedOn: string | null;
  informationOn: string | null;
  extensions: { date: string; deadline: string | null; meeting: string | null; source: string }[];
  events: {
    type: string;
    date: string;
    datePrecision: string;
    deadline: string | null;
    meeting: string | null;
    informationOn: string;
    source: string;
    confidence: string;
    note: string | null;
  }[];
};
type StateJson = {
  state: { iso3: string; name: string };
  asOf: string;
  treaties: {
    treaty: string;
    checkedAgainstDepositaryOn: string;
    participations: { consentType: string; consentOn: string; entryIntoForceOn: string }[];
    actions: { type: string; depositedOn: string; source: string }[];
    initialReportDue: string | null;
    obligations: ObligationJson[];
  }[];
};

/** Obligation dates may be as partial as their source. */
const STATE_PARTIAL_DATES = ["date", "completed_on", "information_on"];

/** A state's obligation rows in the CSV agree with its JSON: one row per obligation, then one per event. */
function expectObligationRows(csv: CsvFile, json: StateJson): void {
  for (const treaty of json.treaties) {
    const rows = csv.rows.filter((r) => r.treaty === treaty.treaty);
    expect(rows.filter((r) => r.obligation === "initial-report").map((r) => r.deadline)).toEqual(
      treaty.initialReportDue ? [treaty.initialReportDue] : [],
    );
    expect(
      rows
        .filter((r) => r.event === "obligation" && r.obligation !== "initial-report")
        .map((r) => [
          r.obligation,
          r.article,
          r.status,
          r.deadline,
          r.original_deadline,
          r.completed_on,
          r.information_on,
        ]),
    ).toEqual(
      treaty.obligations.map((o) => [
        o.kind,
        o.article,
        o.status,
        asCell(o.deadline),
        asCell(o.originalDeadline),
        asCell(o.completedOn),
        asCell(o.informationOn),
      ]),
    );
    expect(
      rows
        .filter((r) => r.event === "obligation_event")
        .map((r) => [
          r.obligation,
          r.type,
          r.date,
          r.date_precision,
          r.deadline,
          r.meeting,
          r.information_on,
          r.source,
          r.confidence,
          r.note,
        ]),
    ).toEqual(
      treaty.obligations.flatMap((o) =>
        o.events.map((e) => [
          o.kind,
          e.type,
          e.date,
          e.datePrecision,
          asCell(e.deadline),
          asCell(e.meeting),
          e.informationOn,
          e.source,
          e.confidence,
          asCell(e.note),
        ]),
      ),
    );
  }
}

/**
 * Made-up events for one CCM State Party (its seeded events removed first), so the files have every kind of
 * value to round-trip: partial dates, a meeting, a note with a comma and quotes. Test values, not facts.
 */
async function recordTestEvents(): Promise<{ iso3: string; name: string; entryIntoForceOn: string }> {
  const { prisma } = database();
  const ccm = await prisma.treaty.findUniqueOrThrow({ where: { slug: "ccm" } });
  const state = await prisma.state.findUniqueOrThrow({ where: { iso3: "NZL" } });
  const entryIntoForceOn = (await getTreatySnapshot("ccm"))?.timelines.get(state.iso3)?.participations[0]
    ?.entryIntoForceOn;
  if (!entryIntoForceOn) throw new Error("the seed has New Zealand in the CCM");
  await prisma.obligationEvent.deleteMany({ where: { treatyId: ccm.id, stateIso3: state.iso3 } });
  const test = {
    treatyId: ccm.id,
    stateIso3: state.iso3,
    kind: "clearance" as const,
    confidence: "uncertain" as const,
  };
  await prisma.obligationEvent.createMany({
    data: [
      {
        ...test,
        type: "applies",
        eventOn: utcDateFromIso("2011-01-01"),
        eventOnPrecision: "year",
        informationOn: utcDateFromIso("2011-06-01"),
        informationOnPrecision: "month",
        source: "https://example.org/test/applies",
        note: 'test note, with a comma and "quotes"',
      },
      {
        ...test,
        type: "extension_granted",
        eventOn: utcDateFromIso("2019-11-01"),
        eventOnPrecision: "month",
        deadline: utcDateFromIso(addYearsIso(entryIntoForceOn, 12)),
        meeting: "Test Meeting, Geneva",
        informationOn: utcDateFromIso("2019-12-02"),
        source: "https://example.org/test/extension?a=1&b=2",
        note: "test value",
      },
    ],
  });
  invalidateTreatySnapshots();
  return { iso3: state.iso3, name: state.depositaryName, entryIntoForceOn };
}

describe("the state history download", () => {
  it("gives Niue's CCM accession of 6 Aug 2020, with its source, in force on 1 Feb 2021", async () => {
    const { csv, json } = await both<{ iso3: string }, StateJson>(
      stateDownload,
      "/states/niu/download",
      { iso3: "niu" },
      STATE_PARTIAL_DATES,
    );
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
      expect(new Set(rows.map((r) => r.depositary_checked_on))).toEqual(new Set([treaty.checkedAgainstDepositaryOn]));
    }
    expectObligationRows(csv, json);
  });

  it("gives the history as it stood on asOf: Niue's CCM obligations only from its entry into force, 1 Feb 2021", async () => {
    const before = await both<{ iso3: string }, StateJson>(
      stateDownload,
      "/states/NIU/download?asOf=2020-08-06",
      { iso3: "NIU" },
      STATE_PARTIAL_DATES,
    );
    expect([before.csv.filename, before.jsonName, before.json.asOf]).toEqual([
      "NIU-history-2020-08-06.csv",
      "NIU-history-2020-08-06.json",
      "2020-08-06",
    ]);
    expect(before.csv.rows.filter((r) => r.treaty === "ccm" && r.event?.startsWith("obligation"))).toEqual([]);
    const after = await both<{ iso3: string }, StateJson>(
      stateDownload,
      "/states/NIU/download?asOf=2021-02-01",
      { iso3: "NIU" },
      STATE_PARTIAL_DATES,
    );
    const ccm = after.csv.rows.filter((r) => r.treaty === "ccm" && r.event === "obligation");
    // Art. 7: 180 days after entry into force; Art. 3 and 4: eight and ten years.
    expect(ccm.map((r) => [r.obligation, r.article, r.deadline, r.original_deadline])).toEqual([
      ["initial-report", "", "2021-07-31", ""],
      ["stockpile-destruction", "Art. 3", "2029-02-01", "2029-02-01"],
      ["clearance", "Art. 4", "2031-02-01", "2031-02-01"],
    ]);
    expectObligationRows(after.csv, after.json);
  });

  it("gives a withdrawal and when it took effect: Lithuania and the CCM", async () => {
    const { csv } = await both(stateDownload, "/states/LTU/download", { iso3: "LTU" }, STATE_PARTIAL_DATES);
    const ccm = csv.rows.filter((r) => r.treaty === "ccm");
    expect(ccm.find((r) => r.event === "action" && r.type === "withdrawal")?.date).toBe("2024-09-06");
    expect(ccm.find((r) => r.event === "withdrawal_effective")?.date).toBe("2025-03-06");
  });

  it("keeps Côte d'Ivoire's name intact", async () => {
    const { csv, json } = await both<{ iso3: string }, StateJson>(
      stateDownload,
      "/states/CIV/download",
      { iso3: "CIV" },
      STATE_PARTIAL_DATES,
    );
    expect(json.state.name).toBe("Côte d'Ivoire");
    expect(new Set(csv.rows.map((r) => r.name))).toEqual(new Set(["Côte d'Ivoire"]));
  });

  it("gives one row per obligation event with its source and confidence, read back intact (test events)", async () => {
    const state = await recordTestEvents();
    const { csv, json } = await both<{ iso3: string }, StateJson>(
      stateDownload,
      `/states/${state.iso3}/download?asOf=2020-01-01`,
      { iso3: state.iso3 },
      STATE_PARTIAL_DATES,
    );
    expectObligationRows(csv, json);
    const clearance = csv.rows.filter((r) => r.treaty === "ccm" && r.obligation === "clearance");
    expect(clearance).toEqual([
      expect.objectContaining({
        event: "obligation",
        type: "",
        article: "Art. 4",
        status: "in-progress",
        deadline: addYearsIso(state.entryIntoForceOn, 12),
        original_deadline: addYearsIso(state.entryIntoForceOn, 10),
        completed_on: "",
        information_on: "2019-12-02",
        source: "https://example.org/test/extension?a=1&b=2",
        confidence: "uncertain",
      }),
      expect.objectContaining({
        event: "obligation_event",
        type: "applies",
        date: "2011",
        date_precision: "year",
        information_on: "2011-06",
        source: "https://example.org/test/applies",
        confidence: "uncertain",
        note: 'test note, with a comma and "quotes"',
      }),
      expect.objectContaining({
        event: "obligation_event",
        type: "extension-granted",
        date: "2019-11",
        date_precision: "month",
        deadline: addYearsIso(state.entryIntoForceOn, 12),
        meeting: "Test Meeting, Geneva",
        information_on: "2019-12-02",
      }),
    ]);
    // Before the extension's month ended, it was not yet known: one event, the original deadline.
    const earlier = await both<{ iso3: string }, StateJson>(
      stateDownload,
      `/states/${state.iso3}/download?asOf=2019-11-29`,
      { iso3: state.iso3 },
      STATE_PARTIAL_DATES,
    );
    const obligation = earlier.json.treaties
      .find((t) => t.treaty === "ccm")
      ?.obligations.find((o) => o.kind === "clearance");
    expect(obligation).toMatchObject({ deadline: addYearsIso(state.entryIntoForceOn, 10), extensions: [] });
    expect(obligation?.events.map((e) => e.type)).toEqual(["applies"]);
  });
});

type ObligationsJson = {
  treaty: string;
  asOf: string;
  source: string;
  checkedAgainstDepositaryOn: string;
  obligations: {
    kind: string;
    article: string;
    statesParties: number;
    completed: number;
    inProgress: number;
    overdue: { iso3: string; name: string }[];
    unresolved: { iso3: string; name: string }[];
    notKnown: number;
    informationOn: string | null;
    series: { date: string; completed: number; remaining: number }[];
    states: {
      iso3: string;
      name: string;
      status: string;
      originalDeadline: string | null;
      deadline: string | null;
      completedOn: string | null;
      informationOn: string | null;
      source: string | null;
    }[];
  }[];
};

describe("the treaty obligations download", () => {
  const PARTIAL = ["completed_on", "information_on"];

  /** One CSV row per State Party per obligation, the same as the JSON's states. */
  function expectSameRows(csv: CsvFile, json: ObligationsJson): void {
    expect(csv.header).toEqual([
      "obligation",
      "article",
      "iso3",
      "name",
      "short_name",
      "status",
      "deadline",
      "original_deadline",
      "completed_on",
      "information_on",
      "source",
      "depositary_checked_on",
    ]);
    expect(csv.rows.every((r) => r.short_name)).toBe(true);
    expect(csv.rows.map(({ short_name: _s, ...row }) => row)).toEqual(
      json.obligations.flatMap((o) =>
        o.states.map((s) => ({
          obligation: o.kind,
          article: o.article,
          iso3: s.iso3,
          name: s.name,
          status: s.status,
          deadline: asCell(s.deadline),
          original_deadline: asCell(s.originalDeadline),
          completed_on: asCell(s.completedOn),
          information_on: asCell(s.informationOn),
          source: asCell(s.source),
          depositary_checked_on: json.checkedAgainstDepositaryOn,
        })),
      ),
    );
    for (const o of json.obligations) {
      expect(o.states).toHaveLength(o.statesParties);
      expect(o.completed + o.inProgress + o.overdue.length + o.unresolved.length + o.notKnown).toBe(o.statesParties);
    }
  }

  it("lists every CCM State Party in force under each obligation, by article, the same in CSV and JSON", async () => {
    const { csv, json, jsonName } = await both<{ slug: string }, ObligationsJson>(
      obligationsDownload,
      "/treaties/cluster-munitions/obligations/download?asOf=2021-02-01",
      { slug: "cluster-munitions" },
      PARTIAL,
    );
    expect([csv.filename, jsonName]).toEqual(["ccm-obligations-2021-02-01.csv", "ccm-obligations-2021-02-01.json"]);
    expect(json).toMatchObject({ treaty: "ccm", asOf: "2021-02-01" });
    expect(json.checkedAgainstDepositaryOn).toMatch(CHECKED);
    expect(json.source).toMatch(/treaties\.un\.org/);
    expect(json.obligations.map((o) => [o.kind, o.article])).toEqual([
      ["stockpile-destruction", "Art. 3"],
      ["clearance", "Art. 4"],
    ]);
    expectSameRows(csv, json);
    // Niue, in force from 1 Feb 2021 (CMC / PRODUCT): its deadlines run from that day.
    expect(csv.rows.filter((r) => r.iso3 === "NIU").map((r) => [r.obligation, r.original_deadline])).toEqual([
      ["stockpile-destruction", "2029-02-01"],
      ["clearance", "2031-02-01"],
    ]);
    expect(csv.rows.find((r) => r.iso3 === "CIV")?.name).toBe("Côte d'Ivoire");
  });

  it("gives each state's newest information and its source, partial dates kept (test events)", async () => {
    const state = await recordTestEvents();
    const { csv, json } = await both<{ slug: string }, ObligationsJson>(
      obligationsDownload,
      "/treaties/ccm/obligations/download?asOf=2020-01-01",
      { slug: "ccm" },
      PARTIAL,
    );
    expectSameRows(csv, json);
    expect(csv.rows.find((r) => r.iso3 === state.iso3 && r.obligation === "clearance")).toEqual({
      obligation: "clearance",
      article: "Art. 4",
      iso3: state.iso3,
      name: state.name,
      short_name: expect.any(String),
      status: "in-progress",
      deadline: addYearsIso(state.entryIntoForceOn, 12),
      original_deadline: addYearsIso(state.entryIntoForceOn, 10),
      completed_on: "",
      information_on: "2019-12-02",
      source: "https://example.org/test/extension?a=1&b=2",
      depositary_checked_on: json.checkedAgainstDepositaryOn,
    });
    const before = await both<{ slug: string }, ObligationsJson>(
      obligationsDownload,
      "/treaties/ccm/obligations/download?asOf=2011-12-31",
      { slug: "ccm" },
      PARTIAL,
    );
    // The "applies" event, dated only 2011, counts from the year's last day; its information is of June 2011.
    expect(before.csv.rows.find((r) => r.iso3 === state.iso3 && r.obligation === "clearance")).toMatchObject({
      status: "in-progress",
      information_on: "2011-06",
      source: "https://example.org/test/applies",
    });
  });

  it("is for today without asOf", async () => {
    const { csv } = await both(obligationsDownload, "/treaties/mbt/obligations/download", { slug: "mbt" }, PARTIAL);
    expect(csv.filename).toBe(`mine-ban-treaty-obligations-${todayIso()}.csv`);
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
