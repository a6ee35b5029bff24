// Each field's error sits beside it and is tied to the control; the summary links to the fields.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./field";

const refused: FormState = {
  status: "error",
  message: "One field needs attention.",
  fieldErrors: { state: ['no state matches "Nieu": type a name or ISO code and pick it from the list'] },
  values: { state: "Nieu" },
};

describe("TextField", () => {
  it("ties the hint and the error to the input and marks it invalid", () => {
    const html = renderToStaticMarkup(
      <TextField id="record-state" name="state" label="State" hint="Type a name" errors={refused.fieldErrors.state} />,
    );
    expect(html).toContain('<label for="record-state">State</label>');
    expect(html).toContain('aria-describedby="record-state-hint record-state-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('id="record-state-error"');
    expect(html).toContain("State: no state matches &quot;Nieu&quot;");
  });

  it("describes nothing when there is neither hint nor error", () => {
    const html = renderToStaticMarkup(<TextField id="x" name="x" label="X" />);
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain("aria-invalid");
  });
});

describe("ErrorSummary", () => {
  const fields = { state: { id: "record-state", label: "State" } };

  it("keeps an empty alert region before any submission", () => {
    expect(renderToStaticMarkup(<ErrorSummary state={initialFormState} fields={fields} />)).toBe(
      '<div role="alert" tabindex="-1"></div>',
    );
  });

  it("lists each problem with a link to its field", () => {
    const html = renderToStaticMarkup(<ErrorSummary state={refused} fields={fields} />);
    expect(html).toContain("One field needs attention.");
    expect(html).toContain('<a href="#record-state">State: no state matches');
  });
});
