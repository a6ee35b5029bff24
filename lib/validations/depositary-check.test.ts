import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./treaty-action";
import { depositaryApplySchema, depositaryFormValues, MAX_PAGE_BYTES } from "./depositary-check";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return depositaryFormValues(data);
};
const errors = (entries: [string, string][]) => {
  const parsed = depositaryApplySchema.safeParse(form(entries));
  return parsed.success ? null : fieldErrorsOf(parsed.error);
};

describe("depositaryApplySchema", () => {
  it("takes the treaty, the page and every ticked difference", () => {
    expect(
      depositaryApplySchema.parse(
        form([
          ["treaty", "ccm"],
          ["page", "<html>…</html>"],
          ["difference", "missing-here.NIU.consent.2020-08-06.none"],
          ["difference", "differs.NOR.signature.2008-12-03.412v2"],
        ]),
      ),
    ).toEqual({
      treaty: "ccm",
      page: "<html>…</html>",
      differences: ["missing-here.NIU.consent.2020-08-06.none", "differs.NOR.signature.2008-12-03.412v2"],
    });
  });

  it("refuses a missing or oversized page and a difference this check cannot have listed", () => {
    expect(errors([["treaty", "ccm"]])).toEqual({
      page: ["is required: choose the saved status page, or paste its HTML"],
    });
    expect(
      errors([
        ["treaty", "ccm"],
        ["page", "x".repeat(MAX_PAGE_BYTES + 1)],
      ])?.page,
    ).toEqual(["is too large: the depositary's status pages are about 200 KB, and at most 5 MB is accepted"]);
    expect(
      errors([
        ["treaty", "ccm"],
        ["page", "<html></html>"],
        ["difference", "drop table treaty_actions"],
      ]),
    ).toEqual({ differences: ["include one that is not a difference this check lists"] });
  });
});
