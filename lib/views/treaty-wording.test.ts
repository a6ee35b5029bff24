import { describe, expect, it } from "vitest";
import { laterJoinerWording, ordinal, treatyNames, withdrawalWording } from "./treaty-wording";

describe("a treaty's rules in words", () => {
  it("writes ordinals as people read them", () => {
    expect([1, 2, 3, 4, 6, 11, 12, 13, 21, 22, 90, 101, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "6th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "90th",
      "101st",
      "111th",
    ]);
  });

  it("states the rule for later joiners of the MBT and CCM (Art. 17) and of the TPNW (Art. 15(2))", () => {
    expect(laterJoinerWording({ kind: "first-day-of-month-after", months: 6 })).toBe(
      "on the first day of the 6th month after its deposit",
    );
    expect(laterJoinerWording({ kind: "days-after", days: 90 })).toBe("on the 90th day after its deposit");
  });

  it("states the withdrawal notice", () => {
    expect(withdrawalWording(12)).toBe("12 months after the depositary receives the notice");
    expect(withdrawalWording(1)).toBe("1 month after the depositary receives the notice");
  });

  it("lists the treaties' names, however many there are", () => {
    expect(treatyNames([])).toBe("the treaties");
    expect(treatyNames(["Mine Ban Treaty"])).toBe("the Mine Ban Treaty");
    expect(treatyNames(["Mine Ban Treaty", "Convention on Cluster Munitions", "TPNW"])).toBe(
      "the Mine Ban Treaty, the Convention on Cluster Munitions and the TPNW",
    );
  });
});
