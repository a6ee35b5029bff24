// An action as it stands, the form to correct it (prefilled, with the preview
// of the change) and the form to delete it. Keyed by version: after a save the
// forms start again from the row as it now is.
import { deleteActionAction } from "@/lib/actions/treaty-actions";
import type { ActionRow } from "@/lib/data/admin-actions";
import type { IsoDate } from "@/lib/domain/dates";
import { ActionFormClient } from "./action-form-client";
import { ActionSummary } from "./action-summary";
import { ACTION_FIELD_LABELS } from "./action-form-fields";
import { ReasonFormClient } from "./reason-form-client";

const formValuesOf = (row: ActionRow): Record<string, string> => ({
  treaty: row.treaty.slug,
  state: row.state.iso3,
  type: row.type,
  depositedOn: row.depositedOn,
  effectiveOn: row.effectiveOn ?? "",
  effectDeferred: row.effectDeferred ? "on" : "",
  source: row.source,
  confidence: row.confidence,
  note: row.note ?? "",
});

export function ActionEditor({ row, today }: { row: ActionRow; today: IsoDate }) {
  const key = `${row.id}-${row.version}`;
  return (
    <>
      <ActionSummary row={row} />
      <section aria-labelledby="correct-heading">
        <h2 id="correct-heading">Correct this action</h2>
        <ActionFormClient
          key={key}
          formId="correct"
          initial={formValuesOf(row)}
          today={today}
          correcting={{ id: row.id, version: row.version, treaty: row.treaty, state: row.state }}
        />
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this action</h2>
        <p>
          The action leaves the log and every public number at once; the audit log keeps it, and it can be restored from
          there.
        </p>
        <ReasonFormClient
          key={key}
          formId="delete"
          action={deleteActionAction}
          hidden={{ id: row.id, version: row.version }}
          reasonLabel="Reason for deleting"
          reasonHint="Why this action should not be in the log (recorded in error, a duplicate …)."
          submitLabel="Delete the action"
          otherLabels={ACTION_FIELD_LABELS}
        />
      </section>
    </>
  );
}
