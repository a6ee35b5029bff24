// Filtering and sorting of the status table, shared by the table (in the
// browser) and the download route (on the server) so a download is exactly
// the view on screen.
import { DEFAULT_GROUPING } from "../domain/regions";
import { STATE_STATUSES, type StateStatus } from "../domain/status";

export type FilterableRow = {
  iso3: string;
  name: string;
  shortName: string;
  status: StateStatus;
  signedOn: string | null;
  consentOn: string | null;
  entryIntoForceOn: string | null;
  withdrawalNoticeOn: string | null;
  regions: Record<string, string>;
};

export const SORT_KEYS = ["name", "status", "signedOn", "consentOn", "entryIntoForceOn", "withdrawalNoticeOn"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** "outside" = every state that is not a party (signatories, never joined, withdrawn). */
export type TableFilters = {
  status: StateStatus | "all" | "outside";
  grouping: string;
  region: string;
  q: string;
  sort: SortKey;
  dir: "asc" | "desc";
};

export const DEFAULT_FILTERS: TableFilters = {
  status: "all",
  grouping: DEFAULT_GROUPING,
  region: "all",
  q: "",
  sort: "name",
  dir: "asc",
};
export const STATUSES = ["all", "outside", ...STATE_STATUSES] as const;

/** Reads filters from URL parameters, ignoring anything unknown. */
export function filtersFromParams(params: URLSearchParams): TableFilters {
  const status = params.get("status");
  const sort = params.get("sort");
  return {
    status: STATUSES.find((s) => s === status) ?? DEFAULT_FILTERS.status,
    grouping: params.get("grouping") || DEFAULT_FILTERS.grouping,
    region: params.get("region") || DEFAULT_FILTERS.region,
    q: (params.get("q") ?? "").slice(0, 100),
    sort: SORT_KEYS.find((k) => k === sort) ?? DEFAULT_FILTERS.sort,
    dir: params.get("dir") === "desc" ? "desc" : "asc",
  };
}

export function filtersToParams(filters: TableFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_FILTERS) as (keyof TableFilters)[]) {
    if (filters[key] !== DEFAULT_FILTERS[key] || (key === "grouping" && filters.region !== "all"))
      params.set(key, filters[key]);
  }
  return params;
}

export function applyFilters<Row extends FilterableRow>(rows: readonly Row[], filters: TableFilters): Row[] {
  const query = filters.q.trim().toLowerCase();
  const filtered = rows.filter(
    (row) =>
      (filters.status === "all" ||
        row.status === filters.status ||
        (filters.status === "outside" && row.status !== "party")) &&
      (filters.region === "all" || row.regions[filters.grouping] === filters.region) &&
      (!query ||
        row.iso3.toLowerCase() === query ||
        row.name.toLowerCase().includes(query) ||
        row.shortName.toLowerCase().includes(query)),
  );
  const direction = filters.dir === "asc" ? 1 : -1;
  const value = (row: Row): string | number =>
    filters.sort === "name"
      ? row.shortName
      : filters.sort === "status"
        ? STATE_STATUSES.indexOf(row.status)
        : (row[filters.sort] ?? "");
  return filtered.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    // Empty dates sort last whichever the direction.
    if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : a.shortName.localeCompare(b.shortName)) * direction;
  });
}
