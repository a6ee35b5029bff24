// The treaty page is rendered once per period and served for every day in it
// (lib/domain/periods.ts, proxy.ts). That is only right if nothing the page
// shows changes inside a period. This checks it on the real data, for both
// treaties and both counting rules: for every period, the view on its last day
// equals the view on its first day, apart from the date itself. (Checking the
// ends suffices: inside a period only dates that change nothing shown can fall,
// such as an entry into force when counting from deposit, and what a date
// changes stays changed.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { yearlyRows } from "@/components/charts/series-table";
import { readSeed } from "@/seed/read-seed";
import { loadSeed } from "@/seed/load-seed";
import { createTestDatabase, type TestDatabase } from "../db/test-database";
import { addDaysIso, addYearsIso, todayIso, type IsoDate } from "../domain/dates";
import { periodContaining } from "../domain/periods";
import { COUNTING_RULES, type Counting } from "../domain/status";
import { MAX_YEARS_AHEAD } from "../validations/status-query";
import { getTreatySnapshots, invalidateTreatySnapshots, type TreatySnapshot } from "./treaty-snapshot";
import { getTreatyView } from "./treaty-view";
import { placeTreatyView } from "./treaty-period-path";
import { viewRouteFor } from "../routing/view-path";

let db: TestDatabase;
let snapshots: TreatySnapshot[];
const globalDatabase = globalThis as unknown as { treatyTrackerDatabase?: TestDatabase };

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, readSeed());
  globalDatabase.treatyTrackerDatabase = db;
  invalidateTreatySnapshots();
  snapshots = await getTreatySnapshots();
});
afterAll(async () => {
  globalDatabase.treatyTrackerDatabase = undefined;
  invalidateTreatySnapshots();
  await db?.dispose();
});

/** Everything the page shows for a date, minus the date itself. */
async function shownOn(snapshot: TreatySnapshot, date: IsoDate, counting: Counting) {
  const view = await getTreatyView(snapshot, date, counting);
  const chartPoints = snapshot.series[counting].filter((p) => p.date <= date);
  return {
    counts: view.counts,
    rows: view.rows,
    regionCounts: view.regionCounts,
    targets: view.targets.map(({ progress: { asOf: _date, ...progress }, ...target }) => ({ ...target, progress })),
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
      const latestAccepted = addYearsIso(todayIso(), MAX_YEARS_AHEAD);
      for (const counting of COUNTING_RULES) {
        const last = snapshot.turningPoints[counting].at(-1) as IsoDate;
        if (latestAccepted < last) continue;
        expect(await shownOn(snapshot, latestAccepted, counting)).toEqual(await shownOn(snapshot, last, counting));
      }
    }
  });

  it("sends a dated link to its period's page, and leaves bad links to the page's own message", async () => {
    const ccm = snapshots.find((s) => s.slug === "ccm");
    if (!ccm) throw new Error("ccm missing");
    const niue = "2020-08-06"; // Niue's accession: a turning point
    const period = (path: string) => ({ kind: "period", path });
    expect(await placeTreatyView("ccm", { asOf: niue, counting: "deposit" })).toEqual(
      period(`/treaties/ccm/on/${niue}/deposit`),
    );
    expect(await placeTreatyView("cluster-munitions", { asOf: "2020-08-10", counting: "in-force" })).toEqual(
      period(`/treaties/ccm/on/${niue}/in-force`),
    );
    expect(await placeTreatyView("ccm", { asOf: "2020-08-05", counting: "deposit" })).not.toEqual(
      period(`/treaties/ccm/on/${niue}/deposit`),
    );
    expect(await placeTreatyView("ccm", { asOf: "today", counting: "in-force" })).toEqual({ kind: "exact" });
    for (const bad of [
      { asOf: "2020-02-30", counting: "deposit" },
      { asOf: "1990-01-01", counting: "deposit" },
      { asOf: niue, counting: "whenever" },
      { asOf: "today", counting: "whenever" },
      { asOf: "invalid", counting: "deposit" },
    ]) {
      expect(await placeTreatyView("ccm", bad)).toEqual({ kind: "refused" });
    }
    expect(await placeTreatyView("no-such-treaty", { asOf: niue, counting: "deposit" })).toEqual({
      kind: "unknown-treaty",
    });
  });
});

describe("proxy.ts: the internal path of a public URL", () => {
  const routeFor = (url: string) => {
    const parsed = new URL(url, "http://localhost");
    return viewRouteFor(parsed.pathname, parsed.searchParams);
  };
  const pathFor = async (url: string) => (await routeFor(url))?.path ?? null;

  it("sends the home and region pages to their dated routes", async () => {
    expect(await pathFor("/")).toBe("/on/today");
    expect(await pathFor("/?asOf=2020-08-06")).toBe("/on/2020-08-06");
    expect(await pathFor("/regions/campaign/pacific?asOf=2020-08-31")).toBe("/regions/campaign/pacific/on/2020-08-31");
  });

  it("sends a dated treaty link to its period, and anything it cannot place to the page that explains", async () => {
    expect(await pathFor("/treaties/ccm?asOf=2020-08-10&counting=in-force")).toBe(
      "/treaties/ccm/on/2020-08-06/in-force",
    );
    expect(await pathFor("/treaties/mbt?counting=in-force")).toBe("/treaties/mbt/on/today/in-force");
    expect(await pathFor("/treaties/ccm?asOf=2020-02-30")).toBe("/treaties/ccm/on/2020-02-30/deposit");
    expect(await pathFor("/treaties/ccm?asOf=")).toBe("/treaties/ccm/on/today/deposit");
    expect(await pathFor("/treaties/%E0?asOf=2020-08-10")).toBe("/treaties/%E0/on/2020-08-10/deposit");
  });

  it("never lets a query value name another route", async () => {
    // "/treaties/ccm/on/../download" would be normalised to the download route.
    expect(await pathFor("/treaties/ccm?asOf=..&counting=download")).toBe("/treaties/ccm/on/invalid/download");
    expect(await pathFor("/treaties/ccm?asOf=2020-08-10&counting=x%2Fy")).toBe("/treaties/ccm/on/2020-08-10/invalid");
    expect(await pathFor("/regions/campaign/pacific?asOf=../../states")).toBe("/regions/campaign/pacific/on/invalid");
  });

  it("sends an internal treaty path typed in directly to its period's page", async () => {
    expect(await pathFor("/treaties/ccm/on/2020-08-10/deposit")).toBe("/treaties/ccm/on/2020-08-06/deposit");
    expect(await pathFor("/treaties/ccm/on/2020-08-06/deposit")).toBeNull();
    expect(await pathFor("/treaties/ccm/on/today/in-force")).toBeNull();
  });

  it("refuses (status 400) exactly what the page refuses", async () => {
    const refused = async (url: string) => ({ url, refused: (await routeFor(url))?.refused ?? false });
    const refusedUrls = [
      "/treaties/ccm?asOf=2020-02-30",
      "/treaties/ccm?counting=whenever",
      "/treaties/ccm?asOf=..",
      "/treaties/ccm?asOf=2020-08-06%20", // the page would get the segment "invalid"
      "/treaties/ccm/on/1990-01-01/deposit",
      "/treaties/ccm/on/today/whenever",
      "/treaties/ccm/on/%E0/deposit", // a malformed escape is a bad date, not today
      "/?asOf=1990-01-01",
      "/?asOf=2020-08-06%20",
      "/on/1990-01-01",
      "/regions/campaign/pacific?asOf=soon",
      "/regions/campaign/pacific/on/soon",
    ];
    for (const url of refusedUrls) expect(await refused(url)).toEqual({ url, refused: true });
    const acceptedUrls = [
      "/treaties/ccm?asOf=2020-08-10",
      "/treaties/ccm?asOf=today",
      "/treaties/ccm?counting=in-force",
      "/treaties/ccm?asOf=",
      "/treaties/no-such-treaty?asOf=2020-08-10", // the page answers 404
      "/",
      "/?asOf=today",
      "/?asOf=2020-08-06",
      "/regions/campaign/pacific?asOf=2020-08-31",
      "/regions/campaign/pacific?asOf=today",
    ];
    for (const url of acceptedUrls) expect(await refused(url)).toEqual({ url, refused: false });
  });

  it("leaves valid internal paths typed in as they are", async () => {
    for (const url of [
      "/on/2020-08-06",
      "/on/today",
      "/regions/campaign/pacific/on/2020-08-31",
      "/treaties/ccm/on/today/in-force",
    ])
      expect({ url, route: await routeFor(url) }).toEqual({ url, route: null });
  });

  it("leaves other pages alone", async () => {
    expect(await pathFor("/treaties/ccm/outside?asOf=2020-08-10")).toBeNull();
    expect(await pathFor("/states/NIU")).toBeNull();
  });
});
