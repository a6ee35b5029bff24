"use client";
// The full status table with filters, search and sorting. The server renders
// it unfiltered (readable without JavaScript); in the browser the filters are
// read from and written to the URL, so a filtered view can be shared.
import { useEffect, useId, useMemo, useState } from "react";
import { TableScroll } from "@/components/table-scroll";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS, STATUS_LABELS } from "@/lib/labels";
import { expandRows, type CompactRow, type GroupingMembers } from "./compact-rows";
import { DatedLink, type ShownDate } from "./requested-date";
import {
  applyFilters,
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  type SortKey,
  type TableFilters,
} from "@/lib/views/table-filters";
import { StatusLabel } from "@/components/treaties/status-label";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "State" },
  { key: "status", label: "Status" },
  { key: "signedOn", label: "Signed" },
  { key: "consentOn", label: "Consent to be bound" },
  { key: "entryIntoForceOn", label: "Entry into force" },
  { key: "withdrawalNoticeOn", label: "Withdrawal" },
];

const date = (value: string | null) => (value ? formatDate(value) : "—");

/** `downloadBase` has no date: the downloads carry the date on show (see requested-date.tsx). */
export function StatusTableClient({
  compact,
  groupings,
  downloadBase,
  shown,
}: {
  compact: CompactRow[];
  groupings: GroupingMembers[];
  downloadBase: string;
  shown: ShownDate;
}) {
  const rows = useMemo(() => expandRows(compact, groupings), [compact, groupings]);
  const [filters, setFilters] = useState<TableFilters>(DEFAULT_FILTERS);
  const id = useId();
  // The page is cached without its query string, so filters from a shared URL
  // can only be read in the browser, once, after hydration; without any, the
  // table stays as hydrated (setting equal filters would draw all rows again).
  useEffect(() => {
    const fromUrl = filtersFromParams(new URLSearchParams(window.location.search));
    // oxlint-disable-next-line react/set-state-in-effect
    if (filtersToParams(fromUrl).size > 0) setFilters(fromUrl);
  }, []);

  const update = (change: Partial<TableFilters>) => {
    const next = { ...filters, ...change };
    setFilters(next);
    const url = new URL(window.location.href);
    for (const key of Object.keys(DEFAULT_FILTERS)) url.searchParams.delete(key);
    for (const [key, value] of filtersToParams(next)) url.searchParams.set(key, value);
    window.history.replaceState(null, "", url);
  };

  const visible = useMemo(() => applyFilters(rows, filters), [rows, filters]);
  const grouping = groupings.find((g) => g.slug === filters.grouping) ?? groupings[0];
  const query = filtersToParams(filters).toString();
  const download = (format: string) => `${downloadBase}&format=${format}${query ? `&${query}` : ""}`;

  return (
    <section aria-labelledby="status-table-heading">
      <h2 id="status-table-heading">Every state</h2>
      <div className="table-controls">
        <div className="field">
          <label htmlFor={`${id}-q`}>Search</label>
          <input
            id={`${id}-q`}
            type="search"
            value={filters.q}
            onChange={(e) => update({ q: e.target.value })}
            placeholder="Name or ISO code"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={filters.status}
            onChange={(e) => update({ status: e.target.value as TableFilters["status"] })}
          >
            <option value="all">All</option>
            <option value="outside">Outside (all not party)</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-grouping`}>Grouping</label>
          <select
            id={`${id}-grouping`}
            value={filters.grouping}
            onChange={(e) => update({ grouping: e.target.value, region: "all" })}
          >
            {groupings.map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-region`}>Region</label>
          <select id={`${id}-region`} value={filters.region} onChange={(e) => update({ region: e.target.value })}>
            <option value="all">All regions</option>
            {grouping?.regions.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <p className="downloads">
          Download this view:{" "}
          <DatedLink shown={shown} href={download("csv")} download>
            CSV
          </DatedLink>{" "}
          ·{" "}
          <DatedLink shown={shown} href={download("json")} download>
            JSON
          </DatedLink>
        </p>
      </div>
      {/* <output> is a live status region: the count is announced as filters change. */}
      <output className="muted table-count">
        {visible.length} of {rows.length} states shown
      </output>
      <TableScroll label="Status of every state">
        <table className="status-table">
          <caption className="visually-hidden">
            Status of every state: {visible.length} of {rows.length} shown, sortable by the column buttons
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = filters.sort === column.key;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : "none"}
                  >
                    <button
                      type="button"
                      onClick={() =>
                        update({ sort: column.key, dir: active && filters.dir === "asc" ? "desc" : "asc" })
                      }
                    >
                      {column.label}
                      <span aria-hidden="true">{active ? (filters.dir === "asc" ? " ▲" : " ▼") : ""}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.iso3}>
                <th scope="row">
                  {/* A plain link: 197 next/link components would each prefetch their page as they scroll into view. */}
                  <a href={`/states/${row.iso3}`}>{row.shortName}</a> <span className="muted">{row.iso3}</span>
                </th>
                <td>
                  <StatusLabel status={row.status} />
                  {row.withdrawalPending && <span className="badge">withdrawal pending</span>}
                  {row.suspensionNotice && <span className="badge">suspension notice</span>}
                </td>
                <td>{date(row.signedOn)}</td>
                <td>
                  {date(row.consentOn)}
                  {row.consentType && <span className="muted"> {ACTION_LABELS[row.consentType].toLowerCase()}</span>}
                </td>
                <td>{date(row.entryIntoForceOn)}</td>
                <td>
                  {row.withdrawalNoticeOn
                    ? `notified ${date(row.withdrawalNoticeOn)}, ${row.withdrawalEffectiveOn ? `effective ${date(row.withdrawalEffectiveOn)}` : "effect deferred"}`
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
