import type { Metadata } from "next";
import Link from "next/link";
import { ActionsTable } from "@/components/admin/actions-table";
import { ListFilters } from "@/components/admin/list-filters";
import { Notice } from "@/components/admin/notice";
import { Pager } from "@/components/admin/pager";
import { requirePageActor } from "@/lib/auth/guard";
import { listActions } from "@/lib/data/admin-actions";
import { PAGE_SIZE, parseActionFilters, type QueryParams } from "@/lib/validations/admin-filters";
import { statePickerOptions, treatiesForAdmin } from "@/lib/data/admin-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actions" };

export default async function ActionsPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  await requirePageActor("editor", "/admin/actions");
  const filters = parseActionFilters(await searchParams);
  const [list, treaties, states] = await Promise.all([listActions(filters), treatiesForAdmin(), statePickerOptions()]);
  return (
    <>
      <h1>Actions</h1>
      <p>
        The action log, newest recorded first. Open an action to correct or delete it, or{" "}
        <Link href="/admin/actions/new">record a new one</Link>.
      </p>
      <ListFilters
        path="/admin/actions"
        label="Filter the actions"
        values={filters}
        treaties={treaties}
        states={states}
        ignored={filters.ignored}
      />
      {!list.stateFound && <Notice tone="refused">No state matches “{filters.state}”: pick one from the list.</Notice>}
      <ActionsTable rows={list.rows} />
      <Pager
        path="/admin/actions"
        query={{ treaty: filters.treaty, state: filters.state }}
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}
