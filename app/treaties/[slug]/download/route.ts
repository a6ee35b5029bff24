// GET /treaties/{slug}/download?format=csv|json&asOf=...&counting=...&status=...&grouping=...&region=...&q=...
// The treaty page's current view (same filters as on screen) as a file.
import { stringify } from "csv-stringify/sync";
import { NextResponse, type NextRequest } from "next/server";
import { applyFilters, filtersFromParams } from "@/lib/views/table-filters";
import { jsonError } from "@/lib/api/json-error";
import { getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { getTreatyView } from "@/lib/data/treaty-view";
import { parseStatusQuery } from "@/lib/validations/status-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) return jsonError(404, "slug", `"${slug}" is not a treaty this tracker knows`);
  const search = request.nextUrl.searchParams;
  const format = search.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") return jsonError(400, "format", "must be csv or json");
  const parsed = parseStatusQuery(
    { asOf: search.get("asOf"), counting: search.get("counting") },
    { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn },
  );
  if (!parsed.ok) return jsonError(400, parsed.error.parameter, parsed.error.message);

  const { asOf, counting } = parsed.query;
  const view = await getTreatyView(snapshot, asOf, counting);
  const filters = filtersFromParams(search);
  const rows = applyFilters(view.rows, filters);
  const filename = `${snapshot.slug}-${asOf}-${counting}${filters.status === "all" ? "" : `-${filters.status}`}${filters.region === "all" ? "" : `-${filters.region}`}`;

  if (format === "json") {
    const body = {
      treaty: snapshot.slug,
      asOf,
      counting,
      filters,
      source: snapshot.depositaryUrl,
      checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
      count: rows.length,
      states: rows.map(({ regions: _regions, isoNumeric: _n, ...row }) => row),
    };
    return new NextResponse(JSON.stringify(body, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}.json"`,
      },
    });
  }
  const csv = stringify(
    rows.map((row) => [
      row.iso3,
      row.name,
      row.shortName,
      row.status,
      row.withdrawalPending ? "yes" : "no",
      row.signedOn,
      row.consentOn,
      row.consentType,
      row.entryIntoForceOn,
      row.withdrawalNoticeOn,
      row.withdrawalEffectiveOn,
      row.annotations.map((a) => `${a.type} ${a.date}`).join("; "),
      // A CSV has nowhere else to say how current it is.
      snapshot.depositaryCheckedOn,
    ]),
    {
      header: true,
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
    },
  );
  return new NextResponse(`${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}.csv"`,
    },
  });
}
