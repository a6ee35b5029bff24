// /treaties/{slug}?asOf=...&counting=..., rewritten here by proxy.ts (a dated
// link to the first day of its period).
import type { Metadata } from "next";
import { TreatyPage, treatyMetadata, type TreatySegments } from "../../../_view/treaty-page";

export const revalidate = 60;
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
