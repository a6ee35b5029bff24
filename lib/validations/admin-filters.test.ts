import { describe, expect, it } from "vitest";
import { pageWindow, parseActionFilters, parseAuditFilters, parseRowId } from "./admin-filters";

describe("parseActionFilters", () => {
  it("reads the treaty, state and page, trimming blanks to nothing", () => {
    expect(parseActionFilters({ treaty: "ccm", state: " Niue (NIU) ", page: "2" })).toEqual({
      treaty: "ccm",
      state: "Niue (NIU)",
      page: 2,
      ignored: [],
    });
    expect(parseActionFilters({ treaty: "", state: "  " })).toEqual({
      treaty: null,
      state: null,
      page: 1,
      ignored: [],
    });
  });

  it("drops a page that is not a positive whole number and names it", () => {
    expect(parseActionFilters({ page: "0" })).toMatchObject({ page: 1, ignored: ["page"] });
    expect(parseActionFilters({ page: ["x", "2"] })).toMatchObject({ page: 1, ignored: ["page"] });
  });
});

describe("parseAuditFilters", () => {
  it("reads the user and the date range", () => {
    expect(parseAuditFilters({ user: "3", from: "2020-08-01", to: "2020-08-31" })).toMatchObject({
      user: 3,
      from: "2020-08-01",
      to: "2020-08-31",
      ignored: [],
    });
  });

  it("ignores a date that is not a calendar day", () => {
    expect(parseAuditFilters({ from: "2021-02-29", user: "me" })).toMatchObject({
      from: null,
      user: null,
      ignored: ["user", "from"],
    });
  });
});

describe("parseRowId and pageWindow", () => {
  it("accepts only a plain positive id", () => {
    expect(parseRowId("412")).toBe(412);
    expect(parseRowId("0")).toBeNull();
    expect(parseRowId("4e2")).toBeNull();
    expect(parseRowId("99999999999")).toBeNull();
  });

  it("keeps the page within the pages there are", () => {
    expect(pageWindow(120, 2)).toEqual({ page: 2, pageCount: 3, skip: 50, take: 50 });
    expect(pageWindow(120, 9)).toEqual({ page: 3, pageCount: 3, skip: 100, take: 50 });
    expect(pageWindow(0, 1)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 50 });
  });
});
