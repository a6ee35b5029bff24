// Links between pages of a filtered list keep the filters: /admin/audit?state=NIU&page=2.
export type QueryValues = Record<string, string | number | null | undefined>;

export function pageHref(path: string, query: QueryValues, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== "" && key !== "page") params.set(key, String(value));
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
