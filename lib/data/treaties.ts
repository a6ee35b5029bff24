// Reads for the public pages: named functions returning plain, already-shaped
// data from the in-memory treaty snapshots. Pages never touch Prisma directly.
import "server-only";
import { todayIso, type IsoDate } from "../domain/dates";
import { countsFromSeries } from "../domain/series";
import type { Counting, StatusCounts } from "../domain/status";
import { getTreatySnapshots } from "./treaty-snapshot";

export type TreatySummary = { slug: string; shortName: string; officialName: string; asOf: IsoDate; counting: Counting; counts: StatusCounts };

export async function getTreatySummaries(asOf: IsoDate = todayIso(), counting: Counting = "deposit"): Promise<TreatySummary[]> {
  return (await getTreatySnapshots()).map((snapshot) => ({
    slug: snapshot.slug,
    shortName: snapshot.shortName,
    officialName: snapshot.officialName,
    asOf,
    counting,
    counts: countsFromSeries(snapshot.series[counting], asOf, snapshot.stateIsos.length),
  }));
}
