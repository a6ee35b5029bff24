// What a depositary check compares a status page with: the treaty (its
// reference, URL and checked-as-at date), the names the database keeps for each
// state, and the treaty's action rows with their versions.
import { getPrisma } from "../db/client";
import { isoFromUtcDate, type IsoDate } from "../domain/dates";
import { diffStatusPage, type Difference } from "../depositary/diff";
import { parseStatusPage } from "../depositary/parse-status-page";
import type { StatusPage } from "../depositary/status-page";

export type DepositaryTreaty = {
  slug: string;
  shortName: string;
  depositaryReference: string;
  depositaryUrl: string;
  depositaryCheckedOn: IsoDate;
};

/** What the admin sees of a check: the page, and what differs from the database. */
export type DepositaryCheck = {
  page: Pick<StatusPage, "reference" | "title" | "statusAsAt" | "counts" | "showsProvisionalApplication"> & {
    participants: number;
  };
  differences: Difference[];
  unmatched: string[];
  problems: string[];
  clean: boolean;
};

export async function depositaryTreaty(slug: string): Promise<DepositaryTreaty | null> {
  const treaty = await getPrisma().treaty.findUnique({ where: { slug } });
  if (!treaty) return null;
  const { shortName, depositaryReference, depositaryUrl } = treaty;
  return {
    slug,
    shortName,
    depositaryReference,
    depositaryUrl,
    depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn),
  };
}

/** Parses the page and compares it with the database now. Throws DepositaryPageError for a page that is not the treaty's status page. */
export async function checkStatusPage(treaty: DepositaryTreaty, html: string): Promise<DepositaryCheck> {
  const page = parseStatusPage(html);
  const prisma = getPrisma();
  const [states, rows] = await Promise.all([
    prisma.state.findMany({ select: { iso3: true, depositaryName: true, shortName: true } }),
    prisma.treatyAction.findMany({ where: { treaty: { slug: treaty.slug } }, orderBy: { id: "asc" } }),
  ]);
  const actions = rows.map((row) => ({
    id: row.id,
    version: row.version,
    stateIso3: row.stateIso3,
    type: row.type,
    depositedOn: isoFromUtcDate(row.depositedOn),
    effectiveOn: row.effectiveOn ? isoFromUtcDate(row.effectiveOn) : null,
  }));
  const diff = diffStatusPage(page, { treaty, states, actions });
  const { reference, title, statusAsAt, counts, showsProvisionalApplication } = page;
  return {
    page: { reference, title, statusAsAt, counts, showsProvisionalApplication, participants: page.participants.length },
    ...diff,
  };
}
