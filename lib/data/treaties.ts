// Reads for the public pages: named functions over the database, returning
// plain, already-shaped data. Pages never touch Prisma directly.
import "server-only";
import { cache } from "react";
import { getPrisma } from "../db/client";
import { todayIso, type IsoDate } from "../domain/dates";
import { countsOn, type StatusCounts } from "../domain/status";
import { buildTimelines } from "../domain/timeline";
import { toActionRecord, toTreatyRules } from "./mappers";

export type TreatySummary = { slug: string; shortName: string; officialName: string; asOf: IsoDate; counts: StatusCounts };

const loadStateIsos = cache(async () => (await getPrisma().state.findMany({ select: { iso3: true } })).map((s) => s.iso3));

export async function getTreatySummaries(asOf: IsoDate = todayIso()): Promise<TreatySummary[]> {
  const prisma = getPrisma();
  const [treaties, stateIsos] = await Promise.all([
    prisma.treaty.findMany({ orderBy: { openedForSignatureOn: "asc" }, include: { actions: true } }),
    loadStateIsos(),
  ]);
  return treaties.map((treaty) => {
    const timelines = buildTimelines(toTreatyRules(treaty), treaty.actions.map(toActionRecord));
    return {
      slug: treaty.slug,
      shortName: treaty.shortName,
      officialName: treaty.officialName,
      asOf,
      counts: countsOn(timelines, stateIsos, asOf),
    };
  });
}
