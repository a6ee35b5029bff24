// /treaties/{slug}: the treaty today, counting from deposit. A route of its own
// so the most shared link needs no rewrite and no proxy (Next evaluates
// configured rewrites on every request: about 8 % of a cached page, measured
// with bench/pages.bench.ts).
import type { Metadata } from "next";
import { TreatyPage, treatyMetadata } from "./treaty-page";

export const revalidate = 60;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return treatyMetadata((await params).slug);
}

export default async function TodaysTreatyPage({ params }: Props) {
  return <TreatyPage segments={{ slug: (await params).slug, asOf: "today", counting: "deposit" }} />;
}
