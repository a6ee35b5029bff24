import { describe, expect, it } from "vitest";
import { actionProblems, historyProblems, newHistoryProblems } from "./action-rules";
import { action, CCM_RULES } from "./test-support";

const ccm = { ...CCM_RULES, shortName: "CCM" };
const TODAY = "2026-12-01";
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe("actionProblems", () => {
  it("accepts Niue's accession of 6 Aug 2020", () => {
    expect(actionProblems(ccm, action({ type: "accession", depositedOn: "2020-08-06" }), TODAY)).toEqual([]);
  });

  it("refuses a date before the treaty opened for signature (3 Dec 2008) or in the future", () => {
    expect(actionProblems(ccm, action({ type: "signature", depositedOn: "2008-12-02" }), TODAY)).toEqual([
      { field: "depositedOn", message: "2008-12-02 is before the CCM opened for signature on 2008-12-03" },
    ]);
    expect(fields(actionProblems(ccm, action({ type: "accession", depositedOn: "2026-12-02" }), TODAY))).toEqual([
      "depositedOn",
    ]);
  });

  it("refuses a signature after entry into force (1 Aug 2010): states accede instead", () => {
    expect(actionProblems(ccm, action({ type: "signature", depositedOn: "2010-08-01" }), TODAY)).toEqual([]);
    expect(actionProblems(ccm, action({ type: "signature", depositedOn: "2010-08-02" }), TODAY)[0]?.message).toMatch(
      /the CCM was open for signature only until 2010-08-01; states accede instead/,
    );
  });

  it("accepts a signature at any time for a treaty that stays open for signature (TPNW Art. 13)", () => {
    const tpnw = {
      ...ccm,
      shortName: "TPNW",
      openedForSignatureOn: "2017-09-20",
      entryIntoForceOn: "2021-01-22",
      signatureClosesOn: null,
    };
    expect(actionProblems(tpnw, action({ type: "signature", depositedOn: "2024-09-24" }), TODAY)).toEqual([]);
  });

  it("lets only a withdrawal be deferred, and never with an effect date as well", () => {
    expect(
      fields(
        actionProblems(ccm, action({ type: "accession", depositedOn: "2020-08-06", effectDeferred: true }), TODAY),
      ),
    ).toEqual(["effectDeferred"]);
    expect(
      fields(
        actionProblems(
          ccm,
          action({ type: "withdrawal", depositedOn: "2024-09-06", effectDeferred: true, effectiveOn: "2025-03-06" }),
          TODAY,
        ),
      ),
    ).toEqual(["effectiveOn"]);
  });
});

describe("historyProblems", () => {
  it("refuses a second consent while the first stands, and a withdrawal by a state that never joined", () => {
    const problems = historyProblems([
      { type: "ratification", depositedOn: "2010-01-01" },
      { type: "accession", depositedOn: "2012-01-01" },
      { type: "withdrawal", depositedOn: "2013-01-01" },
      { type: "withdrawal", depositedOn: "2014-01-01" },
    ]);
    expect(problems.map(({ index }) => index)).toEqual([1, 3]);
    expect(problems[0]?.problem.message).toBe(
      "the state is already bound by its ratification of 2010-01-01 and has not withdrawn",
    );
    expect(problems[1]?.problem.message).toBe("only a party can withdraw: no consent to be bound before 2014-01-01");
  });

  it("allows joining again after a withdrawal", () => {
    expect(
      historyProblems([
        { type: "accession", depositedOn: "2010-01-01" },
        { type: "withdrawal", depositedOn: "2015-01-01" },
        { type: "accession", depositedOn: "2020-01-01" },
      ]),
    ).toEqual([]);
  });

  it("names a duplicate", () => {
    const twice = { type: "accession" as const, depositedOn: "2020-08-06" };
    expect(historyProblems([twice, twice])[0]?.problem.message).toBe(
      "the same accession of 2020-08-06 is already recorded",
    );
  });
});

describe("newHistoryProblems", () => {
  it("refuses deleting the consent a recorded withdrawal depends on", () => {
    // Lithuania: ratified the CCM in 2011, notified withdrawal on 6 Sep 2024.
    const before = [
      { type: "ratification" as const, depositedOn: "2011-03-24" },
      { type: "withdrawal" as const, depositedOn: "2024-09-06" },
    ];
    expect(newHistoryProblems(before, before.slice(1))).toEqual([
      { field: "type", message: "only a party can withdraw: no consent to be bound before 2024-09-06" },
    ]);
    expect(newHistoryProblems(before, before.slice(0, 1))).toEqual([]);
  });
});
