// / and /?asOf=YYYY-MM-DD, rewritten here by proxy.ts.
import { HomePage } from "../../_view/home-page";

export const revalidate = 60;
export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

export default async function HomeOnDatePage({ params }: { params: Promise<{ asOf: string }> }) {
  return <HomePage asOf={(await params).asOf} />;
}
