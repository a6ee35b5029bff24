import Link from "next/link";
import type { HomeTreaty } from "@/lib/data/home";
import { CountFigures } from "./count-figures";
import { FreshnessNote, type ShownDays } from "./freshness-note";
import { TargetProgressBar } from "./target-progress";
import { ObligationTargetBar } from "./obligation-target-progress";
import { informationNote } from "./obligations-overview";
import { remainingOf } from "@/lib/domain/obligation-summary";

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
      {treaty.clearance && (
        <div className="clearance-picture" data-testid={`clearance-${treaty.slug}`}>
          <h3>Clearance ({treaty.clearance.article})</h3>
          <p>
            <strong>{treaty.clearance.completed}</strong> States Parties have completed clearance;{" "}
            <strong>{remainingOf(treaty.clearance)}</strong> still have clearance obligations (no completion found here)
            {treaty.clearance.overdue.length > 0 &&
              `, ${treaty.clearance.overdue.length} of them past a deadline`}.{" "}
            <Link href={`${asOf ? `/treaties/${treaty.slug}?asOf=${asOf}` : `/treaties/${treaty.slug}`}#obligations`}>
              Obligations in detail
            </Link>
          </p>
          <p className="muted">{informationNote(treaty.clearance)}</p>
          {treaty.obligationTargets
            .filter((target) => target.progress.kind === "clearance")
            .map((target) => (
              <ObligationTargetBar key={target.slug} target={target} informationNote="" />
            ))}
        </div>
      )}
      <p>
        <Link href={`/treaties/${treaty.slug}/outside`}>Who remains outside</Link>
      </p>
    </li>
  );
}
