import { describe, expect, it } from "vitest";
import { withdrawalNotices } from "./end-notes";

describe("withdrawalNotices", () => {
  it("finds a notice written before its C.N. reference and its effect", () => {
    const text =
      "On 27 June 2025, the Government of the Republic of Latvia deposited with the Secretary-General a notification of withdrawal (See depositary notification C.N.361.2025.TREATIES-XXVI-5 of 3 July 2025). The withdrawal took effect for Latvia on 27 December 2025 in accordance with article 20 (3) of the Convention.";
    expect(withdrawalNotices(text)).toEqual([
      {
        state: "Latvia",
        noticeOn: "2025-06-27",
        effectiveOn: "2025-12-27",
        cnReference: "C.N.361.2025.TREATIES-XXVI-5",
      },
    ]);
  });

  it("names the state from the notice when no effect is stated, and leaves the effect empty", () => {
    expect(
      withdrawalNotices(
        "On 2 March 2027, the Government of the Republic of Ruritania notified the Secretary-General of its decision to withdraw from the Convention.",
      ),
    ).toEqual([{ state: "Republic of Ruritania", noticeOn: "2027-03-02", effectiveOn: null, cnReference: null }]);
  });

  it("keeps two notices in one note apart, each with what follows it", () => {
    const text =
      "On 1 May 2030, the Government of A deposited a notification of withdrawal (C.N.1.2030.TREATIES-XXVI-6). On 2 June 2031, the Government of B deposited a notification of withdrawal. The withdrawal took effect for B on 2 December 2031.";
    expect(withdrawalNotices(text)).toEqual([
      { state: "A", noticeOn: "2030-05-01", effectiveOn: null, cnReference: "C.N.1.2030.TREATIES-XXVI-6" },
      { state: "B", noticeOn: "2031-06-02", effectiveOn: "2031-12-02", cnReference: null },
    ]);
  });

  it("finds nothing in notes about other matters", () => {
    expect(withdrawalNotices("On 30 March 2016, the Government of Ukraine made a communication.")).toEqual([]);
    expect(
      withdrawalNotices("Upon its ratification, the Government of Denmark notified the Secretary-General."),
    ).toEqual([]);
  });
});
