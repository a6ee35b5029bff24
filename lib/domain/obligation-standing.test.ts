import { describe, expect, it } from "vitest";
import type { ObligationEvent, SourcedObligationRule } from "./obligation-events";
import { obligationStanding } from "./obligation-standing";
import { parsePartialDate } from "./partial-date";
import type { StateTimeline } from "./timeline";

const clearance: SourcedObligationRule = {
  kind: "clearance",
  article: "Art. 5",
  periodYears: 10,
  maxExtensionYears: 10,
};
// In force 1 Mar 1999: the original clearance deadline is 1 Mar 2009.
const timeline: StateTimeline = {
  stateIso3: "XXX",
  signedOn: "1997-12-03",
  participations: [
    {
      consentType: "ratification",
      consentOn: "1998-06-01",
      entryIntoForceOn: "1999-03-01",
      withdrawalNoticeOn: null,
      withdrawalEffectiveOn: null,
    },
  ],
  annotations: [],
};

function event(type: ObligationEvent["type"], on: string, extra: Partial<ObligationEvent> = {}): ObligationEvent {
  const date = parsePartialDate(on);
  if (!date) throw new Error(on);
  return {
    stateIso3: "XXX",
    kind: "clearance",
    type,
    on: date,
    deadline: null,
    meeting: null,
    informationOn: date,
    source: "https://example.org/test",
    confidence: "confirmed",
    note: null,
    ...extra,
  };
}

const history = [
  event("applies", "2000-04-30"),
  event("extension-granted", "2008-11", { deadline: "2014-03-01", meeting: "Ninth Meeting of the States Parties" }),
  event("completed", "2012"),
  event("reopened", "2016-03-01", { deadline: "2018-12-31" }),
];

describe("obligationStanding", () => {
  it("says 'not known' without an event, and gives the original deadline", () => {
    const standing = obligationStanding(clearance, [], timeline, "2005-01-01");
    expect([standing.status, standing.originalDeadline, standing.informationOn]).toEqual([
      "not-known",
      "2009-03-01",
      null,
    ]);
  });

  it("follows the extension granted, and counts a completion dated by year from its last day", () => {
    expect(obligationStanding(clearance, history, timeline, "2010-01-01")).toMatchObject({
      status: "in-progress",
      deadline: "2014-03-01",
    });
    expect(obligationStanding(clearance, history, timeline, "2012-12-30").status).toBe("in-progress");
    expect(obligationStanding(clearance, history, timeline, "2012-12-31").status).toBe("completed");
  });

  it("re-opens with the new deadline, and is unresolved once it passes with nothing recorded", () => {
    expect(obligationStanding(clearance, history, timeline, "2017-01-01")).toMatchObject({
      status: "in-progress",
      deadline: "2018-12-31",
    });
    expect(obligationStanding(clearance, history, timeline, "2019-01-01").status).toBe("unresolved");
  });

  it("is overdue only when a source says the deadline was missed", () => {
    const missed = [event("applies", "2000-04-30"), event("deadline-missed", "2009-03-01")];
    expect(obligationStanding(clearance, missed, timeline, "2009-06-01").status).toBe("overdue");
    expect(obligationStanding(clearance, missed.slice(0, 1), timeline, "2009-06-01").status).toBe("unresolved");
  });

  it("dates the figure by the newest information behind it", () => {
    const newer = [
      ...history.slice(0, 2),
      { ...event("completed", "2012"), informationOn: parsePartialDate("2019-06-01")! },
    ];
    expect(obligationStanding(clearance, newer, timeline, "2013-01-01").informationOn?.text).toBe("2019-06-01");
  });
});
