import { describe, expect, it } from "vitest";
import { buildTimelines, entryIntoForceFor, withdrawalEffectiveOn } from "./timeline";
import { action, CCM_RULES as ccm, MBT_RULES as mbt } from "./test-support";
import type { TreatyRules } from "./types";

describe("entry into force for a state (Art. 17)", () => {
  it.each([
    ["Niue", ccm, "2020-08-06", "2021-02-01"],
    ["Nigeria", ccm, "2023-02-28", "2023-08-01"],
    ["South Sudan", ccm, "2023-08-03", "2024-02-01"],
    ["Marshall Islands", mbt, "2025-03-12", "2025-09-01"],
  ])("is the first day of the sixth month after deposit (%s)", (_, treaty, depositedOn, expected) => {
    expect(entryIntoForceFor(treaty, { depositedOn, effectiveOn: null })).toBe(expected);
  });

  it("is the treaty's own date for an instrument deposited before the threshold", () => {
    expect(entryIntoForceFor(mbt, { depositedOn: "1997-12-03", effectiveOn: null })).toBe("1999-03-01");
  });

  it("takes a date the source gives over the computed one (South Sudan's succession)", () => {
    expect(entryIntoForceFor(mbt, { depositedOn: "2011-11-11", effectiveOn: "2011-07-09" })).toBe("2011-07-09");
  });
});

describe("withdrawal effect (Art. 20)", () => {
  it("is six months after the notice", () => {
    expect(withdrawalEffectiveOn(mbt, action({ type: "withdrawal", depositedOn: "2025-06-27" }))).toBe("2025-12-27");
  });

  it("clamps to the end of a shorter month", () => {
    expect(withdrawalEffectiveOn(mbt, action({ type: "withdrawal", depositedOn: "2025-08-31" }))).toBe("2026-02-28");
  });

  it("is unknown while the source records a deferral", () => {
    expect(
      withdrawalEffectiveOn(mbt, action({ type: "withdrawal", depositedOn: "2025-06-27", effectDeferred: true })),
    ).toBeNull();
  });
});

describe("buildTimelines", () => {
  it("records signature, consent, withdrawal and annotations per state", () => {
    const timelines = buildTimelines(mbt, [
      action({ type: "withdrawal", depositedOn: "2025-06-27" }),
      action({ type: "ratification", depositedOn: "2003-05-12" }),
      action({ type: "signature", depositedOn: "1999-02-26" }),
      action({ stateIso3: "UKR", type: "suspension", depositedOn: "2025-07-18" }),
    ]);
    expect(timelines.get("XXX")).toEqual({
      stateIso3: "XXX",
      signedOn: "1999-02-26",
      participations: [
        {
          consentType: "ratification",
          consentOn: "2003-05-12",
          entryIntoForceOn: "2003-11-01",
          withdrawalNoticeOn: "2025-06-27",
          withdrawalEffectiveOn: "2025-12-27",
        },
      ],
      annotations: [],
    });
    expect(timelines.get("UKR")?.annotations.map((a) => a.type)).toEqual(["suspension"]);
  });
});

describe("entry into force for a later joiner under the ninetieth-day rule (TPNW Art. 15, ATT Art. 22)", () => {
  // The TPNW: open for signature 20 Sep 2017; Honduras's instrument, the 50th, deposited on
  // 24 Oct 2020 brought it into force on the ninetieth day after, 22 Jan 2021.
  const TPNW: TreatyRules = {
    slug: "tpnw",
    openedForSignatureOn: "2017-09-20",
    entryIntoForceOn: "2021-01-22",
    signatureClosesOn: null,
    laterJoiners: { kind: "days-after", days: 90 },
    withdrawalNoticeMonths: 12,
  };

  it("counts ninety days from the deposit, never before the treaty's own entry into force", () => {
    expect(entryIntoForceFor(TPNW, { depositedOn: "2020-10-24", effectiveOn: null })).toBe("2021-01-22");
    expect(entryIntoForceFor(TPNW, { depositedOn: "2019-01-01", effectiveOn: null })).toBe("2021-01-22");
    // Across a leap day: 1 Dec 2023 + 90 days = 29 Feb 2024.
    expect(entryIntoForceFor(TPNW, { depositedOn: "2023-12-01", effectiveOn: null })).toBe("2024-02-29");
  });
});
