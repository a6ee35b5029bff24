// Random but rule-abiding action logs for load tests: each treaty opens on a
// date, states sign while it is open, consent later, some withdraw.
import { addDaysIso } from "../lib/domain/dates";
import type { TreatyActionRecord, TreatyRules } from "../lib/domain/types";

export type SyntheticTreaty = { rules: TreatyRules; actions: TreatyActionRecord[] };

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticTreaties(
  count: number,
  actionsPerTreaty: number,
  stateIsos: readonly string[],
): SyntheticTreaty[] {
  const next = random(42);
  return Array.from({ length: count }, (_, index) => {
    const opened = addDaysIso("1990-01-01", index * 97);
    const rules: TreatyRules = {
      slug: `synthetic-${index + 1}`,
      openedForSignatureOn: opened,
      entryIntoForceOn: addDaysIso(opened, 500),
      signatureClosesOn: addDaysIso(opened, 500),
      laterJoiners: { kind: "first-day-of-month-after", months: 6 },
      withdrawalNoticeMonths: 6,
    };
    const actions: TreatyActionRecord[] = [];
    for (const iso3 of stateIsos) {
      if (actions.length >= actionsPerTreaty) break;
      const base = { stateIso3: iso3, effectiveOn: null, effectDeferred: false, source: "synthetic", note: null };
      const signDay = Math.floor(next() * 500);
      actions.push({ ...base, type: "signature", depositedOn: addDaysIso(opened, signDay) });
      const consentDay = signDay + Math.floor(next() * 4000);
      actions.push({ ...base, type: "ratification", depositedOn: addDaysIso(opened, consentDay) });
      actions.push({ ...base, type: "provisional_application", depositedOn: addDaysIso(opened, consentDay) });
      if (next() < 0.3) {
        const withdrawDay = consentDay + 1 + Math.floor(next() * 3000);
        actions.push({ ...base, type: "withdrawal", depositedOn: addDaysIso(opened, withdrawDay) });
        actions.push({ ...base, type: "accession", depositedOn: addDaysIso(opened, withdrawDay + 400) });
      }
      if (next() < 0.5) actions.push({ ...base, type: "suspension", depositedOn: addDaysIso(opened, consentDay + 2) });
    }
    return { rules, actions };
  });
}
