import { describe, expect, it } from "vitest";
import { actionFieldRefs, actionValues } from "./action-form-fields";

describe("actionValues", () => {
  const typed = {
    treaty: "ccm",
    state: "Niue (NIU)",
    depositedOn: "2020-08-06",
    effectiveOn: "2020-09-01",
    effectDeferred: "on",
    reason: "typo",
  };

  it("keeps a withdrawal's effect date and deferral, and drops what is not the action's", () => {
    expect(actionValues({ ...typed, type: "withdrawal" })).toEqual({
      treaty: "ccm",
      state: "Niue (NIU)",
      type: "withdrawal",
      depositedOn: "2020-08-06",
      effectiveOn: "2020-09-01",
      effectDeferred: "on",
    });
  });

  it("keeps a consent's effect date but never a deferral; a signature takes neither", () => {
    expect(actionValues({ ...typed, type: "succession" })).not.toHaveProperty("effectDeferred");
    expect(actionValues({ ...typed, type: "succession" })).toHaveProperty("effectiveOn", "2020-09-01");
    expect(actionValues({ ...typed, type: "signature" })).not.toHaveProperty("effectiveOn");
  });
});

describe("actionFieldRefs", () => {
  it("links to the form's own field ids, without treaty and state in a correction", () => {
    expect(actionFieldRefs("record", false).state).toEqual({ id: "record-state", label: "State" });
    expect(actionFieldRefs("correct", true)).not.toHaveProperty("state");
  });
});
