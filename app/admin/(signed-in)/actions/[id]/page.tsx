import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionEditor } from "@/components/admin/action-editor";
import { AuditList } from "@/components/admin/audit-entry";
import { Notice } from "@/components/admin/notice";
import { requirePageActor } from "@/lib/auth/guard";
import { getActionForEdit } from "@/lib/data/admin-actions";
import { auditEntriesForAction } from "@/lib/data/admin-audit";
import { parseRowId, type QueryParams } from "@/lib/validations/admin-filters";
import { todayIso } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Action" };

const SAVED: Record<string, string> = {
  recorded: "Saved: the action is recorded, and the public pages show it.",
  corrected: "Saved: the correction is recorded, and the public pages show it.",
  restored: "Saved: the action is restored from the audit log, under a new number.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<QueryParams> };

export default async function ActionPage({ params, searchParams }: Props) {
  const { id: segment } = await params;
  await requirePageActor("editor", `/admin/actions/${segment}`);
  const id = parseRowId(segment);
  if (id === null) notFound();
  const [row, history, { saved }] = await Promise.all([getActionForEdit(id), auditEntriesForAction(id), searchParams]);
  if (!row && history.length === 0) notFound();
  const savedNotice = typeof saved === "string" ? SAVED[saved] : undefined;
  return (
    <>
      <h1>
        {row
          ? `${row.state.shortName}: ${ACTION_LABELS[row.type].toLowerCase()} of ${formatDate(row.depositedOn)}`
          : `Action ${id}`}
      </h1>
      {savedNotice && <Notice>{savedNotice}</Notice>}
      {row ? (
        <ActionEditor row={row} today={todayIso()} />
      ) : (
        <p>This action is no longer in the log. Its deletion is in the history below, from where it can be restored.</p>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <AuditList entries={history} headingLevel={3} />
      </section>
    </>
  );
}
