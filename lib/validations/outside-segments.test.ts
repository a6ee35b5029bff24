import { describe, expect, it } from "vitest";
import { parseOutsideSegments } from "./outside-segments";

const ccm = { shortName: "CCM", openedForSignatureOn: "2008-12-03" };
const groupings = [
  { slug: "campaign", name: "Campaign regions" },
  { slug: "un-regional-group", name: "UN regional groups" },
];

describe("parseOutsideSegments", () => {
  it("accepts a date or today, and a grouping the site has", () => {
    expect(parseOutsideSegments({ asOf: "2020-08-31", grouping: "campaign" }, ccm, groupings)).toEqual({
      ok: true,
      query: { asOf: "2020-08-31", grouping: "campaign" },
    });
    expect(parseOutsideSegments({ asOf: "today", grouping: "un-regional-group" }, ccm, groupings).ok).toBe(true);
  });

  it("refuses the date first, then the grouping, naming the accepted values", () => {
    expect(parseOutsideSegments({ asOf: "2008-12-02", grouping: "atlantis" }, ccm, groupings)).toMatchObject({
      ok: false,
      error: { parameter: "asOf", message: expect.stringMatching(/from 2008-12-03/) },
    });
    expect(parseOutsideSegments({ asOf: "2020-08-31", grouping: "invalid" }, ccm, groupings)).toEqual({
      ok: false,
      error: {
        parameter: "grouping",
        message: "must be one of: campaign (Campaign regions), un-regional-group (UN regional groups)",
      },
    });
  });
});
