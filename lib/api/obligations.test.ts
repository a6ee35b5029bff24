// The obligations answers built from a made-up treaty (states AAA ... EEE,
// sources on example.org): every value below is a test value, no fact.
import { describe, expect, it } from "vitest";
import type { ObligationEvent } from "../domain/obligation-events";
import { obligationStanding } from "../domain/obligation-standing";
import { parsePartialDate, type PartialDate } from "../domain/partial-date";
import { buildTreatySnapshot } from "../domain/treaty-snapshot";
import type { TreatyActionRecord } from "../domain/types";
import { apiObligation, newestEvent, treatyObligations } from "./obligations";
import { buildOpenApiDocument } from "./openapi";
import { openApiValidator } from "./openapi-validator.test-support";

const validator = openApiValidator(buildOpenApiDocument());

function day(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return date;
}

const action = (stateIso3: string, type: TreatyActionRecord["type"], depositedOn: string): TreatyActionRecord => ({
  stateIso3,
  type,
  depositedOn,
  effectiveOn: null,
  effectDeferred: false,
  source: "https://example.org/test/action",
  note: null,
});

function event(
  stateIso3: string,
  type: ObligationEvent["type"],
  on: string,
  more: Partial<Omit<ObligationEvent, "on">> = {},
): ObligationEvent {
  return {
    stateIso3,
    kind: "clearance",
    type,
    on: day(on),
    deadline: null,
    meeting: null,
    informationOn: day(on),
    source: `https://example.org/test/${stateIso3}/${type}`,
    confidence: "confirmed",
    note: null,
    ...more,
  };
}

const CLEARANCE = { kind: "clearance", article: "Art. 4", periodYears: 10, maxExtensionYears: 5 } as const;
const STOCKPILES = { kind: "stockpile_destruction", article: "Art. 3", periodYears: 8, maxExtensionYears: 4 } as const;
const EXTENSION = event("AAA", "extension-granted", "2010-11", {
  deadline: "2016-01-01",
  meeting: "Test meeting",
  confidence: "reported",
});
const EVENTS = [
  event("AAA", "applies", "2001"),
  EXTENSION,
  event("AAA", "completed", "2014", { informationOn: day("2015-06-01"), note: "test note" }),
  event("BBB", "applies", "2001-01-01"),
  event("EEE", "applies", "2001-01-01"),
  event("EEE", "deadline-missed", "2011-02", { confidence: "uncertain", note: "test: approximate date" }),
];

const snapshot = buildTreatySnapshot(
  {
    slug: "test-treaty",
    shortName: "Test Treaty",
    officialName: "Test Treaty",
    depositaryReference: "TEST",
    depositaryUrl: "https://example.org/test/depositary",
    depositaryCheckedOn: "2020-01-01",
    rules: {
      slug: "test-treaty",
      openedForSignatureOn: "2000-01-01",
      entryIntoForceOn: "2001-01-01",
      signatureClosesOn: null,
      laterJoiners: { kind: "first-day-of-month-after", months: 6 },
      withdrawalNoticeMonths: 6,
    },
    targets: [],
  },
  ["AAA", "BBB", "CCC", "DDD", "EEE"].map((iso3) => ({
    iso3,
    name: `Test State ${iso3}`,
    shortName: `Test ${iso3}`,
    isoNumeric: "999",
  })),
  [
    action("AAA", "ratification", "2000-06-01"),
    action("BBB", "ratification", "2000-06-01"),
    action("CCC", "accession", "2005-03-10"),
    action("DDD", "signature", "2000-06-01"),
    action("EEE", "ratification", "2000-06-01"),
  ],
  "2030-12-31",
  { rules: [STOCKPILES, CLEARANCE], events: EVENTS },
);

describe("treatyObligations", () => {
  it("sums each obligation over the States Parties in force, each state sourced, as the document describes", () => {
    const answer = treatyObligations(snapshot, "2015-12-31");
    expect(validator.errorsAgainst("TreatyObligations", answer)).toEqual([]);
    expect(answer).toMatchObject({ treaty: "test-treaty", asOf: "2015-12-31", counting: "in-force" });
    expect(answer.checkedAgainstDepositaryOn).toBe("2020-01-01");
    const [stockpiles, clearance] = answer.obligations;
    // No source speaks of stockpiles: every State Party is "not known", never a guess.
    expect(stockpiles).toMatchObject({ kind: "stockpile-destruction", statesParties: 4, notKnown: 4, series: [] });
    expect(clearance).toMatchObject({
      kind: "clearance",
      article: "Art. 4",
      statesParties: 4,
      completed: 1,
      inProgress: 0,
      overdue: [{ iso3: "EEE", name: "Test State EEE" }],
      // BBB's deadline passed with no completion, extension or missed deadline recorded.
      unresolved: [{ iso3: "BBB", name: "Test State BBB" }],
      notKnown: 1,
      informationOn: "2015-06-01",
    });
    expect(clearance?.states).toEqual([
      {
        iso3: "AAA",
        name: "Test State AAA",
        status: "completed",
        originalDeadline: "2011-01-01",
        deadline: "2016-01-01",
        completedOn: "2014",
        informationOn: "2015-06-01",
        source: "https://example.org/test/AAA/completed",
        links: { state: "/api/v1/states/AAA", page: "/states/AAA" },
      },
      expect.objectContaining({ iso3: "BBB", status: "unresolved", deadline: "2011-01-01", completedOn: null }),
      expect.objectContaining({ iso3: "CCC", status: "not-known", originalDeadline: "2015-09-01", source: null }),
      expect.objectContaining({ iso3: "EEE", status: "overdue", informationOn: "2011-02" }),
    ]);
    expect(clearance?.series.at(-1)).toEqual({ date: "2014-12-31", completed: 1, remaining: 2 });
  });

  it("gives only what was known on asOf: the series stops there", () => {
    const [, clearance] = treatyObligations(snapshot, "2012-01-01").obligations;
    expect(clearance?.states.find((s) => s.iso3 === "AAA")).toMatchObject({
      status: "in-progress",
      deadline: "2016-01-01",
      completedOn: null,
      informationOn: "2010-11",
    });
    expect(clearance?.series.every((point) => point.date <= "2012-01-01")).toBe(true);
    // CCC entered into force on 1 Sept 2005; before, three States Parties in force (DDD only signed).
    expect(treatyObligations(snapshot, "2005-08-31").obligations[1]?.statesParties).toBe(3);
  });
});

describe("apiObligation", () => {
  it("writes a state's standing with partial dates as given and every event sourced", () => {
    const standing = obligationStanding(
      CLEARANCE,
      EVENTS.filter((e) => e.stateIso3 === "AAA"),
      snapshot.timelines.get("AAA"),
      "2020-01-01",
    );
    const obligation = apiObligation(standing);
    expect(validator.errorsAgainst("Obligation", obligation)).toEqual([]);
    expect(obligation).toMatchObject({
      kind: "clearance",
      status: "completed",
      originalDeadline: "2011-01-01",
      deadline: "2016-01-01",
      extensions: [
        {
          date: "2010-11",
          deadline: "2016-01-01",
          meeting: "Test meeting",
          source: EXTENSION.source,
          confidence: "reported",
        },
      ],
      pendingRequest: null,
      completedOn: "2014",
      informationOn: "2015-06-01",
    });
    expect(obligation.events.map((e) => [e.type, e.date, e.datePrecision])).toEqual([
      ["applies", "2001", "year"],
      ["extension-granted", "2010-11", "month"],
      ["completed", "2014", "year"],
    ]);
    expect(newestEvent(standing)?.type).toBe("completed");
  });
});
