// /treaties/{slug}/outside?asOf=...&grouping=..., rewritten here by proxy.ts.
import type { Metadata } from "next";
import { OutsidePage, outsideMetadata, type OutsideSegments } from "../../../_view/outside-page";

export const revalidate = 60;
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
