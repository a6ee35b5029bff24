// Property-based tests: the engine's invariants hold for random action logs
// that follow the treaty rules (sign while open, consent once, withdraw after).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, type IsoDate } from "./dates";
import { countsFromSeries, statusSeries } from "./series";
import { countsOn, statusOn } from "./status";
import { action, CCM_RULES } from "./test-support";
import { buildTimelines } from "./timeline";
import type { TreatyActionRecord } from "./types";

const OPEN = CCM_RULES.openedForSignatureOn;
const day = (offset: number): IsoDate => addDaysIso(OPEN, offset);
const EIF_OFFSET = 606; // 2008-12-03 -> 2010-08-01

const stateLog = (iso3: string) =>
  fc
    .record({
      signs: fc.boolean(),
      signOffset: fc.integer({ min: 0, max: EIF_OFFSET }),
      consents: fc.boolean(),
      consentDelay: fc.integer({ min: 0, max: 6000 }),
      withdraws: fc.boolean(),
      withdrawDelay: fc.integer({ min: 1, max: 3000 }),
      deferred: fc.boolean(),
      suspends: fc.boolean(),
    })
    .map((s): TreatyActionRecord[] => {
      const log: TreatyActionRecord[] = [];
      const start = s.signs ? s.signOffset : 0;
      if (s.signs) log.push(action({ stateIso3: iso3, type: "signature", depositedOn: day(s.signOffset) }));
      if (!s.consents) return log;
      const consentOffset = start + s.consentDelay;
      log.push(
        action({ stateIso3: iso3, type: s.signs ? "ratification" : "accession", depositedOn: day(consentOffset) }),
      );
      if (s.suspends) log.push(action({ stateIso3: iso3, type: "suspension", depositedOn: day(consentOffset + 1) }));
      if (s.withdraws)
        log.push(
          action({
            stateIso3: iso3,
            type: "withdrawal",
            depositedOn: day(consentOffset + s.withdrawDelay),
            effectDeferred: s.deferred,
          }),
        );
      return log;
    });

const isos = Array.from({ length: 12 }, (_, i) => `S${String(i).padStart(2, "0")}`);
const logArbitrary = fc.tuple(...isos.map(stateLog)).map((logs) => logs.flat());
const dateArbitrary = fc.integer({ min: -10, max: 12000 }).map(day);
const countingArbitrary = fc.constantFrom("deposit" as const, "in-force" as const);

describe("engine invariants on random logs", () => {
  it("parties + signatories + not party = all states, on any date", () => {
    fc.assert(
      fc.property(logArbitrary, dateArbitrary, countingArbitrary, (log, date, counting) => {
        const counts = countsOn(buildTimelines(CCM_RULES, log), isos, date, counting);
        expect(counts.statesParties + counts.signatories + counts.notParty).toBe(isos.length);
        expect(counts.withdrawn).toBeLessThanOrEqual(counts.notParty);
      }),
    );
  });

  it("the incremental history series gives the same counts as recomputing every state", () => {
    fc.assert(
      fc.property(
        logArbitrary,
        fc.array(dateArbitrary, { minLength: 1, maxLength: 20 }),
        countingArbitrary,
        (log, dates, counting) => {
          const timelines = buildTimelines(CCM_RULES, log);
          const series = statusSeries(timelines, isos, counting);
          for (const date of dates)
            expect(countsFromSeries(series, date, isos.length)).toEqual(countsOn(timelines, isos, date, counting));
        },
      ),
    );
  });

  it("the set of signatories only shrinks once the treaty is in force", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        const series = statusSeries(buildTimelines(CCM_RULES, log), isos, "deposit").filter(
          (p) => p.date >= CCM_RULES.entryIntoForceOn,
        );
        for (let i = 1; i < series.length; i++)
          expect(series[i]!.signatories).toBeLessThanOrEqual(series[i - 1]!.signatories);
      }),
    );
  });

  it("entry into force is a first of the month after deposit, never before the treaty's own", () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        for (const timeline of buildTimelines(CCM_RULES, log).values()) {
          for (const p of timeline.participations) {
            expect(p.entryIntoForceOn >= CCM_RULES.entryIntoForceOn).toBe(true);
            expect(p.entryIntoForceOn > p.consentOn || p.entryIntoForceOn === CCM_RULES.entryIntoForceOn).toBe(true);
            expect(p.entryIntoForceOn.endsWith("-01")).toBe(true);
          }
        }
      }),
    );
  });

  it("a state is withdrawn only once six months have passed since its notice, and never while deferred", () => {
    fc.assert(
      fc.property(logArbitrary, dateArbitrary, (log, date) => {
        const timelines = buildTimelines(CCM_RULES, log);
        for (const iso3 of isos) {
          const { status, participation } = statusOn(timelines.get(iso3), date);
          if (status !== "withdrawn") continue;
          expect(participation?.withdrawalNoticeOn).not.toBeNull();
          expect(participation?.withdrawalEffectiveOn).not.toBeNull();
          expect(date >= (participation?.withdrawalEffectiveOn ?? "9999")).toBe(true);
        }
      }),
    );
  });

  it("a suspension notice never changes a count", () => {
    fc.assert(
      fc.property(logArbitrary, dateArbitrary, (log, date) => {
        const without = log.filter((a) => a.type !== "suspension");
        expect(countsOn(buildTimelines(CCM_RULES, log), isos, date)).toEqual(
          countsOn(buildTimelines(CCM_RULES, without), isos, date),
        );
      }),
    );
  });
});
