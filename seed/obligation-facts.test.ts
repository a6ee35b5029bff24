// Ties the obligation files to facts published by others: each expected value
// is quoted from the source named beside it (the implementation support units,
// the Landmine and Cluster Munition Monitor, Mine Action Review, governments);
// the actual value is computed from seed/data/obligations by the engine the app uses.
import { beforeAll, describe, expect, it } from "vitest";
import type { IsoDate } from "../lib/domain/dates";
import type { SourcedObligation } from "../lib/domain/obligation-events";
import { obligationStanding } from "../lib/domain/obligation-standing";
import { obligationSummary, remainingOf, type ObligationBook } from "../lib/domain/obligation-summary";
import { buildTimelines, type StateTimeline } from "../lib/domain/timeline";
import { seedObligationBook } from "./obligations";
import { readSeed } from "./read-seed";
import { seedActionRecords, seedTreatyRules } from "./to-domain";

const books = new Map<string, ObligationBook>();
const timelines = new Map<string, Map<string, StateTimeline>>();

beforeAll(() => {
  for (const { treaty, actions, obligations } of readSeed().treaties) {
    timelines.set(treaty.slug, buildTimelines(seedTreatyRules(treaty), seedActionRecords(actions)));
    books.set(treaty.slug, seedObligationBook(obligations));
  }
});

function standing(treaty: string, kind: SourcedObligation, iso3: string, asOf: IsoDate) {
  const book = books.get(treaty);
  const rule = book?.rules.find((r) => r.kind === kind);
  if (!book || !rule) throw new Error(`${treaty} has no ${kind} file`);
  return obligationStanding(rule, book.events[kind].get(iso3) ?? [], timelines.get(treaty)?.get(iso3), asOf);
}

function summary(treaty: string, kind: SourcedObligation, asOf: IsoDate) {
  const book = books.get(treaty);
  const rule = book?.rules.find((r) => r.kind === kind);
  if (!book || !rule) throw new Error(`${treaty} has no ${kind} file`);
  return obligationSummary(book, rule, timelines.get(treaty) ?? new Map(), asOf);
}

describe("Mine Ban Treaty, Article 5 (clearance)", () => {
  // ISU, closing the Eighteenth Meeting (Geneva, 20 Nov 2020): Chile and the United Kingdom
  // "bringing now to 31 the number of previously contaminated countries which have declared
  // being 'mine-free', with 32 still with clearance obligations" (reliefweb.int, 20 Nov 2020).
  // One state stands between the files and those figures: Malawi, whose obligation is
  // sourced (2003) but whose completion (declared mine-free by 2010, Mail & Guardian) has no
  // dated source here, so it counts as remaining. seed/README.md lists the gap.
  it("reproduces the ISU's 31 mine-free and 32 still bound on 20 Nov 2020, but for Malawi's unsourced completion", () => {
    const onTheDay = summary("mine-ban-treaty", "clearance", "2020-11-20");
    expect(standing("mine-ban-treaty", "clearance", "MWI", "2020-11-20").status).toBe("unresolved");
    expect([onTheDay.completed + 1, remainingOf(onTheDay) - 1]).toEqual([31, 32]);
  });

  it("had Chile and the United Kingdom as the completions of 2020 before that meeting", () => {
    const completedOn = (asOf: IsoDate) =>
      [...(timelines.get("mine-ban-treaty")?.keys() ?? [])].filter(
        (iso3) => standing("mine-ban-treaty", "clearance", iso3, asOf).status === "completed",
      );
    const before = new Set(completedOn("2019-12-31"));
    expect(completedOn("2020-11-20").filter((iso3) => !before.has(iso3))).toEqual(["CHL", "GBR"]);
  });

  it("United Kingdom: clearance concluded 14 Nov 2020 (UK statement to the 18th Meeting of the States Parties)", () => {
    expect(standing("mine-ban-treaty", "clearance", "GBR", "2020-11-13").status).not.toBe("completed");
    expect(standing("mine-ban-treaty", "clearance", "GBR", "2020-11-14").completed?.on.text).toBe("2020-11-14");
  });

  it("Chile: clearance completed 27 Feb 2020 (ICBL, 'Chile announces mine-free status')", () => {
    expect(standing("mine-ban-treaty", "clearance", "CHL", "2020-03-01").completed?.on.text).toBe("2020-02-27");
  });

  it("Croatia: extension granted by the Ninth Meeting of the States Parties, new deadline 1 Mar 2019 (ISU)", () => {
    const croatia = standing("mine-ban-treaty", "clearance", "HRV", "2010-01-01");
    expect(croatia.extensions.map((e) => [e.meeting, e.deadline])).toContainEqual([
      "Ninth Meeting of the States Parties",
      "2019-03-01",
    ]);
    expect(croatia.deadline).toBe("2019-03-01");
  });

  it("Afghanistan: extension granted by the Twelfth Meeting of the States Parties to 1 Mar 2023 (ISU)", () => {
    const afghanistan = standing("mine-ban-treaty", "clearance", "AFG", "2015-01-01");
    expect([afghanistan.extensions.at(-1)?.meeting, afghanistan.deadline]).toEqual([
      "Twelfth Meeting of the States Parties",
      "2023-03-01",
    ]);
  });

  it("Mauritania: fulfilled Article 5 on 29 Nov 2018, then reported previously unknown mined areas (ISU)", () => {
    expect(standing("mine-ban-treaty", "clearance", "MRT", "2019-01-01").completed?.on.text).toBe("2018-11-29");
    expect(standing("mine-ban-treaty", "clearance", "MRT", "2020-11-20").status).not.toBe("completed");
  });

  it("Swaziland (Eswatini): declared completion on 19 Nov 2007 at the Eighth Meeting (ISU)", () => {
    expect(standing("mine-ban-treaty", "clearance", "SWZ", "2008-01-01").completed?.on.text).toBe("2007-11-19");
  });

  it("Republic of the Congo: its deadline of 1 Nov 2011 passed before it asked for an extension (ICBL)", () => {
    const congo = standing("mine-ban-treaty", "clearance", "COG", "2011-11-15");
    expect([congo.status, congo.missed?.on.text]).toEqual(["overdue", "2011-11-01"]);
  });
});

describe("Mine Ban Treaty, Article 4 (stockpile destruction)", () => {
  it("Greece: its deadline of 1 Mar 2008 passed without destruction (ISU)", () => {
    const greece = standing("mine-ban-treaty", "stockpile_destruction", "GRC", "2009-01-01");
    expect([greece.status, greece.missed?.on.text]).toEqual(["overdue", "2008-03-01"]);
  });

  it("Ukraine: its deadline of 1 Jun 2010 passed without destruction (ISU)", () => {
    expect(standing("mine-ban-treaty", "stockpile_destruction", "UKR", "2011-01-01").status).toBe("overdue");
  });

  it("Sudan: finished destroying its stockpile on 31 Mar 2008, ahead of its 1 Apr 2008 deadline (ICBL)", () => {
    const sudan = standing("mine-ban-treaty", "stockpile_destruction", "SDN", "2008-04-01");
    expect([sudan.status, sudan.completed?.on.text, sudan.originalDeadline]).toEqual([
      "completed",
      "2008-03-31",
      "2008-04-01",
    ]);
  });

  it("Belarus: missed its deadline of 1 Mar 2008 (Landmine Monitor)", () => {
    expect(standing("mine-ban-treaty", "stockpile_destruction", "BLR", "2010-01-01").missed?.on.text).toBe(
      "2008-03-01",
    );
  });
});

describe("Convention on Cluster Munitions", () => {
  it("Switzerland: declared fulfilment of Article 3 on 19 Mar 2019 (CCM implementation support unit)", () => {
    expect(standing("ccm", "stockpile_destruction", "CHE", "2019-03-19").completed?.on.text).toBe("2019-03-19");
  });

  it("Bulgaria: stockpile deadline extended to 1 Apr 2021 by the Ninth Meeting of States Parties (Monitor)", () => {
    expect(standing("ccm", "stockpile_destruction", "BGR", "2020-01-01").deadline).toBe("2021-04-01");
  });

  it("Guinea-Bissau: missed its stockpile destruction deadline of 1 May 2019 (Monitor)", () => {
    expect(standing("ccm", "stockpile_destruction", "GNB", "2019-06-01").status).toBe("overdue");
  });

  it("Croatia: completed clearance of cluster munition remnants on 10 Jul 2020 (CCM implementation support unit)", () => {
    expect(standing("ccm", "clearance", "HRV", "2020-07-10").completed?.on.text).toBe("2020-07-10");
  });

  it("Chad: second interim extension to October 2026 granted at the Twelfth Meeting of States Parties (Mine Action Review)", () => {
    const chad = standing("ccm", "clearance", "TCD", "2025-01-01");
    expect([chad.extensions.at(-1)?.meeting?.startsWith("Twelfth Meeting"), chad.deadline?.slice(0, 7)]).toEqual([
      true,
      "2026-10",
    ]);
  });
});
