import Link from "next/link";
import type { HomeTreaty } from "@/lib/data/home";
import { TargetProgressBar } from "./target-progress";

/** `asOf`: the date for the treaty link, or null on today's page (the plain link is served without the proxy). */
export function TreatySummaryCard({ treaty, asOf }: { treaty: HomeTreaty; asOf: string | null }) {
  const { counts } = treaty;
  return (
    <li className="treaty-card" aria-labelledby={`treaty-${treaty.slug}`}>
      <h2 id={`treaty-${treaty.slug}`}>
        <Link href={asOf ? `/treaties/${treaty.slug}?asOf=${asOf}` : `/treaties/${treaty.slug}`}>{treaty.shortName}</Link>
      </h2>
      <p className="muted">{treaty.officialName}</p>
      <dl className="count-list">
        <dt data-testid={`${treaty.slug}-states-parties`}>{counts.statesParties}</dt>
        <dd>States Parties</dd>
        <dt data-testid={`${treaty.slug}-signatories`}>{counts.signatories}</dt>
        <dd>signatories</dd>
        <dt data-testid={`${treaty.slug}-not-party`}>{counts.notParty}</dt>
        <dd>not party</dd>
        <dt data-testid={`${treaty.slug}-withdrawn`}>{counts.withdrawn}</dt>
        <dd>withdrawn (among “not party”)</dd>
      </dl>
      {treaty.targets.map((target) => (
        <TargetProgressBar key={target.slug} target={target} />
      ))}
      <p>
        <Link href={`/treaties/${treaty.slug}/outside`}>Who remains outside</Link>
      </p>
    </li>
  );
}
