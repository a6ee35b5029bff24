"use server";
// Admins check a treaty's data against a depositary status page, then apply
// the differences they tick (lib/admin/depositary-apply.ts).
import { applyDepositaryDifferences, type ApplyOutcome } from "../admin/depositary-apply";
import { checkStatusPage, depositaryTreaty, type DepositaryCheck } from "../admin/depositary-records";
import type { FieldErrors } from "../admin/write-result";
import { authorize } from "../auth/guard";
import { DepositaryPageError } from "../depositary/status-page";
import type { IsoDate } from "../domain/dates";
import { depositaryApplySchema, depositaryFormValues, depositaryPageSchema } from "../validations/depositary-check";
import { fieldErrorsOf } from "../validations/treaty-action";
import { revalidatePublicPages } from "./revalidate";

export type DepositaryState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "checked"; check: DepositaryCheck; checkedOn: IsoDate }
  | { status: "applied"; outcome: ApplyOutcome };

const LABELS: Record<string, string> = {
  page: "The status page",
  treaty: "Treaty",
  differences: "The ticked differences",
};

/** One sentence per problem, each starting with what it concerns. */
function refusal(errors: FieldErrors): DepositaryState {
  const sentences = Object.entries(errors).flatMap(([field, messages]) =>
    (messages ?? []).map((message) =>
      field === "page" && /^[A-Z]/.test(message) ? message : `${LABELS[field] ?? field} ${message}.`,
    ),
  );
  return { status: "error", message: sentences.join(" ") || "The check could not be run." };
}

export async function checkDepositaryPageAction(
  _previous: DepositaryState,
  formData: FormData,
): Promise<DepositaryState> {
  const access = await authorize("admin");
  if (!access.ok) return { status: "error", message: access.message };
  const parsed = depositaryPageSchema.safeParse(depositaryFormValues(formData));
  if (!parsed.success) return refusal(fieldErrorsOf(parsed.error));
  const treaty = await depositaryTreaty(parsed.data.treaty);
  if (!treaty) return refusal({ treaty: [`"${parsed.data.treaty}" is not a treaty this tracker knows`] });
  try {
    return {
      status: "checked",
      check: await checkStatusPage(treaty, parsed.data.page),
      checkedOn: treaty.depositaryCheckedOn,
    };
  } catch (error) {
    if (error instanceof DepositaryPageError) return { status: "error", message: error.message };
    throw error;
  }
}

export async function applyDepositaryDifferencesAction(
  _previous: DepositaryState,
  formData: FormData,
): Promise<DepositaryState> {
  const access = await authorize("admin");
  if (!access.ok) return { status: "error", message: access.message };
  const parsed = depositaryApplySchema.safeParse(depositaryFormValues(formData));
  if (!parsed.success) return refusal(fieldErrorsOf(parsed.error));
  const { treaty, page, differences } = parsed.data;
  const result = await applyDepositaryDifferences(access.actor, { treaty, html: page, ids: differences });
  if (!result.ok)
    return result.formError ? { status: "error", message: result.formError } : refusal(result.fieldErrors);
  const { results, checkedOn } = result.value;
  if (results.some((applied) => applied.ok) || checkedOn.after !== checkedOn.before) revalidatePublicPages();
  return { status: "applied", outcome: result.value };
}
