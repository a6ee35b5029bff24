// One entry of the audit log: what, who, when, why, the fields it changed, and
// for a deleted action the form that brings it back.
import Link from "next/link";
import { restoreActionAction } from "@/lib/actions/treaty-actions";
import type { AuditRow } from "@/lib/data/admin-audit";
import { AuditDiff } from "./audit-diff";
import { auditTitle, auditWho, utcMinute } from "./audit-describe";
import { ACTION_FIELD_LABELS } from "./action-form-fields";
import { ReasonFormClient } from "./reason-form-client";

type Level = { headingLevel: 2 | 3 };

function AuditEntry({ entry, headingLevel }: { entry: AuditRow } & Level) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const titleId = `audit-${entry.id}-title`;
  const isAction = entry.entityType === "treaty_action";
  const restorable = isAction && entry.action === "delete";
  return (
    <article id={`audit-${entry.id}`} className="audit-entry" aria-labelledby={titleId}>
      <Heading id={titleId}>
        {isAction && !restorable ? (
          <Link href={`/admin/actions/${entry.entityId}`}>{auditTitle(entry)}</Link>
        ) : (
          auditTitle(entry)
        )}
      </Heading>
      <p className="audit-meta">
        Entry {entry.id}, by {auditWho(entry.user)} at{" "}
        <time dateTime={entry.createdAt}>{utcMinute(entry.createdAt)}</time>
      </p>
      {entry.reason && <p className="audit-reason">Reason: {entry.reason}</p>}
      <AuditDiff before={entry.before} after={entry.after} />
      {restorable && (
        <div className="restore">
          <ReasonFormClient
            formId={`restore-${entry.id}`}
            action={restoreActionAction}
            hidden={{ auditId: entry.id }}
            reasonLabel="Reason for restoring"
            reasonHint="Why the deletion was wrong. The action is recorded anew (with a new number), through the same checks."
            submitLabel="Restore"
            otherLabels={ACTION_FIELD_LABELS}
          />
        </div>
      )}
    </article>
  );
}

export function AuditList({ entries, headingLevel }: { entries: readonly AuditRow[] } & Level) {
  if (entries.length === 0) return <p>No entries.</p>;
  return (
    <ol className="audit-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <AuditEntry entry={entry} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
