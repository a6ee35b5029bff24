import { describe, expect, it } from "vitest";
import { fieldErrorSentence, summaryItems } from "./field-errors";

describe("fieldErrorSentence", () => {
  it("reads the schema's message after the label", () => {
    expect(fieldErrorSentence("Treaty", "is required: choose a treaty")).toBe("Treaty is required: choose a treaty.");
    expect(fieldErrorSentence("Action type", "already recorded")).toBe("Action type already recorded.");
  });

  it("puts a colon before a message that is a sentence of its own", () => {
    expect(fieldErrorSentence("Effect date", "a signature has no effective date")).toBe(
      "Effect date: a signature has no effective date.",
    );
    expect(fieldErrorSentence("Deposit date", "2030-01-01 is in the future")).toBe(
      "Deposit date: 2030-01-01 is in the future.",
    );
  });
});

describe("summaryItems", () => {
  const fields = { state: { id: "record-state", label: "State" } };

  it("links each message to its field", () => {
    expect(summaryItems({ state: ['no state matches "Nieu"'] }, fields)).toEqual([
      { href: "#record-state", text: 'State: no state matches "Nieu".' },
    ]);
  });

  it("keeps a message for a field the form does not show, unlinked", () => {
    expect(summaryItems({ form: ["You are not signed in."], state: undefined }, fields)).toEqual([
      { href: null, text: "You are not signed in." },
    ]);
    expect(summaryItems({ type: ["already recorded"] }, fields, { type: "Action type" })).toEqual([
      { href: null, text: "Action type already recorded." },
    ]);
  });
});
