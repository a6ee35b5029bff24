import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters } from "@/components/admin/list-filters";
import { Notice } from "@/components/admin/notice";
import { ObligationEventsTable } from "@/components/admin/obligation-events-table";
import { pageHref } from "@/components/admin/page-href";
import { Pager } from "@/components/admin/pager";
import { requirePageActor } from "@/lib/auth/guard";
import { listObligationEvents } from "@/lib/data/admin-obligation-events";
import { statePickerOptions, treatiesForAdmin } from "@/lib/data/admin-options";
import { PAGE_SIZE, parseActionFilters, parseRowId, type QueryParams } from "@/lib/validations/admin-filters";

// Reads the session: rendered per request, sent as private, no-store (app/admin/layout.tsx).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Obligations" };

export default async function ObligationsPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  await requirePageActor("editor", "/admin/obligations");
  const query = await searchParams;
  const filters = parseActionFilters(query);
  const recorded = typeof query.recorded === "string" ? parseRowId(query.recorded) : null;
  const deleted = typeof query.deleted === "string" ? parseRowId(query.deleted) : null;
  const [list, treaties, states] = await Promise.all([
    listObligationEvents(filters),
    treatiesForAdmin(),
    statePickerOptions(),
  ]);
  const filterQuery = { treaty: filters.treaty, state: filters.state };
  return (
    <>
      <h1>Obligations</h1>
      {recorded && (
        <Notice>
          Saved: the event is recorded (<a href={`#obligation-event-${recorded}`}>row {recorded}</a>), and the public
          pages show it.
        </Notice>
      )}
      {deleted && (
        <Notice>
          Deleted. The audit log keeps the event: <Link href="/admin/audit">its deletion, entry {deleted}</Link>.
        </Notice>
      )}
      <p>
        What sources say about each state&apos;s stockpile-destruction and clearance obligations, newest event first.
        Every obligation figure on the public pages is computed from these rows.{" "}
        <Link href={pageHref("/admin/obligations/new", filterQuery, 1)}>Record a new event</Link>.
      </p>
      <ListFilters
        path="/admin/obligations"
        label="Filter the obligation events"
        values={filters}
        treaties={treaties}
        states={states}
        ignored={filters.ignored}
      />
      {!list.stateFound && <Notice tone="refused">No state matches “{filters.state}”: pick one from the list.</Notice>}
      <ObligationEventsTable rows={list.rows} />
      <Pager
        path="/admin/obligations"
        query={filterQuery}
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}
