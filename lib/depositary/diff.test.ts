import { describe, expect, it } from "vitest";
import type { ActionType } from "../domain/types";
import { diffStatusPage, type ActionHere } from "./diff";
import { parseStatusPage } from "./parse-status-page";
import { CCM_PAGE, MBT_PAGE } from "./test-pages/pages";

const STATES = [
  ["AFG", "Afghanistan", "Afghanistan"],
  ["BLZ", "Belize", "Belize"],
  ["CIV", "Côte d'Ivoire", "Côte d'Ivoire"],
  ["EST", "Estonia", "Estonia"],
  ["FIN", "Finland", "Finland"],
  ["LTU", "Lithuania", "Lithuania"],
  ["MNE", "Montenegro", "Montenegro"],
  ["NLD", "Netherlands (Kingdom of the)", "Netherlands"],
  ["POL", "Poland", "Poland"],
  ["SSD", "South Sudan", "South Sudan"],
  ["UKR", "Ukraine", "Ukraine"],
].map(([iso3 = "", depositaryName = "", shortName = ""]) => ({ iso3, depositaryName, shortName }));

let nextId = 1;
const row = (
  stateIso3: string,
  type: ActionType,
  depositedOn: string,
  effectiveOn: string | null = null,
): ActionHere => ({
  id: nextId++,
  version: 1,
  stateIso3,
  type,
  depositedOn,
  effectiveOn,
});
const CCM = { shortName: "Convention on Cluster Munitions", depositaryReference: "MTDSG XXVI-6" };
const MBT = { shortName: "Mine Ban Treaty", depositaryReference: "MTDSG XXVI-5" };

describe("diffStatusPage on a CCM page", () => {
  const netherlandsSignature = row("NLD", "signature", "2008-12-04");
  const ivorianAccession = row("CIV", "accession", "2020-01-01");
  const actions = [
    row("AFG", "signature", "2008-12-03"),
    row("AFG", "ratification", "2011-09-08"),
    row("BLZ", "accession", "2014-09-02"),
    row("LTU", "signature", "2008-12-03"),
    row("LTU", "ratification", "2011-03-24"),
    row("LTU", "provisional_application", "2011-03-24"),
    netherlandsSignature,
    row("NLD", "acceptance", "2011-02-23"),
    ivorianAccession,
    row("CIV", "suspension", "2021-01-01"),
  ];
  const diff = diffStatusPage(parseStatusPage(CCM_PAGE), { treaty: CCM, states: STATES, actions });

  it("lists each difference with the state, what the page says, what the database says and the change", () => {
    expect(diff.differences.map(({ id, kind }) => [kind, id])).toEqual([
      ["missing-here", "missing-here.BLZ.provisional_application.2014-09-02.none"],
      ["not-on-page", `not-on-page.CIV.consent.none.${ivorianAccession.id}v1`],
      ["withdrawal-missing", "withdrawal-missing.LTU.withdrawal.2024-09-06.none"],
      ["differs", `differs.NLD.signature.2008-12-03.${netherlandsSignature.id}v1`],
    ]);
    expect(diff.differences[2]).toEqual({
      id: "withdrawal-missing.LTU.withdrawal.2024-09-06.none",
      kind: "withdrawal-missing",
      state: { iso3: "LTU", name: "Lithuania" },
      slot: "withdrawal",
      page: {
        type: "withdrawal",
        depositedOn: "2024-09-06",
        effectiveOn: "2025-03-06",
        endNote: 2,
        cnReference: "C.N.347.2024.TREATIES-XXVI-6",
      },
      here: null,
      change: { op: "record", action: expect.objectContaining({ type: "withdrawal", depositedOn: "2024-09-06" }) },
    });
    expect(diff.differences[3]).toMatchObject({
      here: netherlandsSignature,
      page: { type: "signature", depositedOn: "2008-12-03" },
      change: { op: "correct", row: { id: netherlandsSignature.id, version: 1 } },
    });
    expect(diff.differences[1]?.change).toEqual({ op: "delete", row: { id: ivorianAccession.id, version: 1 } });
  });

  it("lists a name that matches no state instead of guessing, and is not clean", () => {
    expect(diff.unmatched).toEqual(["Atlantis"]);
    expect(diff.problems).toEqual([]);
    expect(diff.clean).toBe(false);
  });

  it("is clean when the database holds what the page shows, suspensions aside", () => {
    const page = parseStatusPage(CCM_PAGE.replace(/<tr>\s*<td>Atlantis[^]*?<\/tr>/, ""));
    const complete = [
      ...actions.filter((action) => action.stateIso3 !== "CIV" && action !== netherlandsSignature),
      row("NLD", "signature", "2008-12-03"),
      row("BLZ", "provisional_application", "2014-09-02"),
      row("LTU", "withdrawal", "2024-09-06", "2025-03-06"),
      row("CIV", "suspension", "2021-01-01"),
    ];
    expect(diffStatusPage(page, { treaty: CCM, states: STATES, actions: complete })).toEqual({
      differences: [],
      unmatched: [],
      problems: [],
      clean: true,
    });
  });

  it("refuses another treaty's page, saying which page was expected", () => {
    expect(() => diffStatusPage(parseStatusPage(MBT_PAGE), { treaty: CCM, states: STATES, actions })).toThrow(
      "This is the status page of MTDSG XXVI-5 (Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction), not of the Convention on Cluster Munitions: expected the page of MTDSG XXVI-6.",
    );
  });
});

describe("diffStatusPage on a Mine Ban Treaty page", () => {
  const southSudan = row("SSD", "accession", "2011-11-11", "2011-07-09");
  const poland = row("POL", "withdrawal", "2025-08-20");
  const actions = [
    row("EST", "accession", "2004-05-12"),
    row("EST", "withdrawal", "2025-06-27", "2025-12-27"),
    row("FIN", "accession", "2012-01-09"),
    row("FIN", "withdrawal", "2025-07-10", "2026-01-10"),
    row("MNE", "succession", "2006-10-23", "2007-04-01"),
    row("POL", "signature", "1997-12-04"),
    row("POL", "ratification", "2012-12-27"),
    poland,
    southSudan,
    row("UKR", "suspension", "2025-07-18"),
    row("MNE", "provisional_application", "2006-10-23"),
  ];
  const diff = diffStatusPage(parseStatusPage(MBT_PAGE), { treaty: MBT, states: STATES, actions });

  it("finds a consent of another type on the same date (a succession recorded as an accession)", () => {
    expect(diff.differences.find((difference) => difference.state.iso3 === "SSD")).toMatchObject({
      kind: "differs",
      page: { type: "succession", depositedOn: "2011-11-11" },
      here: southSudan,
      change: { op: "correct" },
    });
  });

  it("finds a withdrawal whose end note gives an effect the database lacks", () => {
    expect(diff.differences.find((difference) => difference.state.iso3 === "POL")).toMatchObject({
      kind: "differs",
      page: { effectiveOn: "2026-02-20", cnReference: "C.N.421.2025.TREATIES-XXVI-5", endNote: 3 },
      here: poland,
    });
  });

  it("leaves alone what the page does not date: a succession's effect, provisional applications, suspensions", () => {
    expect(diff.differences.map((difference) => difference.state.iso3)).toEqual(["POL", "SSD"]);
  });

  it("does not compare the withdrawal of a bracketed participant whose notes date none, and says so", () => {
    expect(diff.problems).toEqual([
      "Finland is shown in square brackets (withdrawn), but no end note dates its notice of withdrawal: its withdrawal was not compared; check it by hand.",
    ]);
    expect(diff.clean).toBe(false);
  });
});
