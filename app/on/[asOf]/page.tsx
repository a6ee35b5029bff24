// / and /?asOf=YYYY-MM-DD, rewritten here by proxy.ts.
import type { Metadata } from "next";
import { HomePage } from "../../_view/home-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export const metadata: Metadata = {
  alternates: { types: { "application/atom+xml": [{ url: "/feeds/actions.atom", title: "Treaty actions" }] } },
};
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

export default async function HomeOnDatePage({ params }: { params: Promise<{ asOf: string }> }) {
  return <HomePage asOf={(await params).asOf} />;
}
