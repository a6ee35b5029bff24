import { describe, expect, it } from "vitest";
import { parseDayMonthYear, parseStatusAsAt } from "./page-dates";

describe("depositary dates", () => {
  it("reads the table's and the end notes' day-month-year, short or long", () => {
    expect(parseDayMonthYear("3 Dec 2008")).toBe("2008-12-03");
    expect(parseDayMonthYear("6 September 2024")).toBe("2024-09-06");
    expect(parseDayMonthYear("6 Sept 2024")).toBe("2024-09-06");
    expect(parseDayMonthYear("29 Feb 2024")).toBe("2024-02-29");
  });

  it("reads nothing that is not a real day", () => {
    expect(parseDayMonthYear("29 Feb 2023")).toBeNull();
    expect(parseDayMonthYear("3 Decx 2008")).toBeNull();
    expect(parseDayMonthYear("2008-12-03")).toBeNull();
  });

  it("reads the “Status as at” date day first", () => {
    expect(parseStatusAsAt("STATUS AS AT : 03-02-2026 10:16:18 EDT")).toBe("2026-02-03");
    expect(parseStatusAsAt("Status as at: 31-12-2025")).toBe("2025-12-31");
    expect(parseStatusAsAt("STATUS AS AT : 31-13-2025")).toBeNull();
    expect(parseStatusAsAt("no date here")).toBeNull();
  });
});
