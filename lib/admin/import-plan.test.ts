import { describe, expect, it } from "vitest";
import { CCM_RULES } from "../domain/test-support";
import { planImport, type ExistingAction, type ImportContext } from "./import-plan";

const HEADER = "state,action,deposited_on,effective_on,source,confidence,note";
const UN = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en";

let nextId = 1;
const recorded = (
  stateIso3: string,
  type: ExistingAction["type"],
  depositedOn: string,
  note: string | null = null,
) => ({
  id: nextId++,
  stateIso3,
  type,
  depositedOn,
  effectiveOn: null,
  effectDeferred: false,
  source: UN,
  confidence: "confirmed",
  note,
});

const context: ImportContext = {
  treaty: { ...CCM_RULES, shortName: "CCM" },
  stateIsos: new Set(["AFG", "ARM", "NIU", "NZL"]),
  existing: [
    recorded("AFG", "signature", "2008-12-03"),
    recorded("AFG", "ratification", "2011-09-08"),
    recorded("NZL", "signature", "2008-12-03"),
    recorded("NZL", "ratification", "2009-12-22", "Not applicable to Tokelau."),
  ],
  today: "2026-12-01",
};

const plan = (...lines: string[]) => planImport([HEADER, ...lines].join("\n"), context);

function rows(...lines: string[]) {
  const result = plan(...lines);
  if (!result.ok) throw new Error(`the file was refused: ${result.problems.join("; ")}`);
  return result;
}

describe("planImport: each row added, changed, unchanged or refused", () => {
  it("finds an unchanged row, a changed one (naming the fields) and an added one", () => {
    const result = rows(
      `AFG,signature,2008-12-03,,${UN},confirmed,`,
      `NZL,ratification,2009-12-22,,${UN},unconfirmed,"Not applicable to Tokelau; see C.N.123.2009."`,
      `NIU,accession,2020-08-06,,${UN},confirmed,`,
    );
    expect(result.counts).toEqual({ added: 1, changed: 1, unchanged: 1, refused: 0 });
    expect(result.rows.map((row) => [row.line, row.outcome])).toEqual([
      [2, "unchanged"],
      [3, "changed"],
      [4, "added"],
    ]);
    expect(result.rows[1]?.changes).toEqual([
      { field: "confidence", before: "confirmed", after: "unconfirmed" },
      { field: "note", before: "Not applicable to Tokelau.", after: "Not applicable to Tokelau; see C.N.123.2009." },
    ]);
    expect(result.added.map((row) => [row.stateIso3, row.type, row.depositedOn])).toEqual([
      ["NIU", "accession", "2020-08-06"],
    ]);
    expect(result.changed.map(({ id }) => id)).toEqual([context.existing[3]?.id]);
  });

  it("reads quotes and commas inside quoted cells as text", () => {
    const result = rows(`NIU,accession,2020-08-06,,${UN},confirmed,"Deposited, it says, ""with reservations"""`);
    expect(result.rows[0]?.outcome).toBe("added");
    expect(result.added[0]?.note).toBe('Deposited, it says, "with reservations"');
  });

  it("refuses bad dates, naming the line and the column", () => {
    const result = rows(
      `NIU,accession,2021-02-29,,${UN},confirmed,`,
      `ARM,accession,06/08/2020,2020-13-01,${UN},confirmed,`,
    );
    expect(result.rows.map((row) => row.reasons)).toEqual([
      ["line 2, deposited_on: must be a real date written YYYY-MM-DD"],
      [
        "line 3, deposited_on: must be a real date written YYYY-MM-DD",
        "line 3, effective_on: must be a real date written YYYY-MM-DD",
      ],
    ]);
    expect(result.counts.refused).toBe(2);
  });

  it("refuses an unknown state code, naming it, and keeps the cells as written for the table", () => {
    const result = rows(`XYZ,accession,2020-08-06,,${UN},confirmed,`);
    expect(result.rows[0]).toMatchObject({
      outcome: "refused",
      state: "XYZ",
      action: "accession",
      depositedOn: "2020-08-06",
      reasons: ["line 2, state: unknown state code XYZ"],
    });
  });

  it("refuses the second of two identical lines, pointing to the first", () => {
    const line = `NIU,accession,2020-08-06,,${UN},confirmed,`;
    const result = rows(line, line);
    expect(result.rows.map((row) => row.outcome)).toEqual(["added", "refused"]);
    expect(result.rows[1]?.reasons).toEqual(["line 3, state: repeats line 2: NIU's accession of 2020-08-06"]);
  });

  it("refuses a second consent while the first stands, and a withdrawal with no consent", () => {
    const result = rows(`NZL,accession,2020-01-01,,${UN},confirmed,`, `ARM,withdrawal,2021-01-01,,${UN},confirmed,`);
    expect(result.rows.map((row) => row.reasons)).toEqual([
      ["line 2, action: the state is already bound by its ratification of 2009-12-22 and has not withdrawn"],
      ["line 3, action: only a party can withdraw: no consent to be bound before 2021-01-01"],
    ]);
  });

  it("judges the history as it would be after the import: a consent and a withdrawal in one file are fine", () => {
    const result = rows(`ARM,withdrawal,2021-01-01,,${UN},confirmed,`, `ARM,accession,2019-05-01,,${UN},confirmed,`);
    expect(result.counts).toMatchObject({ added: 2, refused: 0 });
  });

  it("refuses a new consent that would make a recorded one a second consent, saying which", () => {
    const result = rows(`AFG,accession,2010-01-01,,${UN},confirmed,`);
    expect(result.rows[0]?.reasons).toEqual([
      "line 2, action: would make the recorded ratification of 2011-09-08 impossible: the state is already bound by its accession of 2010-01-01 and has not withdrawn",
    ]);
  });

  it("applies the treaty's rules to each row: not before it opened, not in the future, no late signature", () => {
    const result = rows(
      `NIU,accession,2008-01-01,,${UN},confirmed,`,
      `ARM,accession,2027-01-01,,${UN},confirmed,`,
      `NIU,signature,2020-08-06,,${UN},confirmed,`,
    );
    expect(result.rows.map((row) => row.reasons[0])).toEqual([
      "line 2, deposited_on: 2008-01-01 is before the CCM opened for signature on 2008-12-03",
      "line 3, deposited_on: 2027-01-01 is in the future",
      "line 4, action: the CCM was open for signature only until 2010-08-01; states accede instead",
    ]);
  });

  it("accepts a note that looks like a spreadsheet formula as plain text, and says so", () => {
    const result = rows(`NIU,accession,2020-08-06,,${UN},confirmed,"=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(result.rows[0]).toMatchObject({
      outcome: "added",
      notes: ['note starts with "=": kept as plain text, never run as a formula'],
    });
    expect(result.added[0]?.note).toBe('=HYPERLINK("https://evil.example","click")');
  });

  it("refuses a row with more or fewer cells than the header has columns", () => {
    const result = rows(`NIU,accession,2020-08-06,,${UN},confirmed,a note,another`, `NIU,accession`);
    expect(result.rows.map((row) => row.reasons)).toEqual([
      ["line 2: has 8 cells where the header has 7 columns (a cell holding a comma must be in quotes)"],
      ["line 3: has 2 cells where the header has 7 columns (a cell holding a comma must be in quotes)"],
    ]);
  });

  it("refuses what the admin's form refuses: a source that is no address, a wrong action name, capitals", () => {
    const result = rows(`niu,Accession,2020-08-06,,somewhere,sure,`);
    expect(result.rows[0]?.reasons).toEqual([
      "line 2, state: must be an ISO 3166 alpha-3 code in capitals",
      expect.stringMatching(/^line 2, action: must be one of signature, ratification/),
      expect.stringMatching(/^line 2, source: must be a web address \(https:\/\/…\) or a depositary notification/),
      "line 2, confidence: must be confirmed or unconfirmed",
    ]);
  });

  it("refuses control and text-direction characters, and a line break anywhere but in a note", () => {
    const result = rows(
      `NIU,accession,2020-08-06,,${UN},confirmed,"bell\u0007"`,
      `ARM,accession,2020-08-06,,${UN},confirmed,"\u202Edetacer"`,
      `NZL,signature,2008-12-03,,"${UN}\n",confirmed,"two\nlines are fine"`,
    );
    expect(result.rows.map((row) => row.reasons)).toEqual([
      ["line 2, note: has a control character (a line break, tab or invisible code): remove it"],
      ["line 3, note: has an invisible text-direction character: remove it"],
      ["line 4, source: has a control character (a line break, tab or invisible code): remove it"],
    ]);
  });

  it("takes the optional effect_deferred column and lets only a withdrawal be deferred", () => {
    const header = "state,action,deposited_on,effective_on,effect_deferred,source,confidence,note";
    const result = planImport(
      `${header}\nAFG,signature,2008-12-03,,,${UN},confirmed,\nNIU,accession,2020-08-06,,yes,${UN},confirmed,`,
      context,
    );
    expect(result.ok && result.rows.map((row) => row.reasons)).toEqual([
      [],
      ["line 3, effect_deferred: only a withdrawal's effect can be deferred (until an armed conflict ends)"],
    ]);
  });
});
