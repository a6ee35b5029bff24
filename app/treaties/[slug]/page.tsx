// /treaties/{slug}: the treaty today, counting from deposit. A route of its own
// so the most shared link needs no rewrite and no proxy, which cost a cached
// page measurably (bench/README.md).
import type { Metadata } from "next";
import { TreatyPage, treatyMetadata } from "./_view/treaty-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
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
