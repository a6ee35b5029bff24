import type { Metadata } from "next";
import { AuditList } from "@/components/admin/audit-entry";
import { ListFilters } from "@/components/admin/list-filters";
import { Notice } from "@/components/admin/notice";
import { Pager } from "@/components/admin/pager";
import { requirePageActor } from "@/lib/auth/guard";
import { listAuditEntries } from "@/lib/data/admin-audit";
import { PAGE_SIZE, parseAuditFilters, parseRowId, type QueryParams } from "@/lib/validations/admin-filters";
import { statePickerOptions, treatiesForAdmin, userOptions } from "@/lib/data/admin-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  await requirePageActor("editor", "/admin/audit");
  const query = await searchParams;
  const filters = parseAuditFilters(query);
  const deleted = typeof query.deleted === "string" ? parseRowId(query.deleted) : null;
  const [list, treaties, states, users] = await Promise.all([
    listAuditEntries(filters),
    treatiesForAdmin(),
    statePickerOptions(),
    userOptions(),
  ]);
  return (
    <>
      <h1>Audit log</h1>
      {deleted && (
        <Notice>
          Deleted. The audit log keeps the action: <a href={`#audit-${deleted}`}>its deletion, entry {deleted}</a>, has
          the form to restore it.
        </Notice>
      )}
      <p>Every change to the data, newest first: who made it, when (UTC), why, and what it changed.</p>
      <ListFilters
        path="/admin/audit"
        label="Filter the audit log"
        values={filters}
        treaties={treaties}
        states={states}
        users={users}
        ignored={filters.ignored}
      />
      {!list.stateFound && <Notice tone="refused">No state matches “{filters.state}”: pick one from the list.</Notice>}
      <AuditList entries={list.rows} headingLevel={2} />
      <Pager
        path="/admin/audit"
        query={{ treaty: filters.treaty, state: filters.state, user: filters.user, from: filters.from, to: filters.to }}
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}
