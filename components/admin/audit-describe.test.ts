import { describe, expect, it } from "vitest";
import { auditTitle, auditWho, utcMinute } from "./audit-describe";

const niue = { type: "accession", state: "NIU", treaty: "ccm", depositedOn: "2020-08-06" };
const entry = {
  entityType: "treaty_action",
  entityId: "412",
  treaty: { slug: "ccm", shortName: "CCM" },
  state: { iso3: "NIU", shortName: "Niue" },
};

describe("auditTitle", () => {
  it("names the action row by state, type, date and treaty", () => {
    expect(auditTitle({ ...entry, action: "create", before: null, after: niue })).toBe(
      "Recorded Niue's accession of 6 Aug 2020 (CCM, action 412)",
    );
    expect(auditTitle({ ...entry, action: "delete", before: niue, after: null })).toBe(
      "Deleted Niue's accession of 6 Aug 2020 (CCM, action 412)",
    );
  });

  it("names accounts and treaties", () => {
    const account = { entityType: "admin_user", entityId: "3", treaty: null, state: null, before: null };
    expect(auditTitle({ ...account, action: "create", after: { email: "e@example.org" } })).toBe(
      "Added the account e@example.org",
    );
    expect(
      auditTitle({
        ...entry,
        entityType: "treaty",
        entityId: "ccm",
        state: null,
        action: "update",
        before: {},
        after: {},
      }),
    ).toBe("Moved the depositary check date of CCM");
  });
});

describe("auditWho and utcMinute", () => {
  it("says who and when, in UTC", () => {
    expect(auditWho({ name: "Edith Editor", email: "editor@example.org" })).toBe("Edith Editor (editor@example.org)");
    expect(auditWho(null)).toBe("the command line");
    expect(utcMinute("2026-11-23T14:05:09.123Z")).toBe("2026-11-23 14:05 UTC");
  });
});
