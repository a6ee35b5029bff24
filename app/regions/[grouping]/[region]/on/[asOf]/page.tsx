// /regions/{grouping}/{region}?asOf=YYYY-MM-DD, rewritten here by proxy.ts.
import type { Metadata } from "next";
import { RegionPage, regionMetadata, type RegionSegments } from "../../_view/region-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<RegionSegments> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return regionMetadata(await params);
}

export default async function RegionOnDatePage({ params }: Props) {
  return <RegionPage segments={await params} />;
}
