import { describe, expect, it } from "vitest";
import { addDaysIso } from "./domain/dates";
import { formatDate, formatPeriod } from "./format";

describe("formatDate", () => {
  it("writes the British short form", () => {
    expect(formatDate("2020-08-06")).toBe("6 Aug 2020");
    expect(formatDate("2020-09-14")).toBe("14 Sept 2020");
    expect(formatDate("1997-12-03")).toBe("3 Dec 1997");
  });

  it("matches Intl's en-GB short date on every day of a leap year", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    for (let day = 0; day < 366; day++) {
      const date = addDaysIso("2020-01-01", day);
      expect(formatDate(date)).toBe(intl.format(new Date(`${date}T00:00:00Z`)));
    }
  });
});

describe("formatPeriod", () => {
  it("names both ends, one day, or an open end", () => {
    expect(formatPeriod({ from: "2020-08-06", until: "2020-09-14" })).toBe("6 Aug 2020 – 14 Sept 2020");
    expect(formatPeriod({ from: "2020-08-06", until: "2020-08-06" })).toBe("6 Aug 2020");
    expect(formatPeriod({ from: "2026-03-01", until: null })).toBe("since 1 Mar 2026");
  });
});
