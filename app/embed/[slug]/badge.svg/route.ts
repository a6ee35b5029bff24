// GET /embed/{slug}/badge.svg?counting=deposit|in-force: "CCM | 112 States
// Parties" as an SVG badge for an <img> on any site (lib/embed/badge-svg.ts).
import { badgeResponse } from "@/lib/embed/embed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return badgeResponse(request, (await params).slug);
}
