// The treaty page is rendered once per period and served for every day in it
// (lib/domain/periods.ts, proxy.ts). That is only right if nothing the page
// shows changes inside a period. This checks it on the real data, for both
// treaties and both counting rules: for every period, the view on its last day
// equals the view on its first day, apart from the date itself. (Checking the
// ends suffices: inside a period only dates that change nothing shown can fall,
// such as an entry into force when counting from deposit, and what a date
// changes stays changed.)
import { beforeAll, describe, expect, it } from "vitest";
import { withSeededDatabase } from "./seeded-database.test-support";
import { addDaysIso, type IsoDate } from "../domain/dates";
import { periodContaining } from "../domain/periods";
import { yearlyRows } from "../domain/series";
import { COUNTING_RULES, type Counting } from "../domain/status";
import { latestAllowedDate } from "../domain/date-bounds";
import { getTreatySnapshots } from "./treaty-snapshots";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { getTreatyView } from "./treaty-view";

let snapshots: TreatySnapshot[];

withSeededDatabase();
beforeAll(async () => {
  snapshots = await getTreatySnapshots();
});

/** Everything the page shows for a date, minus the date itself. */
async function shownOn(snapshot: TreatySnapshot, date: IsoDate, counting: Counting) {
  const view = await getTreatyView(snapshot, date, counting);
  const chartPoints = snapshot.series[counting].filter((p) => p.date <= date);
  return {
    counts: view.counts,
    rows: view.rows,
    regionCounts: view.regionCounts,
    // Before a target's deadline its standing is measured on the date itself.
    targets: view.targets.map(({ progress: { asOf: _date, standing, ...progress }, ...target }) => ({
      ...target,
      progress: {
        ...progress,
        standing: { ...standing, measuredOn: standing.deadlinePassed ? standing.measuredOn : null },
      },
    })),
    // The obligation figures, and the obligation targets (measured on the date before their deadline).
    obligations: view.obligations,
    obligationTargets: view.obligationTargets.map(({ progress: { measuredOn, ...progress }, ...target }) => ({
      ...target,
      progress: { ...progress, measuredOn: progress.deadlinePassed ? measuredOn : null },
    })),
    obligationCharts: Object.values(snapshot.obligations.series).map((points) => points.filter((p) => p.date <= date)),
    chartPoints,
    years: yearlyRows(chartPoints, date).map(({ year, statesParties, signatories }) => ({
      year,
      statesParties,
      signatories,
    })),
  };
}

describe("a treaty page is the same on every day of its period", () => {
  it("holds for every period of both treaties under both counting rules", async () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(2);
    let periodsChecked = 0;
    for (const snapshot of snapshots) {
      for (const counting of COUNTING_RULES) {
        const points = snapshot.turningPoints[counting];
        expect(points[0]).toBe(snapshot.rules.openedForSignatureOn);
        for (const [index, from] of points.entries()) {
          const next = points[index + 1];
          if (!next) continue; // the open-ended last period: checked below
          const until = addDaysIso(next, -1);
          expect(periodContaining(points, until)).toEqual({ from, until });
          if (until === from) continue;
          const first = await shownOn(snapshot, from, counting);
          expect(await shownOn(snapshot, until, counting), `${snapshot.slug} ${counting} ${from}..${until}`).toEqual(
            first,
          );
          periodsChecked++;
        }
      }
    }
    expect(periodsChecked).toBeGreaterThan(500);
  });

  it("holds for the last, open-ended period up to the last date a page accepts", async () => {
    for (const snapshot of snapshots) {
      const latestAccepted = latestAllowedDate();
      for (const counting of COUNTING_RULES) {
        const last = snapshot.turningPoints[counting].at(-1) as IsoDate;
        if (latestAccepted < last) continue;
        expect(await shownOn(snapshot, latestAccepted, counting)).toEqual(await shownOn(snapshot, last, counting));
      }
    }
  });
});
