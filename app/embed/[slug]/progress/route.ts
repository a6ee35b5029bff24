// GET /embed/{slug}/progress?counting=deposit|in-force&size=compact: the
// embeddable widget, a small HTML page any site may frame (lib/embed/). A route
// handler, not a page, so the root layout and Next's scripts are not in it.
import { progressWidgetResponse } from "@/lib/embed/embed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return progressWidgetResponse(request, (await params).slug);
}
