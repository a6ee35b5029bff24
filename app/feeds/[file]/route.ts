// GET /feeds/{slug}.atom: one treaty's latest actions, newest first (Atom);
// aliases resolve (/feeds/mbt.atom), an unknown treaty is a 404.
// (/feeds/actions.atom, every treaty, has a route of its own.)
import { namedFeedResponse } from "@/lib/feeds/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return namedFeedResponse(request, (await params).file);
}
