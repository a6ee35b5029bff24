// The treaty table as a file: the rows on screen (same filters and order), one per state.
import { z } from "zod";
import type { GroupingView } from "../domain/regions";
import type { TreatyView } from "../domain/treaty-view";
import { oneOf, parseDownloadQuery, type ParsedQuery } from "../validations/download-query";
import { applyFilters, DEFAULT_FILTERS, SORT_KEYS, STATUSES, type TableFilters } from "../views/table-filters";
import type { DownloadFile } from "./file-response";

const oneOfList = (values: readonly string[]) => ({ message: `must be one of: ${values.join(", ")}` });

/**
 * The table's filters (?status, ?grouping, ?region, ?q, ?sort, ?dir), each refused
 * by name when it is not one the table offers: the table in the browser only
 * ever links values it offers, so a refused one is a hand-made or stale link.
 */
export function parseTableFilters(
  search: URLSearchParams,
  groupings: readonly GroupingView[],
): ParsedQuery<TableFilters> {
  const parsed = parseDownloadQuery(
    {
      status: z.enum(STATUSES, oneOfList(STATUSES)).default(DEFAULT_FILTERS.status),
      grouping: oneOf(groupings.map((g) => g.slug)).default(DEFAULT_FILTERS.grouping),
      region: z.string().default(DEFAULT_FILTERS.region),
      q: z.string().max(100, "must be at most 100 characters").default(DEFAULT_FILTERS.q),
      sort: z.enum(SORT_KEYS, oneOfList(SORT_KEYS)).default(DEFAULT_FILTERS.sort),
      dir: z.enum(["asc", "desc"], oneOfList(["asc", "desc"])).default(DEFAULT_FILTERS.dir),
    },
    search,
  );
  if (!parsed.ok || parsed.query.region === "all") return parsed;
  const regions = groupings.find((g) => g.slug === parsed.query.grouping)?.regions.map((r) => r.slug) ?? [];
  if (regions.includes(parsed.query.region)) return parsed;
  return {
    ok: false,
    error: {
      parameter: "region",
      message: `must be all or a region of ${parsed.query.grouping}: ${regions.join(", ")}`,
    },
  };
}

export function treatyStatusFile(view: TreatyView, filters: TableFilters): DownloadFile {
  const { snapshot, asOf, counting } = view;
  const rows = applyFilters(view.rows, filters);
  return {
    name: [
      snapshot.slug,
      asOf,
      counting,
      ...(filters.status === "all" ? [] : [filters.status]),
      ...(filters.region === "all" ? [] : [filters.region]),
    ].join("-"),
    json: () => ({
      treaty: snapshot.slug,
      asOf,
      counting,
      filters,
      source: snapshot.depositaryUrl,
      checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
      count: rows.length,
      states: rows.map(({ regions: _regions, isoNumeric: _n, ...row }) => row),
    }),
    csv: () => ({
      columns: [
        "iso3",
        "name",
        "short_name",
        "status",
        "withdrawal_pending",
        "signed_on",
        "consent_on",
        "consent_type",
        "entry_into_force_on",
        "withdrawal_notice_on",
        "withdrawal_effective_on",
        "annotations",
        "depositary_checked_on",
      ],
      rows: rows.map((row) => ({
        iso3: row.iso3,
        name: row.name,
        short_name: row.shortName,
        status: row.status,
        withdrawal_pending: row.withdrawalPending,
        signed_on: row.signedOn,
        consent_on: row.consentOn,
        consent_type: row.consentType,
        entry_into_force_on: row.entryIntoForceOn,
        withdrawal_notice_on: row.withdrawalNoticeOn,
        withdrawal_effective_on: row.withdrawalEffectiveOn,
        annotations: row.annotations.map((a) => `${a.type} ${a.date}`).join("; "),
        // A CSV has nowhere else to say how current it is.
        depositary_checked_on: snapshot.depositaryCheckedOn,
      })),
    }),
  };
}
