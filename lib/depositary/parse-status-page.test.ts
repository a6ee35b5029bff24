import { describe, expect, it } from "vitest";
import { parseStatusPage } from "./parse-status-page";
import { DepositaryPageError } from "./status-page";
import { CCM_PAGE, MBT_PAGE, NOT_A_STATUS_PAGE } from "./test-pages/pages";

const participant = (page: ReturnType<typeof parseStatusPage>, name: string) =>
  page.participants.find((entry) => entry.name === name);

describe("parseStatusPage", () => {
  const ccm = parseStatusPage(CCM_PAGE);

  it("reads the chapter reference, title, “Status as at” date and header counts", () => {
    expect(ccm).toMatchObject({
      reference: "XXVI-6",
      title: "Convention on Cluster Munitions",
      statusAsAt: "2026-02-03",
      counts: { signatories: 4, parties: 4 },
      showsProvisionalApplication: true,
    });
    expect(ccm.participants.map((entry) => entry.name)).toEqual([
      "Afghanistan",
      "Belize",
      "Lithuania",
      "Netherlands (Kingdom of the)",
      "Atlantis",
    ]);
  });

  it("reads an unmarked consent as a ratification, whatever the spaces and tabs in the cell", () => {
    expect(participant(ccm, "Afghanistan")).toEqual({
      name: "Afghanistan",
      footnotes: [],
      withdrawn: false,
      signature: { on: "2008-12-03", bracketed: false },
      provisionalApplication: null,
      consent: { on: "2011-09-08", bracketed: false, type: "ratification" },
    });
  });

  it("reads the markers through the page's legend: a = accession, A = acceptance, n = provisional application", () => {
    expect(participant(ccm, "Belize")).toMatchObject({
      footnotes: [1],
      signature: null,
      provisionalApplication: { on: "2014-09-02" },
      consent: { on: "2014-09-02", type: "accession" },
    });
    expect(participant(ccm, "Netherlands (Kingdom of the)")?.consent).toMatchObject({ type: "acceptance" });
  });

  it("takes footnote markers off a name and flags a participant whose dates are in brackets as withdrawn", () => {
    expect(participant(ccm, "Lithuania")).toEqual({
      name: "Lithuania",
      footnotes: [2],
      withdrawn: true,
      signature: { on: "2008-12-03", bracketed: true },
      provisionalApplication: { on: "2011-03-24", bracketed: true },
      consent: { on: "2011-03-24", bracketed: true, type: "ratification" },
    });
  });

  it("reads the end notes and the withdrawal notices in them, with the C.N. reference split by a link", () => {
    expect(ccm.endNotes.map((note) => note.number)).toEqual([1, 2, 3]);
    expect(ccm.endNotes[1]?.text).toMatch(/^Lithuania notified its provisional application/);
    expect(ccm.endNotes[1]?.withdrawals).toEqual([
      {
        state: "Lithuania",
        noticeOn: "2024-09-06",
        effectiveOn: "2025-03-06",
        cnReference: "C.N.347.2024.TREATIES-XXVI-6",
      },
    ]);
    expect(ccm.endNotes[0]?.withdrawals).toEqual([]);
  });

  it("reads successions (d), several footnotes on one name, a bracketed name and a withdrawal still to take effect", () => {
    const mbt = parseStatusPage(MBT_PAGE);
    expect(mbt).toMatchObject({ reference: "XXVI-5", showsProvisionalApplication: false, counts: null });
    expect(participant(mbt, "Montenegro")?.consent).toEqual({ on: "2006-10-23", bracketed: false, type: "succession" });
    expect(participant(mbt, "South Sudan")?.consent).toMatchObject({ type: "succession" });
    expect(participant(mbt, "Poland")).toMatchObject({ footnotes: [3, 4], withdrawn: false });
    expect(participant(mbt, "Finland")).toMatchObject({ withdrawn: true, consent: { type: "accession" } });
    expect(mbt.endNotes.find((note) => note.number === 3)?.withdrawals).toEqual([
      {
        state: "Poland",
        noticeOn: "2025-08-20",
        effectiveOn: "2026-02-20",
        cnReference: "C.N.421.2025.TREATIES-XXVI-5",
      },
    ]);
  });

  it("refuses a page that is not a status page, saying what was expected", () => {
    expect(() => parseStatusPage(NOT_A_STATUS_PAGE)).toThrow(DepositaryPageError);
    expect(() => parseStatusPage(NOT_A_STATUS_PAGE)).toThrow(
      /^This is not a depositary status page: it has no table of participants; expected the status page of a treaty saved from the UN Treaty Collection/,
    );
    expect(() => parseStatusPage("")).toThrow(/no table of participants/);
    expect(() => parseStatusPage(CCM_PAGE.replace(/STATUS AS AT[^<]*/, ""))).toThrow(/no “Status as at” date/);
  });

  it("refuses a date it cannot read or a marker the legend does not explain, naming the participant", () => {
    expect(() => parseStatusPage(CCM_PAGE.replace("23 Feb\t 2011 A", "23 Febr 2011 A"))).toThrow(
      "The ratification, accession or similar date of Netherlands (Kingdom of the) reads “23 Febr 2011 A”, which is not a date the tracker can read (expected e.g. “3 Dec 2008 a”).",
    );
    expect(() => parseStatusPage(CCM_PAGE.replace("8 Sep\t 2011 ", "8 Sep\t 2011 c"))).toThrow(
      /date of Afghanistan \(“8 Sep 2011 c”\) is marked “c”: nothing the page's legend explains/,
    );
  });
});
