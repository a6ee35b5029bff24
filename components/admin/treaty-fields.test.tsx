// The treaty form's fields: every field the schema reads has a labelled control
// with a unique id, the summary links to each, and an edit keeps the slug fixed.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { formValues } from "./form-values";
import { TreatyFields } from "./treaty-fields";
import { treatyFieldRefs } from "./treaty-form-fields";

const render = (creating: boolean, state: FormState = initialFormState, initial: Record<string, string> = {}) =>
  renderToStaticMarkup(<TreatyFields form={formValues(state, initial)} creating={creating} today="2026-03-01" />);

const names = (html: string) => [...html.matchAll(/ name="([^"]+)"/g)].map((m) => m[1]);
const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);

describe("the treaty form's fields", () => {
  it("offers every field of a new treaty once, each control labelled", () => {
    const html = render(true);
    expect(new Set(names(html))).toEqual(new Set(Object.keys(treatyFieldRefs()).filter((name) => name !== "reason")));
    expect(ids(html).length).toBe(new Set(ids(html)).size);
    for (const { id } of Object.values(treatyFieldRefs()).filter((ref) => ref.id !== "treaty-reason"))
      expect(html).toContain(`<label for="${id}">`);
  });

  it("keeps the slug of an edited treaty as it is and asks why", () => {
    const html = render(false, initialFormState, { slug: "ccm" });
    expect(html).toContain('<input type="hidden" name="slug" value="ccm"/>');
    expect(html).not.toContain('id="treaty-slug"');
    expect(html).not.toContain('name="depositaryCheckedOn"');
    expect(html).toContain('<label for="treaty-reason">Reason for the change</label>');
  });

  it("shows each error beside its field, an obligation's named after it", () => {
    const refused: FormState = {
      status: "error",
      message: "2 fields need attention.",
      fieldErrors: {
        entryIntoForceDelayDays: ["is required with the rule “the Nth day after deposit”"],
        clearanceArticle: ["is required: where the treaty sets the deadline"],
      },
      values: { laterJoinerRule: "days_after", clearancePeriod: "10" },
    };
    const html = render(true, refused);
    expect(html).toContain("Days after deposit is required with the rule “the Nth day after deposit”.");
    expect(html).toContain("Article is required: where the treaty sets the deadline.");
    expect(treatyFieldRefs().clearanceArticle).toEqual({
      id: "treaty-clearanceArticle",
      label: "Clear mined / contaminated areas: Article",
    });
  });
});
