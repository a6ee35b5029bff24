import { describe, expect, it } from "vitest";
import { pageHref } from "./page-href";

describe("pageHref", () => {
  it("keeps the filters that are set and the page after the first", () => {
    expect(pageHref("/admin/audit", { treaty: "ccm", state: "Niue (NIU)", user: null, page: 1 }, 2)).toBe(
      "/admin/audit?treaty=ccm&state=Niue+%28NIU%29&page=2",
    );
  });

  it("leaves the first page's address bare", () => {
    expect(pageHref("/admin/actions", { treaty: "", state: undefined }, 1)).toBe("/admin/actions");
  });
});
