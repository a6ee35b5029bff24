import { describe, expect, it } from "vitest";
import type { ImportRowResult } from "@/lib/admin/import-result";
import { countsSentence, importLabel, nextStep, orderedRows } from "./import-rows";

const row = (line: number, outcome: ImportRowResult["outcome"]): ImportRowResult => ({
  line,
  state: "NIU",
  action: "accession",
  depositedOn: "2020-08-06",
  outcome,
  reasons: [],
  changes: [],
  notes: [],
});

describe("the import preview", () => {
  it("lists refused rows first, then changed, added and unchanged, each in file order", () => {
    const rows = [row(2, "unchanged"), row(3, "added"), row(4, "refused"), row(5, "changed"), row(6, "refused")];
    expect(orderedRows(rows).map(({ line }) => line)).toEqual([4, 6, 5, 3, 2]);
  });

  it("sums up the counts and says what can be done next", () => {
    const counts = { added: 1, changed: 1, unchanged: 1_204, refused: 1 };
    expect(countsSentence(counts)).toBe("1 added, 1 changed, 1,204 unchanged, 1 refused.");
    expect(nextStep(counts)).toMatch(/^Nothing can be imported while a row is refused/);
    expect(nextStep({ ...counts, refused: 0 })).toMatch(/^Nothing is saved yet/);
    expect(nextStep({ added: 0, changed: 0, unchanged: 3, refused: 0 })).toMatch(/^Nothing to import/);
    expect([importLabel(1), importLabel(1_204)]).toEqual(["Import 1 row", "Import 1,204 rows"]);
  });
});
