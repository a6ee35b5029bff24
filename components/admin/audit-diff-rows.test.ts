import { describe, expect, it } from "vitest";
import { auditDiff } from "./audit-diff-rows";

const NIUE = {
  id: 412,
  treaty: "ccm",
  state: "NIU",
  type: "accession",
  depositedOn: "2020-08-06",
  effectiveOn: null,
  effectDeferred: false,
  source: "https://treaties.un.org/",
  confidence: "confirmed",
  note: null,
  origin: "admin",
  version: 1,
};

describe("auditDiff", () => {
  it("lists only the fields a correction changed, before and after", () => {
    const after = { ...NIUE, depositedOn: "2020-08-07", note: "Date per C.N.", version: 2 };
    expect(auditDiff(NIUE, after)).toEqual({
      columns: ["before", "after"],
      rows: [
        { field: "Deposited on", before: "6 Aug 2020", after: "7 Aug 2020" },
        { field: "Note", before: "(empty)", after: "Date per C.N." },
        { field: "Version", before: "1", after: "2" },
      ],
    });
  });

  it("shows a creation with only an after column, in words", () => {
    const diff = auditDiff(null, NIUE);
    expect(diff.columns).toEqual(["after"]);
    expect(diff.rows).toContainEqual({ field: "Action type", after: "Accession" });
    expect(diff.rows).toContainEqual({ field: "Effect deferred", after: "no" });
    expect(diff.rows.every((row) => row.before === undefined)).toBe(true);
  });

  it("shows a deletion with only a before column", () => {
    const diff = auditDiff(NIUE, null);
    expect(diff.columns).toEqual(["before"]);
    expect(diff.rows[0]).toEqual({ field: "Row", before: "412" });
  });

  it("has nothing to show for an entry without data", () => {
    expect(auditDiff(null, null)).toEqual({ columns: [], rows: [] });
  });
});
