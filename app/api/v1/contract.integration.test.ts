// Every endpoint called for real (the route handlers on the shipped seed) and
// each answer checked against the OpenAPI document with ajv, then the numbers
// against facts others published (sources as in lib/data/getters.integration.test.ts):
// - CMC: the Cluster Munition Coalition, "Niue accedes ..." (Aug 2020): the 109th State Party;
// - PRODUCT: shared/PRODUCT.md, "Facts the data and engine must reproduce";
// - depositary: the UN status pages XXVI-5 / XXVI-6 as transcribed in seed/data/actions.
import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "@/lib/data/seeded-database.test-support";
import { invalidateTreatySnapshots } from "@/lib/data/treaty-snapshots";
import { addYearsIso, utcDateFromIso } from "@/lib/domain/dates";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiValidator } from "@/lib/api/openapi-validator.test-support";
import type { ActionPage } from "@/lib/api/schemas/actions";
import type { TreatyObligations } from "@/lib/api/schemas/obligations";
import type { RegionBreakdown } from "@/lib/api/schemas/regions";
import type { TreatySeries } from "@/lib/api/schemas/series";
import type { StateHistory, StateList } from "@/lib/api/schemas/states";
import type { TreatyStatus } from "@/lib/api/schemas/status";
import type { TreatyDetail, TreatyList } from "@/lib/api/schemas/treaty";
import { getJson } from "./route-caller.test-support";

const database = withSeededDatabase();
const validator = openApiValidator(buildOpenApiDocument());

/** The answer's status, body and its departures from the schema the document gives for a 200. */
async function conformance<T>(url: string): Promise<{ status: number; errors: string[]; body: T }> {
  const { template, status, body } = await getJson<T>(url);
  return { status, errors: validator.errorsAgainst(validator.componentFor(template, "200"), body), body };
}

/** The answer, after checking it is a 200 the document describes. */
async function getValid<T>(url: string): Promise<T> {
  const { status, errors, body } = await conformance<T>(url);
  expect({ url, status, errors }).toEqual({ url, status: 200, errors: [] });
  return body;
}

const CONSENTS = "ratification,acceptance,approval,accession,succession";

describe("every endpoint answers what the OpenAPI document describes", () => {
  it.each([
    ...ENDPOINTS.map((endpoint) => endpoint.example),
    "/api/v1/treaties/mine-ban-treaty",
    "/api/v1/treaties/ccm/status?counting=in-force",
    "/api/v1/treaties/cluster-munitions/status?asOf=2025-01-01",
    "/api/v1/treaties/mine-ban-treaty/status?asOf=2025-08-01",
    "/api/v1/treaties/ccm/series",
    "/api/v1/states/ssd?counting=in-force",
    "/api/v1/states/LTU",
    "/api/v1/states/UKR",
    "/api/v1/states/BIH?asOf=2015-01-01&counting=in-force",
    "/api/v1/states/NIU?asOf=2020-08-06",
    "/api/v1/treaties/mbt/obligations",
    "/api/v1/treaties/ccm/obligations?asOf=2008-12-03",
    "/api/v1/treaties/mine-ban-treaty/obligations?asOf=2010-01-01",
    "/api/v1/actions",
    "/api/v1/actions?state=LTU&type=withdrawal",
    "/api/v1/actions?type=suspension,provisional-application&limit=500",
    "/api/v1/regions/un-regional-group",
    "/api/v1/regions/un-m49-subregion?asOf=1998-01-01&counting=in-force",
  ])("GET %s", async (url) => {
    expect(await conformance(url)).toMatchObject({ status: 200, errors: [] });
  });

  it("serves the OpenAPI document itself", async () => {
    const { status, body } = await getJson<{ openapi: string }>("/api/v1/openapi.json");
    expect([status, body.openapi]).toEqual([200, "3.1.0"]);
  });
});

describe("treaties", () => {
  it("lists the Mine Ban Treaty (1997) before the CCM (2008), both checked against the depositary on 3 Feb 2026", async () => {
    const { treaties } = await getValid<TreatyList>("/api/v1/treaties");
    // PRODUCT: Ottawa 1997, Dublin 2008; both depositary pages checked on 3 Feb 2026.
    expect(treaties.map((t) => [t.slug, t.rules.openedForSignatureOn, t.checkedAgainstDepositaryOn])).toEqual([
      ["mine-ban-treaty", "1997-12-03", "2026-02-03"],
      ["ccm", "2008-12-03", "2026-02-03"],
    ]);
    // Art. 17 of both: the first day of the sixth month after deposit.
    expect(treaties[1]?.rules.laterJoiners).toEqual({ kind: "first-day-of-month-after", months: 6 });
  });

  it("resolves an alias and measures the Dubrovnik target on 25 Nov 2020: 110 States Parties, 20 short of 130", async () => {
    expect((await getValid<TreatyDetail>("/api/v1/treaties/mbt")).slug).toBe("mine-ban-treaty");
    const ccm = await getValid<TreatyDetail>("/api/v1/treaties/ccm?asOf=2020-11-25");
    // Dubrovnik Action Plan: 130 by the Second Review Conference (25 Nov 2020); HRW: "the treaty's 110 states parties".
    expect(ccm.targets).toMatchObject([
      { slug: "dubrovnik-130", counting: "deposit", value: 130, deadline: "2020-11-25" },
    ]);
    expect(ccm.targets[0]?.progress.standing).toEqual({
      deadlinePassed: true,
      measuredOn: "2020-11-25",
      value: 110,
      short: 20,
    });
  });
});

describe("status and series", () => {
  it("measures 'mine-free by 2025' (Oslo Action Plan) on obligations remaining: not met on 31 Dec 2025", async () => {
    const mbt = await getValid<TreatyDetail>("/api/v1/treaties/mine-ban-treaty?asOf=2026-06-01");
    const [target] = mbt.obligationTargets;
    expect([target?.slug, target?.obligation, target?.goal, target?.deadline]).toEqual([
      "mine-free-2025",
      "clearance",
      0,
      "2025-12-31",
    ]);
    // Not everyone could finish by then: States Parties were granted deadlines past 2025 (South Sudan
    // to 9 Jul 2026 by the Eighteenth Meeting, Iraq to 1 Feb 2028 by the Sixteenth; ISU, UNMAS).
    expect(target?.progress).toMatchObject({ deadlinePassed: true, measuredOn: "2025-12-31", metOn: null });
    expect(target?.progress.toGo).toBeGreaterThan(0);
  });

  it("count 109 CCM States Parties on 6 Aug 2020, the day Niue acceded, and 108 the day before (CMC)", async () => {
    const status = await getValid<TreatyStatus>("/api/v1/treaties/ccm/status?asOf=2020-08-06");
    expect(status.counts).toMatchObject({ statesParties: 109, signatories: 13, total: 197 });
    expect(status.states.find((s) => s.iso3 === "NIU")).toMatchObject({
      status: "party",
      entryIntoForceOn: "2021-02-01",
    });

    const { points, counting } = await getValid<TreatySeries>("/api/v1/treaties/ccm/series");
    const index = points.findIndex((p) => p.date === "2020-08-06");
    expect(counting).toBe("deposit");
    expect([points[index - 1]?.statesParties, points[index]?.statesParties]).toEqual([108, 109]);
  });

  it("count Niue among CCM parties by entry into force only from 1 Feb 2021", async () => {
    const { points } = await getValid<TreatySeries>("/api/v1/treaties/ccm/series?counting=in-force");
    const on = (date: string) => points.findLast((p) => p.date <= date)?.statesParties ?? 0;
    // Niue: deposited 6 Aug 2020, in force 1 Feb 2021 (CMC / PRODUCT).
    expect(on("2021-02-01") - on("2021-01-31")).toBeGreaterThanOrEqual(1);
    expect(points.some((p) => p.date === "2020-08-06")).toBe(false);
  });
});

describe("states", () => {
  it("lists the 197 states, Niue in the campaigns' Pacific", async () => {
    const { states } = await getValid<StateList>("/api/v1/states");
    expect(states).toHaveLength(197);
    expect(states.find((s) => s.iso3 === "NIU")?.regions.campaign).toBe("pacific");
  });

  it("have Niue's CCM accession of 6 Aug 2020 in force on 1 Feb 2021 (CMC / PRODUCT)", async () => {
    const niue = await getValid<StateHistory>("/api/v1/states/NIU");
    const ccm = niue.treaties.find((t) => t.treaty === "ccm");
    expect(ccm?.participations).toEqual([
      {
        consentType: "accession",
        consentOn: "2020-08-06",
        entryIntoForceOn: "2021-02-01",
        withdrawalNoticeOn: null,
        withdrawalEffectiveOn: null,
      },
    ]);
    expect([ccm?.status, ccm?.checkedAgainstDepositaryOn, niue.counting]).toEqual(["party", "2026-02-03", "deposit"]);
  });

  it("date South Sudan's Mine Ban Treaty succession (deposited 11 Nov 2011) from independence, 9 Jul 2011", async () => {
    const mbt = (await getValid<StateHistory>("/api/v1/states/ssd")).treaties.find(
      (t) => t.treaty === "mine-ban-treaty",
    );
    // PRODUCT / depositary XXVI-5: succession deposited 11 Nov 2011, effective 9 Jul 2011.
    expect(mbt?.actions).toMatchObject([{ type: "succession", depositedOn: "2011-11-11", effectiveOn: "2011-07-09" }]);
    expect(mbt?.participations[0]?.entryIntoForceOn).toBe("2011-07-09");
    // PRODUCT (Landmine Monitor): its clearance deadline, 9 Jul 2021, runs from that date.
    expect(mbt?.obligations.find((o) => o.kind === "clearance")?.originalDeadline).toBe("2021-07-09");
    // Art. 7: the initial report is due 180 days after entry into force.
    expect(mbt?.initialReportDue).toBe("2012-01-05");
  });

  it("give a state's obligations as they stood on asOf: none before it was a party in force", async () => {
    // Niue acceded to the CCM on 6 Aug 2020, in force on 1 Feb 2021 (CMC / PRODUCT).
    const before = await getValid<StateHistory>("/api/v1/states/NIU?asOf=2020-08-06");
    const ccm = before.treaties.find((t) => t.treaty === "ccm");
    expect([before.asOf, ccm?.status, ccm?.initialReportDue, ccm?.obligations]).toEqual([
      "2020-08-06",
      "party",
      null,
      [],
    ]);
    const after = await getValid<StateHistory>("/api/v1/states/NIU?asOf=2021-02-01");
    const inForce = after.treaties.find((t) => t.treaty === "ccm");
    expect(inForce?.obligations.map((o) => [o.kind, o.article, o.originalDeadline])).toEqual([
      ["stockpile-destruction", "Art. 3", "2029-02-01"],
      ["clearance", "Art. 4", "2031-02-01"],
    ]);
  });

  it("show Lithuania withdrawn from the CCM on 6 Mar 2025 (depositary XXVI-6 end note 3)", async () => {
    const ccm = (await getValid<StateHistory>("/api/v1/states/LTU")).treaties.find((t) => t.treaty === "ccm");
    expect(ccm?.status).toBe("withdrawn");
    expect(ccm?.participations[0]).toMatchObject({
      withdrawalNoticeOn: "2024-09-06",
      withdrawalEffectiveOn: "2025-03-06",
    });
  });
});

describe("actions", () => {
  async function allPages(url: string): Promise<ActionPage["actions"]> {
    const actions: ActionPage["actions"] = [];
    let next: string | null = null;
    do {
      const page: ActionPage = await getValid<ActionPage>(next ? `${url}&cursor=${next}` : url);
      actions.push(...page.actions);
      next = page.next;
    } while (next);
    return actions;
  }

  it("have Niue's accession the 109th CCM consent, paged 25 at a time (CMC)", async () => {
    const consents = await allPages(`/api/v1/actions?treaty=cluster-munitions&type=${CONSENTS}&to=2020-08-06&limit=25`);
    expect(consents).toHaveLength(109);
    expect(consents.at(-1)).toMatchObject({
      treaty: "ccm",
      state: "NIU",
      type: "accession",
      depositedOn: "2020-08-06",
    });
  });

  it("page in a stable order, by deposit date then id, without gaps or repeats", async () => {
    const paged = await allPages("/api/v1/actions?treaty=ccm&limit=37");
    const { actions: whole } = await getValid<ActionPage>("/api/v1/actions?treaty=ccm&limit=500");
    expect(paged.map((a) => a.id)).toEqual(whole.map((a) => a.id));
    const keys = whole.map((a) => `${a.depositedOn}/${String(a.id).padStart(10, "0")}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("filter by state, type and dates, and name the treaties they cover with their checked-as-at dates", async () => {
    const page = await getValid<ActionPage>("/api/v1/actions?state=niu&from=2020-01-01&to=2020-12-31");
    expect(page.actions.map((a) => [a.treaty, a.type, a.depositedOn])).toEqual([["ccm", "accession", "2020-08-06"]]);
    expect(page.treaties.map((t) => [t.treaty, t.checkedAgainstDepositaryOn])).toEqual([
      ["mine-ban-treaty", "2026-02-03"],
      ["ccm", "2026-02-03"],
    ]);
    expect(page.next).toBeNull();
  });
});

describe("regions", () => {
  it("split the Pacific 8 in and 8 out of the CCM at the end of August 2020 (CMC)", async () => {
    const breakdown = await getValid<RegionBreakdown>("/api/v1/regions/campaign?asOf=2020-08-31&treaty=ccm");
    const pacific = breakdown.regions.find((r) => r.slug === "pacific");
    expect(pacific?.treaties).toEqual([
      { treaty: "ccm", counts: { statesParties: 8, signatories: 0, notParty: 8, withdrawn: 0, total: 16 } },
    ]);
    expect([breakdown.asOf, breakdown.counting, breakdown.treaties[0]?.checkedAgainstDepositaryOn]).toEqual([
      "2020-08-31",
      "deposit",
      "2026-02-03",
    ]);
  });

  it("count every treaty in the five UN regional groups, 192 Member States without the United States", async () => {
    const breakdown = await getValid<RegionBreakdown>("/api/v1/regions/un-regional-group?asOf=2020-08-06");
    expect(breakdown.regions).toHaveLength(5);
    expect(breakdown.regions.flatMap((r) => r.members)).toHaveLength(192);
    const ccmParties = breakdown.regions.flatMap((r) => r.treaties.filter((t) => t.treaty === "ccm"));
    // CMC: 109 States Parties on 6 Aug 2020. UN DGACM (seed/data/groupings.json): the Holy See, the State of
    // Palestine, the Cook Islands and Niue, all four CCM parties by then (depositary XXVI-6), belong to no group.
    expect(ccmParties.reduce((sum, t) => sum + t.counts.statesParties, 0)).toBe(109 - 4);
  });
});

describe("obligations", () => {
  /** Checks that hold with or without sourced events: the figures add up and agree with the states listed. */
  function expectConsistent(answer: TreatyObligations): void {
    for (const o of answer.obligations) {
      const by = (status: string) => o.states.filter((s) => s.status === status);
      expect(o.statesParties).toBe(o.states.length);
      expect(o.completed + o.inProgress + o.overdue.length + o.unresolved.length + o.notKnown).toBe(o.statesParties);
      expect([o.completed, o.inProgress, o.notKnown]).toEqual([
        by("completed").length,
        by("in-progress").length,
        by("not-known").length,
      ]);
      expect(o.overdue.map((s) => s.iso3)).toEqual(
        by("overdue")
          .map((s) => s.iso3)
          .sort(),
      );
      expect(o.unresolved.map((s) => s.iso3)).toEqual(
        by("unresolved")
          .map((s) => s.iso3)
          .sort(),
      );
      expect(o.series.every((p) => p.date <= answer.asOf)).toBe(true);
      // The completions series ends on what the figures say (zeros before its first point).
      const last = o.series.at(-1) ?? { completed: 0, remaining: 0 };
      expect([last.completed, last.remaining]).toEqual([
        o.completed,
        o.inProgress + o.overdue.length + o.unresolved.length,
      ]);
      for (const state of o.states) expect(state.links.state).toBe(`/api/v1/states/${state.iso3}`);
    }
  }

  it("count the CCM's States Parties in force under both obligations, by article, on any date", async () => {
    const answer = await getValid<TreatyObligations>("/api/v1/treaties/cluster-munitions/obligations?asOf=2021-02-01");
    expect([answer.treaty, answer.asOf, answer.counting, answer.checkedAgainstDepositaryOn]).toEqual([
      "ccm",
      "2021-02-01",
      "in-force",
      "2026-02-03",
    ]);
    expect(answer.obligations.map((o) => [o.kind, o.article])).toEqual([
      ["stockpile-destruction", "Art. 3"],
      ["clearance", "Art. 4"],
    ]);
    const status = await getValid<TreatyStatus>("/api/v1/treaties/ccm/status?asOf=2021-02-01&counting=in-force");
    for (const o of answer.obligations) expect(o.statesParties).toBe(status.counts.statesParties);
    // Niue is in force from 1 Feb 2021 (CMC / PRODUCT): listed, with its deadline from that day.
    expect(answer.obligations[1]?.states.find((s) => s.iso3 === "NIU")).toMatchObject({
      name: "Niue",
      originalDeadline: "2031-02-01",
      links: { state: "/api/v1/states/NIU", page: "/states/NIU" },
    });
    expectConsistent(answer);
  });

  it("follow sourced events, partial dates kept as the source gives them (test events, not facts)", async () => {
    const { prisma } = database();
    const ccm = await prisma.treaty.findUniqueOrThrow({ where: { slug: "ccm" } });
    // Two CCM States Parties in force since 2012, whichever the seed has first: the events below are made up.
    const parties = (
      await getValid<TreatyStatus>("/api/v1/treaties/ccm/status?asOf=2012-01-01&counting=in-force")
    ).states.filter((s) => s.status === "party" && s.entryIntoForceOn);
    const [cleared, missed] = parties;
    if (!cleared?.entryIntoForceOn || !missed?.entryIntoForceOn) throw new Error("no CCM parties in force in 2012");
    const original = addYearsIso(cleared.entryIntoForceOn, 10); // Art. 4: ten years
    const extended = addYearsIso(original, 2);
    const stockpileDeadline = addYearsIso(missed.entryIntoForceOn, 8); // Art. 3: eight years
    const source = (what: string) => `https://example.org/test/${what}`;
    await prisma.obligationEvent.deleteMany({
      where: { treatyId: ccm.id, stateIso3: { in: [cleared.iso3, missed.iso3] } },
    });
    const base = { treatyId: ccm.id, confidence: "reported" as const, note: "test value" };
    await prisma.obligationEvent.createMany({
      data: [
        {
          ...base,
          stateIso3: cleared.iso3,
          kind: "clearance",
          type: "applies",
          eventOn: utcDateFromIso(cleared.entryIntoForceOn),
          informationOn: utcDateFromIso(cleared.entryIntoForceOn),
          source: source("applies"),
        },
        {
          ...base,
          stateIso3: cleared.iso3,
          kind: "clearance",
          type: "extension_granted",
          eventOn: utcDateFromIso(`${original.slice(0, 7)}-01`),
          eventOnPrecision: "month",
          deadline: utcDateFromIso(extended),
          meeting: "Test Meeting of States Parties",
          informationOn: utcDateFromIso(`${original.slice(0, 4)}-01-01`),
          informationOnPrecision: "year",
          source: source("extension"),
        },
        {
          ...base,
          stateIso3: cleared.iso3,
          kind: "clearance",
          type: "completed",
          eventOn: utcDateFromIso(`${extended.slice(0, 4)}-01-01`),
          eventOnPrecision: "year",
          informationOn: utcDateFromIso(`${extended.slice(0, 4)}-12-31`),
          source: source("completed"),
        },
        {
          ...base,
          stateIso3: missed.iso3,
          kind: "stockpile_destruction",
          type: "deadline_missed",
          eventOn: utcDateFromIso(`${stockpileDeadline.slice(0, 4)}-12-01`),
          eventOnPrecision: "month",
          informationOn: utcDateFromIso(`${stockpileDeadline.slice(0, 4)}-12-01`),
          informationOnPrecision: "month",
          source: source("missed"),
          confidence: "uncertain",
        },
      ],
    });
    invalidateTreatySnapshots();

    const completedYear = extended.slice(0, 4);
    const asOf = `${completedYear}-12-31`;
    const answer = await getValid<TreatyObligations>(`/api/v1/treaties/ccm/obligations?asOf=${asOf}`);
    expectConsistent(answer);
    const [stockpiles, clearance] = answer.obligations;
    expect(clearance?.states.find((s) => s.iso3 === cleared.iso3)).toEqual({
      iso3: cleared.iso3,
      name: cleared.name,
      status: "completed",
      originalDeadline: original,
      deadline: extended,
      completedOn: completedYear,
      informationOn: asOf,
      source: source("completed"),
      links: { state: `/api/v1/states/${cleared.iso3}`, page: `/states/${cleared.iso3}` },
    });
    // Completed "in" that year: counted from its last day.
    expect(clearance?.series.some((p) => p.date === asOf)).toBe(true);
    expect(stockpiles?.overdue).toContainEqual({ iso3: missed.iso3, name: missed.name });
    expect(stockpiles?.states.find((s) => s.iso3 === missed.iso3)).toMatchObject({
      status: "overdue",
      deadline: stockpileDeadline,
      informationOn: `${stockpileDeadline.slice(0, 4)}-12`,
      source: source("missed"),
    });

    // The state's own answer: every event with its source, the extension, the completion as precise as given.
    const state = await getValid<StateHistory>(`/api/v1/states/${cleared.iso3}?asOf=${asOf}`);
    const obligation = state.treaties.find((t) => t.treaty === "ccm")?.obligations.find((o) => o.kind === "clearance");
    expect(obligation).toMatchObject({
      status: "completed",
      deadline: extended,
      completedOn: completedYear,
      extensions: [
        {
          date: original.slice(0, 7),
          deadline: extended,
          meeting: "Test Meeting of States Parties",
          source: source("extension"),
          confidence: "reported",
        },
      ],
      pendingRequest: null,
    });
    expect(obligation?.events.map((e) => [e.type, e.date, e.datePrecision, e.informationOn, e.source])).toEqual([
      ["applies", cleared.entryIntoForceOn, "day", cleared.entryIntoForceOn, source("applies")],
      ["extension-granted", original.slice(0, 7), "month", original.slice(0, 4), source("extension")],
      ["completed", completedYear, "year", asOf, source("completed")],
    ]);

    // A completion dated only by its year counts from the year's last day: on the extended deadline the
    // obligation was still in progress; past it, with no completion yet certain, unresolved (neither claimed).
    const clearanceOn = async (day: string) =>
      (await getValid<StateHistory>(`/api/v1/states/${cleared.iso3}?asOf=${day}`)).treaties
        .find((t) => t.treaty === "ccm")
        ?.obligations.find((o) => o.kind === "clearance");
    expect(await clearanceOn(extended)).toMatchObject({ status: "in-progress", deadline: extended, completedOn: null });
    expect(await clearanceOn(`${completedYear}-12-30`)).toMatchObject({ status: "unresolved", completedOn: null });
  });
});
