import { describe, expect, it } from "vitest";
import { ADMIN_NAV, currentNavHref } from "./admin-nav";

describe("currentNavHref", () => {
  it("marks the most specific section a path is in", () => {
    expect(currentNavHref("/admin/actions/new", ADMIN_NAV)).toBe("/admin/actions/new");
    expect(currentNavHref("/admin/actions/412", ADMIN_NAV)).toBe("/admin/actions");
    expect(currentNavHref("/admin/audit", ADMIN_NAV)).toBe("/admin/audit");
    expect(currentNavHref("/admin/obligations/new", ADMIN_NAV)).toBe("/admin/obligations");
  });

  it("marks nothing on the admin home", () => {
    expect(currentNavHref("/admin", ADMIN_NAV)).toBeNull();
  });
});
