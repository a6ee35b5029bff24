import { describe, expect, it } from "vitest";
import type { ActionPreview } from "@/lib/domain/action-preview";
import { previewSentences } from "./preview-sentences";

const NIUE_ACCESSION: ActionPreview = {
  on: "2020-08-06",
  before: { status: "not-party", withdrawalPending: false },
  after: { status: "party", withdrawalPending: false },
  entryIntoForceOn: "2021-02-01",
  withdrawalEffectiveOn: null,
  statesParties: { deposit: { before: 108, after: 109 }, "in-force": { before: 108, after: 108 } },
};

describe("previewSentences", () => {
  it("says what an accession changes, under both counting rules", () => {
    expect(previewSentences(NIUE_ACCESSION, "Niue", "accession").join(" ")).toBe(
      "Niue on 6 Aug 2020: Not party → State Party. Enters into force for Niue on 1 Feb 2021. " +
        "States Parties on 6 Aug 2020: 108 → 109 counted from deposit; 108 → 108 counted from entry into force.",
    );
  });

  it("gives a withdrawal's effect date, or says it is deferred", () => {
    const withdrawal: ActionPreview = {
      on: "2024-07-20",
      before: { status: "party", withdrawalPending: false },
      after: { status: "party", withdrawalPending: true },
      entryIntoForceOn: null,
      withdrawalEffectiveOn: "2025-03-06",
      statesParties: { deposit: { before: 112, after: 112 }, "in-force": { before: 112, after: 112 } },
    };
    const sentences = previewSentences(withdrawal, "Lithuania", "withdrawal");
    expect(sentences[0]).toBe("Lithuania on 20 Jul 2024: State Party → State Party (withdrawal pending).");
    expect(sentences[1]).toBe("The withdrawal takes effect for Lithuania on 6 Mar 2025.");
    expect(previewSentences({ ...withdrawal, withdrawalEffectiveOn: null }, "Lithuania", "withdrawal")[1]).toBe(
      "The withdrawal's effect is deferred until an armed conflict ends: no date yet.",
    );
  });
});
