import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { utcDateFromIso } from "../lib/domain/dates";
import { actionsCsv } from "./export-actions";
import { actionRowSchema } from "../lib/validations/action-row";

const MBT = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en";

function action(fields: {
  state: string;
  type: Parameters<typeof actionsCsv>[0][number]["type"];
  on: string;
  effectiveOn?: string;
  effectDeferred?: boolean;
  note?: string;
}) {
  return {
    stateIso3: fields.state,
    type: fields.type,
    depositedOn: utcDateFromIso(fields.on),
    effectiveOn: fields.effectiveOn ? utcDateFromIso(fields.effectiveOn) : null,
    effectDeferred: fields.effectDeferred ?? false,
    source: MBT,
    confidence: "confirmed" as const,
    note: fields.note ?? null,
  };
}

const QUOTED = 'end note 8 says the withdrawal "will take effect for Poland on 20 February 2026"';

// Rows of the shipped Mine Ban Treaty file, given out of order.
const sample = [
  action({ state: "POL", type: "withdrawal", on: "2025-08-20", effectiveOn: "2026-02-20", note: QUOTED }),
  action({ state: "CHE", type: "provisional_application", on: "1998-03-24" }),
  action({ state: "CHE", type: "ratification", on: "1998-03-24" }),
  action({ state: "CHE", type: "signature", on: "1997-12-03" }),
  action({ state: "AFG", type: "accession", on: "2002-09-11" }),
];

describe("actionsCsv", () => {
  it("writes the seed columns, by state, then date, then signature before instruments before declarations", () => {
    expect(actionsCsv(sample)).toBe(
      [
        "state,action,deposited_on,effective_on,source,confidence,note",
        `AFG,accession,2002-09-11,,${MBT},confirmed,`,
        `CHE,signature,1997-12-03,,${MBT},confirmed,`,
        `CHE,ratification,1998-03-24,,${MBT},confirmed,`,
        `CHE,provisional-application,1998-03-24,,${MBT},confirmed,`,
        `POL,withdrawal,2025-08-20,2026-02-20,${MBT},confirmed,"end note 8 says the withdrawal ""will take effect for Poland on 20 February 2026"""`,
        "",
      ].join("\n"),
    );
  });

  it("adds the effect_deferred column only when a withdrawal is deferred, and the loader reads back what was written", () => {
    // Not a fact: Poland's withdrawal flagged deferred to exercise the encoding.
    const csv = actionsCsv([...sample.slice(1), { ...sample[0]!, effectiveOn: null, effectDeferred: true }]);
    expect(csv.split("\n")[0]).toBe("state,action,deposited_on,effective_on,effect_deferred,source,confidence,note");

    const rows = (parse(csv, { columns: true }) as unknown[]).map((row) => actionRowSchema.parse(row));
    expect(rows.map((row) => [row.state, row.action, row.effect_deferred, row.effective_on, row.note])).toEqual([
      ["AFG", "accession", false, null, null],
      ["CHE", "signature", false, null, null],
      ["CHE", "ratification", false, null, null],
      ["CHE", "provisional-application", false, null, null],
      ["POL", "withdrawal", true, null, QUOTED],
    ]);
  });
});
