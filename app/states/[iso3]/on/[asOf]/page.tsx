// /states/{iso3}?asOf=YYYY-MM-DD, rewritten here by proxy.ts.
import type { Metadata } from "next";
import { StatePage, stateMetadata, type StateSegments } from "../../_view/state-page";

// A literal (Next reads it at build time): SHARED_FRESH_SECONDS in lib/http/cache-policy.ts.
export const revalidate = 2;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

type Props = { params: Promise<StateSegments> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return stateMetadata(await params);
}

export default async function StateOnDatePage({ params }: Props) {
  return <StatePage segments={await params} />;
}
