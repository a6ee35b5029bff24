// /regions/{grouping}/{region}: the region today. A route of its own so the plain link needs no rewrite.
import type { Metadata } from "next";
import { RegionPage, regionMetadata } from "./_view/region-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<{ grouping: string; region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return regionMetadata(await params);
}

export default async function TodaysRegionPage({ params }: Props) {
  return <RegionPage segments={{ ...(await params), asOf: "today" }} />;
}
