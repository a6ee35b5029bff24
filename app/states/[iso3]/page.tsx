// /states/{iso3}: the state today. A route of its own so the plain link needs no rewrite.
import type { Metadata } from "next";
import { StatePage, stateMetadata } from "./_view/state-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<{ iso3: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return stateMetadata(await params);
}

export default async function TodaysStatePage({ params }: Props) {
  return <StatePage segments={{ ...(await params), asOf: "today" }} />;
}
