// GET /treaties/{slug}/map/{asOf}/{counting}: the status map as an SVG picture
// (the treaty page shows it with <img>). Cheap to build, cached by browsers.
import { NextResponse } from "next/server";
import { renderMapSvg } from "@/lib/map/map-svg";
import { jsonError } from "@/lib/api/json-error";
import { getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { parseViewSegments } from "@/lib/validations/view-segments";
import { statusOn } from "@/lib/domain/status";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; asOf: string; counting: string }> },
) {
  const segments = await params;
  const snapshot = await getTreatySnapshot(segments.slug);
  if (!snapshot) return jsonError(404, "slug", "is not a known treaty");
  const parsed = parseViewSegments(segments, {
    shortName: snapshot.shortName,
    openedForSignatureOn: snapshot.rules.openedForSignatureOn,
  });
  if (!parsed.ok) return jsonError(400, parsed.error.parameter, parsed.error.message);
  const { asOf, counting } = parsed.query;
  const svg = renderMapSvg(
    snapshot.states.map((state) => ({
      iso3: state.iso3,
      isoNumeric: state.isoNumeric,
      name: state.shortName,
      status: statusOn(snapshot.timelines.get(state.iso3), asOf, counting).status,
      href: `/states/${state.iso3}`,
    })),
    `${snapshot.shortName} on ${asOf}`,
  );
  return new NextResponse(svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
