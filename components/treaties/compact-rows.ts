// The status table's rows travel to the browser inside the page's RSC payload
// (and its HTML), so they go as tuples, with region memberships sent once per
// grouping: a smaller page and cache entry than objects (see bench/README.md,
// 2026-11-23 first pages run: compact rows).
import type { TreatyRow } from "@/lib/domain/treaty-view";
import { STATE_STATUSES } from "@/lib/domain/status";
import { CONSENT_TYPES, type ConsentType } from "@/lib/domain/types";
import type { FilterableRow } from "@/lib/views/table-filters";
import { regionsByState } from "@/lib/domain/regions";

// Statuses and consent types travel as their index in these lists.
const STATUSES = STATE_STATUSES;
const CONSENTS: readonly ConsentType[] = CONSENT_TYPES;

/** [iso3, shortName, depositary name if different, status, pending, signed, consent, consent type, in force, notice, effect, suspension] */
export type CompactRow = [string, string, string, number, 0 | 1, string, string, number, string, string, string, 0 | 1];
export type GroupingMembers = {
  slug: string;
  name: string;
  regions: { slug: string; name: string; members: string[] }[];
};

export type TableRow = FilterableRow & {
  withdrawalPending: boolean;
  consentType: ConsentType | null;
  withdrawalEffectiveOn: string | null;
  suspensionNotice: boolean;
};

export function compactRows(rows: readonly TreatyRow[]): CompactRow[] {
  return rows.map((r) => [
    r.iso3,
    r.shortName,
    r.name === r.shortName ? "" : r.name,
    STATUSES.indexOf(r.status),
    r.withdrawalPending ? 1 : 0,
    r.signedOn ?? "",
    r.consentOn ?? "",
    r.consentType ? CONSENTS.indexOf(r.consentType) : -1,
    r.entryIntoForceOn ?? "",
    r.withdrawalNoticeOn ?? "",
    r.withdrawalEffectiveOn ?? "",
    r.annotations.some((a) => a.type === "suspension") ? 1 : 0,
  ]);
}

export function expandRows(rows: readonly CompactRow[], groupings: readonly GroupingMembers[]): TableRow[] {
  const regionsOf = regionsByState(groupings);
  const orNull = (value: string) => value || null;
  return rows.map(
    ([iso3, shortName, name, status, pending, signedOn, consentOn, consentType, eif, notice, effect, suspension]) => ({
      iso3,
      shortName,
      name: name || shortName,
      status: STATUSES[status] ?? "not-party",
      withdrawalPending: pending === 1,
      signedOn: orNull(signedOn),
      consentOn: orNull(consentOn),
      consentType: CONSENTS[consentType] ?? null,
      entryIntoForceOn: orNull(eif),
      withdrawalNoticeOn: orNull(notice),
      withdrawalEffectiveOn: orNull(effect),
      suspensionNotice: suspension === 1,
      regions: regionsOf.get(iso3) ?? {},
    }),
  );
}
