// GET /api/v1/treaties and /api/v1/treaties/{slug}: each treaty's facts and
// rules; one treaty also with its targets' progress on a date.
import { getTreatySnapshots } from "../data/treaty-snapshots";
import { targetCounting } from "../domain/targets";
import { obligationTargetViews, targetViews, type TreatySnapshot } from "../domain/treaty-snapshot";
import { findTreaty, resolveAsOf, treatyOpening } from "./lookups";
import { asOfQuery } from "./params";
import { parseQuery } from "./query";
import { success, type ApiResult } from "./result";
import type { TreatyDetail, TreatyList, TreatySummary } from "./schemas/treaty";

export function treatySummary(snapshot: TreatySnapshot): TreatySummary {
  const { slug, rules } = snapshot;
  return {
    slug,
    shortName: snapshot.shortName,
    officialName: snapshot.officialName,
    depositaryReference: snapshot.depositaryReference,
    depositaryUrl: snapshot.depositaryUrl,
    checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
    rules: {
      openedForSignatureOn: rules.openedForSignatureOn,
      entryIntoForceOn: rules.entryIntoForceOn,
      signatureClosesOn: rules.signatureClosesOn,
      laterJoiners: rules.laterJoiners,
      withdrawalNoticeMonths: rules.withdrawalNoticeMonths,
    },
    links: {
      self: `/api/v1/treaties/${slug}`,
      status: `/api/v1/treaties/${slug}/status`,
      series: `/api/v1/treaties/${slug}/series`,
      obligations: `/api/v1/treaties/${slug}/obligations`,
      page: `/treaties/${slug}`,
    },
  };
}

export async function treatyListAnswer(): Promise<ApiResult<TreatyList>> {
  return success({ treaties: (await getTreatySnapshots()).map(treatySummary) });
}

export async function treatyAnswer(slug: string, search: URLSearchParams): Promise<ApiResult<TreatyDetail>> {
  const treaty = await findTreaty(slug);
  if (!treaty.ok) return treaty;
  const query = parseQuery(asOfQuery, search);
  if (!query.ok) return query;
  const asOf = await resolveAsOf(query.data.asOf, treatyOpening(treaty.value));
  if (!asOf.ok) return asOf;
  const targets = targetViews(treaty.value, asOf.value).map(({ metric, ...target }) => ({
    ...target,
    counting: targetCounting(metric),
  }));
  const obligationTargets = obligationTargetViews(treaty.value, asOf.value).map(({ progress, ...target }) => ({
    slug: target.slug,
    label: target.label,
    obligation: progress.kind === "clearance" ? ("clearance" as const) : ("stockpile-destruction" as const),
    goal: target.value,
    deadline: target.deadline,
    source: target.source,
    progress: {
      deadlinePassed: progress.deadlinePassed,
      measuredOn: progress.measuredOn,
      remaining: progress.remaining,
      completed: progress.completed,
      toGo: progress.toGo,
      metOn: progress.metOn,
    },
  }));
  return success({ ...treatySummary(treaty.value), asOf: asOf.value, targets, obligationTargets });
}
