// GET /treaties/{slug}/map/{asOf}/{counting}: the status map as an SVG picture
// (the treaty page shows it with <img>). Cheap to build, cached by browsers.
import { NextResponse } from "next/server";
import { renderMapSvg } from "@/components/map/map-svg";
import { STATUS_COLORS, STATUS_LABELS } from "@/components/map/status-map";
import { getTreatyView } from "@/lib/data/treaty-view";
import { getTreatySnapshot } from "@/lib/data/treaty-snapshot";
import { parseViewSegments } from "@/lib/data/view-params";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; asOf: string; counting: string }> }) {
  const segments = await params;
  const snapshot = await getTreatySnapshot(segments.slug);
  if (!snapshot) return NextResponse.json({ error: { parameter: "slug", message: "slug is not a known treaty" } }, { status: 404 });
  const parsed = parseViewSegments(segments, { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn });
  if (!parsed.ok) return NextResponse.json({ error: { ...parsed.error, message: `${parsed.error.parameter} ${parsed.error.message}` } }, { status: 400 });
  const view = await getTreatyView(snapshot.slug, parsed.query.asOf, parsed.query.counting);
  if (!view) return NextResponse.json({ error: { parameter: "slug", message: "slug is not a known treaty" } }, { status: 404 });
  const svg = renderMapSvg(
    view.rows.map((row) => ({ iso3: row.iso3, isoNumeric: row.isoNumeric, name: row.shortName, status: row.status, href: `/states/${row.iso3}` })),
    STATUS_COLORS,
    STATUS_LABELS,
    `${snapshot.shortName} on ${parsed.query.asOf}`,
  );
  return new NextResponse(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
