// /treaties/{slug}/outside: today's list by UN regional groups. A route of its own
// so the plain link needs no rewrite; with ?asOf or ?grouping, proxy.ts sends the
// link to ./on/[asOf]/[grouping].
import type { Metadata } from "next";
import { DEFAULT_GROUPING } from "@/lib/domain/regions";
import { OutsidePage, outsideMetadata } from "./_view/outside-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return outsideMetadata({ slug: (await params).slug, asOf: "today" });
}

export default async function TodaysOutsidePage({ params }: Props) {
  return <OutsidePage segments={{ slug: (await params).slug, asOf: "today", grouping: DEFAULT_GROUPING }} />;
}
