import { describe, expect, it } from "vitest";
import { ACTION_TYPES } from "../domain/types";
import { actionSentence, actionTitle } from "./action-wording";

describe("an action in words", () => {
  it("titles each type of action", () => {
    expect(actionTitle("Niue", "accession", "Convention on Cluster Munitions")).toBe(
      "Niue: accession to the Convention on Cluster Munitions",
    );
    expect(actionTitle("Poland", "withdrawal", "Mine Ban Treaty")).toBe(
      "Poland: notice of withdrawal from the Mine Ban Treaty",
    );
    expect(actionTitle("Ukraine", "suspension", "Mine Ban Treaty")).toBe(
      "Ukraine: notice suspending the Mine Ban Treaty (disputed)",
    );
  });

  it("says the date in words in every sentence", () => {
    for (const type of ACTION_TYPES) {
      expect(actionSentence("Niue", type, "CCM", "2020-08-06")).toMatch(/^Niue .*6 Aug 2020/);
    }
    expect(actionSentence("Niue", "ratification", "CCM", "2020-08-06")).toBe(
      "Niue deposited its instrument of ratification of the CCM on 6 Aug 2020.",
    );
  });
});
