// What every download of a treaty's data starts with: the treaty, by slug or
// alias (404 if unknown), and the file format asked for (400 if bad).
import type { NextRequest, NextResponse } from "next/server";
import { jsonError } from "../api/json-error";
import { getTreatySnapshot } from "../data/treaty-snapshots";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { formatParam, parseDownloadQuery, type DownloadFormat } from "../validations/download-query";
import { queryRefused } from "./file-response";

export type TreatyDownload = { snapshot: TreatySnapshot; format: DownloadFormat; search: URLSearchParams };

export async function treatyDownload(
  request: NextRequest,
  slug: string,
): Promise<{ ok: true; download: TreatyDownload } | { ok: false; response: NextResponse }> {
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return { ok: false, response: jsonError(404, "slug", `"${slug}" is not a treaty this tracker knows`) };
  const search = request.nextUrl.searchParams;
  const format = parseDownloadQuery({ format: formatParam }, search);
  if (!format.ok) return { ok: false, response: queryRefused(format.error) };
  return { ok: true, download: { snapshot, format: format.query.format, search } };
}

/** The treaty's name and opening date, which bound the dates a download accepts. */
export const datesOf = (snapshot: TreatySnapshot) => ({
  shortName: snapshot.shortName,
  openedForSignatureOn: snapshot.rules.openedForSignatureOn,
});
