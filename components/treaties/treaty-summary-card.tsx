import Link from "next/link";
import type { HomeTreaty } from "@/lib/data/home";
import { CountFigures } from "./count-figures";
import { FreshnessNote, type ShownDays } from "./freshness-note";
import { TargetProgressBar } from "./target-progress";

/**
 * `asOf`: the date for the treaty link, or null on today's page (the plain link is served without the proxy).
 * `shows`: the day the page shows (for the freshness note).
 */
export function TreatySummaryCard({
  treaty,
  asOf,
  shows,
}: {
  treaty: HomeTreaty;
  asOf: string | null;
  shows: ShownDays;
}) {
  const { counts } = treaty;
  return (
    <li className="treaty-card" aria-labelledby={`treaty-${treaty.slug}`}>
      <h2 id={`treaty-${treaty.slug}`}>
        <Link href={asOf ? `/treaties/${treaty.slug}?asOf=${asOf}` : `/treaties/${treaty.slug}`}>
          {treaty.shortName}
        </Link>
      </h2>
      {treaty.officialName !== treaty.shortName && <p className="muted">{treaty.officialName}</p>}
      <CountFigures counts={counts} layout="list" testIdPrefix={treaty.slug} />
      <p className="rule-note">Withdrawn states are included in “not party”.</p>
      <FreshnessNote checkedOn={treaty.depositaryCheckedOn} shows={shows} />
      {treaty.targets.map((target) => (
        <TargetProgressBar key={target.slug} target={target} />
      ))}
      <p>
        <Link href={`/treaties/${treaty.slug}/outside`}>Who remains outside</Link>
      </p>
    </li>
  );
}
