// GET /api/v1/treaties/{slug}/status?asOf=YYYY-MM-DD&counting=deposit|in-force
// Every state's status in the treaty on a date, and the counts. Aliases such as
// "mbt" resolve to the canonical treaty; the response names the canonical slug.
import { NextResponse, type NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { buildStatusResponse } from "@/lib/api/status-response";
import { getTreatySnapshot, getTreatySnapshots } from "@/lib/data/treaty-snapshots";
import { parseStatusQuery } from "@/lib/validations/status-query";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const snapshot = await getTreatySnapshot(slug);
  if (!snapshot) {
    const known = (await getTreatySnapshots()).map((s) => s.slug).join(", ");
    return jsonError(404, "slug", `"${slug}" is not a treaty this tracker knows (known: ${known})`);
  }

  const search = request.nextUrl.searchParams;
  const parsed = parseStatusQuery(
    { asOf: search.get("asOf"), counting: search.get("counting") },
    { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn },
  );
  if (!parsed.ok) return jsonError(400, parsed.error.parameter, parsed.error.message);

  return NextResponse.json(buildStatusResponse(snapshot, parsed.query.asOf, parsed.query.counting), {
    // Shared caches must ask again every time: an admin's save shows here at once, not after a cache's minute.
    headers: { "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}
