import { describe, expect, it } from "vitest";
import { readImportCsv } from "./import-csv";
import { MAX_IMPORT_BYTES } from "./import-result";

const HEADER = "state,action,deposited_on,effective_on,source,confidence,note";
const ROW = "NIU,accession,2020-08-06,,https://example.org,confirmed,";

const problems = (text: string) => {
  const file = readImportCsv(text);
  return file.ok ? [] : file.problems;
};

describe("readImportCsv: the file as a whole", () => {
  it("accepts a byte order mark and CRLF line endings, numbering lines as an editor shows them", () => {
    const file = readImportCsv(
      `\uFEFF${HEADER}\r\n${ROW}\r\n\r\n"NZL",signature,2008-12-03,,x,confirmed,"two\r\nlines"\r\n,,,,,,\r\n${ROW}`,
    );
    expect(file.ok && file.records.map((record) => [record.line, record.cells.state, record.cells.note])).toEqual([
      [2, "NIU", ""],
      [4, "NZL", "two\nlines"],
      [7, "NIU", ""],
    ]);
  });

  it("reads the columns by name, in any order, with the optional effect_deferred", () => {
    const file = readImportCsv(
      "note, source ,effect_deferred,confidence,effective_on,deposited_on,action,state\nhi,x,,confirmed,,2020-08-06,accession,NIU",
    );
    expect(file.ok && file.records[0]?.cells).toEqual({
      note: "hi",
      source: "x",
      effect_deferred: "",
      confidence: "confirmed",
      effective_on: "",
      deposited_on: "2020-08-06",
      action: "accession",
      state: "NIU",
    });
  });

  it("refuses a header with an unknown column or a missing one, naming them", () => {
    expect(problems(`${HEADER},comment\n${ROW},x`)).toEqual([
      "has a column the format does not have: comment (the columns are state,action,deposited_on,effective_on,source,confidence,note, and optionally effect_deferred)",
    ]);
    expect(problems("state,action,deposited_on,effective_on,Source,confidence\nx")).toEqual([
      expect.stringMatching(/^has a column the format does not have: Source \(/),
      "has no columns source, note in its header",
    ]);
    expect(problems(`${HEADER},state\n`)).toEqual(["has state more than once in its header"]);
  });

  it("refuses a file without a header row, or with semicolons for commas", () => {
    expect(problems(`${ROW}\n${ROW}`)).toEqual([
      "has no header row: its first line must name the columns, state,action,deposited_on,effective_on,source,confidence,note",
    ]);
    expect(problems(HEADER.replaceAll(",", ";"))[0]).toMatch(/^has its columns separated by semicolons on line 1/);
  });

  it("refuses an empty file, a header alone, and what is not UTF-8 text", () => {
    expect(problems(" \n")[0]).toMatch(/^is empty: its first line must be the header/);
    expect(problems(`${HEADER}\n\n`)).toEqual(["has no rows below its header"]);
    expect(problems(`${HEADER}\n${ROW}caf\uFFFD`)[0]).toMatch(/^is not UTF-8 text/);
    expect(problems(`PK\u0003\u0004\u0000\u0000`)[0]).toMatch(/^is not a text file/);
  });

  it("refuses broken quoting, naming the line", () => {
    expect(problems(`${HEADER}\n${ROW}\nNIU,"accession" 2,2020-08-06,,x,confirmed,\n${ROW}`)).toEqual([
      expect.stringMatching(/^is not valid CSV at line 3: a quoted cell must end right after its closing quote/),
    ]);
    expect(problems(`${HEADER}\n${ROW}\nNIU,accession,2020-08-06,,x,confirmed,"open\n${ROW}\n`)).toEqual([
      "is not valid CSV: the row starting at line 3 opens a quoted cell that is never closed",
    ]);
    expect(problems(`${HEADER}\nNIU,acc"ession,2020-08-06,,x,confirmed,\n`)[0]).toMatch(
      /^is not valid CSV at line 2: a quote inside a cell that is not quoted/,
    );
  });

  it("refuses 20,001 rows and accepts 20,000", () => {
    const body = (count: number) => `${HEADER}\n${Array.from({ length: count }, () => ROW).join("\n")}`;
    expect(readImportCsv(body(20_000)).ok).toBe(true);
    expect(problems(body(20_001))).toEqual(["has 20,001 rows: at most 20,000 can be imported at a time; split it"]);
  });

  it("refuses a file over 5 MB before reading it", () => {
    const big = `${HEADER}\n${"x".repeat(MAX_IMPORT_BYTES)}`;
    expect(problems(big)).toEqual(["is 5.0 MB: at most 5.0 MB can be imported at a time; split it"]);
  });
});
