import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./treaty-action";
import { newTargetSchema, targetChangeSchema, targetRetirementSchema } from "./target";

const TARGET = {
  treaty: "ccm",
  slug: "review-conference-2026",
  label: "130 States Parties by 2026",
  metric: "states_parties_by_deposit",
  value: "130",
  deadline: "2026-09-01",
  source: "https://www.clusterconvention.org/",
};

const errors = (result: ReturnType<typeof newTargetSchema.safeParse>) =>
  result.success ? {} : fieldErrorsOf(result.error);

describe("the target forms", () => {
  it("accept a target, its value a whole number", () => {
    expect(newTargetSchema.parse(TARGET)).toMatchObject({ value: 130, deadline: "2026-09-01" });
  });

  it("refuse a bad slug, metric, value or deadline, each beside its field", () => {
    expect(
      errors(
        newTargetSchema.safeParse({
          ...TARGET,
          slug: "Review 2026",
          metric: "states_parties_by_mood",
          value: "-3",
          deadline: "2026-13-01",
          source: "",
        }),
      ),
    ).toEqual({
      slug: ["must be lower-case letters and digits joined by single hyphens, e.g. mine-ban-treaty"],
      metric: [
        "must be States Parties (by deposit or entry into force) or States Parties with clearance / stockpile obligations remaining",
      ],
      value: ["must be a whole number"],
      deadline: ["must be a real date written YYYY-MM-DD (the day the target should be met)"],
      source: ["is required: where the target was set (a document, a web address)"],
    });
    expect(errors(newTargetSchema.safeParse({ ...TARGET, value: "0" }))).toEqual({
      value: ["must be at least 1 for a States Parties target"],
    });
    // "Mine-free": no State Party with clearance obligations remaining.
    expect(newTargetSchema.parse({ ...TARGET, metric: "clearance_obligations_remaining", value: "0" })).toMatchObject({
      value: 0,
    });
  });

  it("need the row for an edit and a reason to retire", () => {
    const { treaty: _treaty, slug: _slug, ...fields } = TARGET;
    expect(targetChangeSchema.safeParse({ ...fields, id: "x" }).success).toBe(false);
    expect(targetChangeSchema.parse({ ...fields, id: "7" }).id).toBe(7);
    const retire = targetRetirementSchema.safeParse({ id: "7", reason: "" });
    expect(retire.success ? {} : fieldErrorsOf(retire.error)).toEqual({
      reason: ["is required: say why, for the audit log"],
    });
  });
});
