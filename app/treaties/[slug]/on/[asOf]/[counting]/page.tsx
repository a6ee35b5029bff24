// /treaties/{slug}?asOf=...&counting=..., rewritten here by proxy.ts (a dated
// link to the first day of its period).
import type { Metadata } from "next";
import { TreatyPage, treatyMetadata, type TreatySegments } from "../../../_view/treaty-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<TreatySegments> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return treatyMetadata((await params).slug);
}

export default async function TreatyOnDatePage({ params }: Props) {
  return <TreatyPage segments={await params} />;
}
