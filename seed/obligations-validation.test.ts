// The obligation files are refused row by row, as `file:line field: message`,
// like the action files: a copy of seed/data with one row added per case.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED_DATA_DIR, SeedValidationError } from "./read-files";
import { readSeed } from "./read-seed";

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const clearanceFile = (dir: string) => path.join(dir, "obligations", "mine-ban-treaty", "art-5-clearance.csv");
const SOURCE = "https://example.org/test-source";

/** The problems readSeed reports for seed/data with `row` added to the Mine Ban Treaty's clearance file. */
function issuesWithRow(row: string): { issues: string[]; line: number } {
  const dir = mkdtempSync(path.join(tmpdir(), "obligations-"));
  tempDirs.push(dir);
  cpSync(SEED_DATA_DIR, dir, { recursive: true });
  appendFileSync(clearanceFile(dir), `${row.replace("SRC", SOURCE)}\n`);
  const line = readFileSync(clearanceFile(dir), "utf8").trimEnd().split("\n").length;
  try {
    readSeed(dir, "2026-11-23");
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    return {
      issues: error.issues.map((i) => `${i.file.split("obligations/")[1]}:${i.line} ${i.field}: ${i.message}`),
      line,
    };
  }
  return { issues: [], line };
}

describe("obligation files refuse an impossible history, naming the file, line and field", () => {
  it.each([
    [
      // Afghanistan's obligation is known to apply from its report of 1 Sep 2003 (ISU).
      "an extension before the obligation applies",
      "AFG,extension-granted,2003-05,2014-01-01,Fourth Meeting of the States Parties,2003-05,SRC,confirmed,",
      "event_on: extension-granted on 2003-05 is before the obligation applies (2003-09-01)",
    ],
    [
      // South Sudan's treaty took effect on 9 Jul 2011 (its succession).
      "a completion before entry into force",
      "SSD,completed,2010-05-01,,,2010-05-01,SRC,confirmed,",
      "event_on: completion on 2010-05-01 is before the treaty entered into force for the state (2011-07-09)",
    ],
    [
      // Afghanistan's deadline was already 1 Mar 2023 after the Twelfth Meeting.
      "a deadline that moves backwards",
      "AFG,extension-granted,2013-12,2020-01-01,Thirteenth Meeting of the States Parties,2013-12,SRC,confirmed,",
      "deadline: 2020-01-01 does not move the deadline forward: it was already 2023-03-01",
    ],
    [
      "a deadline missed before it passed",
      "AFG,deadline-missed,2012-01-01,,,2012-01-01,SRC,confirmed,",
      "event_on: the deadline had not passed on 2012-01-01: it was 2013-03-01",
    ],
    ["an impossible date", "AFG,applies,2020-02-30,,,2020,SRC,confirmed,", "event_on: must be a real date"],
    [
      "an extension granted by no named meeting",
      "AFG,extension-granted,2024-12,2030-01-01,,2024-12,SRC,confirmed,",
      "meeting: is required: the meeting that granted it",
    ],
    ["a state that is not a party", "USA,applies,2020-01-01,,,2020-01-01,SRC,confirmed,", "state: not a State Party"],
    ["a source that is no web address", "AFG,applies,2020-01-01,,,2020-01-01,ISU page,confirmed,", "source: must be"],
    [
      "a source carrying an encoded line break (a scanner's payload)",
      "AFG,applies,2020-01-01,,,2020-01-01,https://example.org/page/?L=1%0Aexpr%20988156629,confirmed,",
      "source: must not contain an encoded line break",
    ],
    [
      "an uncertain row without a note",
      "AFG,applies,2020-01-01,,,2020-01-01,SRC,uncertain,",
      "note: is required when confidence is uncertain",
    ],
  ])("refuses %s", (_, row, expected) => {
    const { issues, line } = issuesWithRow(row);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(`mine-ban-treaty/art-5-clearance.csv:${line} ${expected}`);
  });

  it("accepts the shipped files", () => {
    expect(() => readSeed(SEED_DATA_DIR, "2026-11-23")).not.toThrow();
  });
});
