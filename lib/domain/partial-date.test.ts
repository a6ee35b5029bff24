import { describe, expect, it } from "vitest";
import { parsePartialDate, partialDateFrom } from "./partial-date";

describe("parsePartialDate", () => {
  it("keeps a year or a month as the source gives it, spanning its whole period", () => {
    expect(parsePartialDate("2008")).toEqual({
      text: "2008",
      precision: "year",
      first: "2008-01-01",
      last: "2008-12-31",
    });
    expect(parsePartialDate("2024-02")).toMatchObject({ precision: "month", first: "2024-02-01", last: "2024-02-29" });
    expect(parsePartialDate("2023-02")?.last).toBe("2023-02-28");
    expect(parsePartialDate("2020-11-14")).toMatchObject({ precision: "day", first: "2020-11-14", last: "2020-11-14" });
  });

  it("refuses what is no real date", () => {
    for (const text of ["2020-02-30", "2020-13", "20-11-14", "Nov 2020", "", "2020-1-5"])
      expect(parsePartialDate(text)).toBeNull();
  });

  it("reads back what the database keeps: the first day and the precision", () => {
    expect(partialDateFrom("2013-12-01", "month").text).toBe("2013-12");
    expect(partialDateFrom("2005-01-01", "year").text).toBe("2005");
  });
});
