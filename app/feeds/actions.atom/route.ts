// GET /feeds/actions.atom: the latest actions of every treaty, newest first (Atom).
import { feedResponse } from "@/lib/feeds/feed-response";

// Built on every request (cheap: the snapshots are in memory), never at build time, which has no database.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return feedResponse(request, null);
}
