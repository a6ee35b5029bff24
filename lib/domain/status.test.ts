import { describe, expect, it } from "vitest";
import { byOutsideOrder, countsOn, statusOn } from "./status";
import { action, MBT_RULES } from "./test-support";
import { buildTimelines, signedOnBy } from "./timeline";

const timelineOf = (...actions: Parameters<typeof action>[0][]) =>
  buildTimelines(MBT_RULES, actions.map(action)).get("XXX");

describe("statusOn", () => {
  const lithuania = timelineOf(
    { type: "signature", depositedOn: "1999-02-26" },
    { type: "ratification", depositedOn: "2003-05-12" },
    { type: "withdrawal", depositedOn: "2025-06-27" },
  );

  it.each([
    ["1999-02-25", "not-party", false],
    ["1999-02-26", "signatory", false],
    ["2003-05-12", "party", false],
    ["2025-06-27", "party", true],
    ["2025-12-26", "party", true],
    ["2025-12-27", "withdrawn", false],
  ] as const)(
    "on %s a state that signed, ratified and withdrew is %s (withdrawal pending: %s)",
    (date, status, pending) => {
      expect(statusOn(lithuania, date)).toMatchObject({ status, withdrawalPending: pending });
    },
  );

  it("counts from entry into force under in-force counting", () => {
    expect(statusOn(lithuania, "2003-10-31", "in-force").status).toBe("signatory");
    expect(statusOn(lithuania, "2003-11-01", "in-force").status).toBe("party");
  });

  it("keeps a state whose withdrawal is deferred a party with withdrawal pending", () => {
    const deferred = timelineOf(
      { type: "accession", depositedOn: "2005-01-01" },
      { type: "withdrawal", depositedOn: "2025-01-01", effectDeferred: true },
    );
    expect(statusOn(deferred, "2040-01-01")).toMatchObject({ status: "party", withdrawalPending: true });
  });

  it("does not change status for a suspension notice", () => {
    const ukraine = timelineOf(
      { type: "ratification", depositedOn: "2005-12-27" },
      { type: "suspension", depositedOn: "2025-07-18" },
    );
    expect(statusOn(ukraine, "2025-08-01")).toMatchObject({ status: "party", withdrawalPending: false });
    expect(ukraine?.annotations).toHaveLength(1);
  });

  it("lets a state that withdrew join again", () => {
    const rejoined = timelineOf(
      { type: "accession", depositedOn: "2001-01-10" },
      { type: "withdrawal", depositedOn: "2010-01-10" },
      { type: "accession", depositedOn: "2015-03-03" },
    );
    expect(statusOn(rejoined, "2012-01-01").status).toBe("withdrawn");
    expect(statusOn(rejoined, "2015-03-03").status).toBe("party");
  });
});

describe("countsOn", () => {
  it("counts withdrawn states among those not party so the parts add up to the total", () => {
    const timelines = buildTimelines(MBT_RULES, [
      action({ stateIso3: "AAA", type: "accession", depositedOn: "2000-01-01" }),
      action({ stateIso3: "BBB", type: "signature", depositedOn: "1997-12-03" }),
      action({ stateIso3: "CCC", type: "accession", depositedOn: "2000-01-01" }),
      action({ stateIso3: "CCC", type: "withdrawal", depositedOn: "2020-01-01" }),
    ]);
    expect(countsOn(timelines, ["AAA", "BBB", "CCC", "DDD"], "2021-01-01")).toEqual({
      statesParties: 1,
      signatories: 1,
      notParty: 2,
      withdrawn: 1,
      total: 4,
    });
  });
});

describe("signedOnBy and byOutsideOrder", () => {
  it("shows a signature only from its date on", () => {
    const timeline = timelineOf({ type: "signature", depositedOn: "1997-12-03" });
    expect(signedOnBy(timeline, "1997-12-02")).toBeNull();
    expect(signedOnBy(timeline, "1997-12-03")).toBe("1997-12-03");
    expect(signedOnBy(undefined, "2020-01-01")).toBeNull();
  });

  it("lists signatories first, then withdrawn states, then the rest, by name", () => {
    const states = [
      { status: "not-party" as const, shortName: "Andorra" },
      { status: "withdrawn" as const, shortName: "Lithuania" },
      { status: "signatory" as const, shortName: "Zimbabwe" },
      { status: "signatory" as const, shortName: "Haiti" },
    ];
    expect(states.sort(byOutsideOrder).map((s) => s.shortName)).toEqual(["Haiti", "Zimbabwe", "Lithuania", "Andorra"]);
  });
});
