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

  it("names an obligation event by state, event, date as precise as its source, treaty and obligation", () => {
    const grant = {
      treaty: "ccm",
      state: "DEU",
      kind: "clearance",
      type: "extension_granted",
      eventOn: "2018-09",
      eventOnFirst: "2018-09-01",
    };
    const event = {
      entityType: "obligation_event",
      entityId: "12",
      treaty: { slug: "ccm", shortName: "CCM" },
      state: { iso3: "DEU", shortName: "Germany" },
    };
    expect(auditTitle({ ...event, action: "delete", before: grant, after: null })).toBe(
      "Deleted Germany's extension granted of Sept 2018 (CCM clearance, obligation event 12)",
    );
    expect(auditTitle({ ...event, action: "create", before: null, after: { ...grant, eventOn: "2018" } })).toBe(
      "Recorded Germany's extension granted of 2018 (CCM clearance, obligation event 12)",
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

  it("names treaties, targets, groupings and regions an admin added, edited or retired", () => {
    const base = { entityId: "tpnw", state: null, treaty: null, before: null };
    const tpnw = { slug: "tpnw", shortName: "TPNW", depositaryCheckedOn: "2026-02-03" };
    expect(auditTitle({ ...base, entityType: "treaty", action: "create", after: tpnw })).toBe("Added the treaty TPNW");
    expect(auditTitle({ ...base, entityType: "treaty", action: "update", before: tpnw, after: tpnw })).toBe(
      "Edited the treaty TPNW",
    );
    const target = { slug: "tpnw-100", treaty: "tpnw", retiredAt: null };
    const retired = { ...target, retiredAt: "2026-03-01T10:00:00.000Z" };
    const onTarget = { ...base, entityType: "target", entityId: "7" };
    expect(auditTitle({ ...onTarget, action: "create", after: target })).toBe("Added the target tpnw-100 (tpnw)");
    expect(auditTitle({ ...onTarget, action: "update", before: target, after: target })).toBe(
      "Edited the target tpnw-100 (tpnw)",
    );
    expect(auditTitle({ ...onTarget, action: "update", before: target, after: retired })).toBe(
      "Retired the target tpnw-100 (tpnw)",
    );
    const grouping = { ...base, entityType: "region_grouping", entityId: "priorities" };
    expect(auditTitle({ ...grouping, action: "create", after: { name: "Priorities" } })).toBe(
      "Added the grouping Priorities",
    );
    const region = { ...base, entityType: "region", entityId: "priorities/pacific" };
    const pacific = { name: "Pacific", members: ["FJI"] };
    expect(auditTitle({ ...region, action: "update", before: pacific, after: pacific })).toBe(
      "Changed the members of the region Pacific (priorities/pacific)",
    );
    expect(auditTitle({ ...region, action: "delete", before: pacific, after: null })).toBe(
      "Deleted the region Pacific (priorities/pacific)",
    );
  });
});

describe("auditWho and utcMinute", () => {
  it("says who and when, in UTC", () => {
    expect(auditWho({ name: "Edith Editor", email: "editor@example.org" })).toBe("Edith Editor (editor@example.org)");
    expect(auditWho(null)).toBe("the command line");
    expect(utcMinute("2026-11-23T14:05:09.123Z")).toBe("2026-11-23 14:05 UTC");
  });
});
