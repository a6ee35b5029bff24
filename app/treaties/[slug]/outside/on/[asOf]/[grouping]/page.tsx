// /treaties/{slug}/outside?asOf=...&grouping=..., rewritten here by proxy.ts.
import type { Metadata } from "next";
import { OutsidePage, outsideMetadata, type OutsideSegments } from "../../../_view/outside-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<OutsideSegments> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return outsideMetadata(await params);
}

export default async function OutsideOnDatePage({ params }: Props) {
  return <OutsidePage segments={await params} />;
}
