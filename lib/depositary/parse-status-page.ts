// Reads a treaty's status page as saved from the UN Treaty Collection ("View
// details" of an MTDSG entry): the chapter reference and title, the "Status as
// at" date, the participants table and the end notes. The page's own legend
// says what each date marker means (the consent column's header reads e.g.
// "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)").
import { load, type CheerioAPI } from "cheerio/slim";
import { parseStatusAsAt } from "./page-dates";
import { readEndNotes } from "./page-end-notes";
import { readParticipants } from "./page-participants";
import { DepositaryPageError, type StatusPage } from "./status-page";

const EXPECTED =
  "expected the status page of a treaty saved from the UN Treaty Collection (treaties.un.org, “View details” of an MTDSG entry), with a “Status as at” date and a table of participants";

export function parseStatusPage(html: string): StatusPage {
  const $ = load(html);
  const notAStatusPage = (what: string) =>
    new DepositaryPageError(`This is not a depositary status page: ${what}; ${EXPECTED}.`);
  const table = $("table")
    .toArray()
    .find((candidate) => /^\s*participants?\s*$/i.test($(candidate).find("tr").first().children().first().text()));
  if (!table) throw notAStatusPage("it has no table of participants");
  const statusAsAt = parseStatusAsAt($.root().text());
  if (!statusAsAt) throw notAStatusPage("it has no “Status as at” date");
  const reference = chapterReference($);
  if (!reference) throw notAStatusPage("it does not say which treaty it is (no chapter reference such as XXVI-5)");

  const { participants, showsProvisionalApplication } = readParticipants($, table);
  const counts = /Signatories\s*:\s*(\d+)\.?\s*Parties\s*:\s*(\d+)/.exec($.root().text().replace(/\s+/g, " "));
  return {
    reference,
    title: treatyHeading($).replace(/^\d+\.\s*/, ""),
    statusAsAt,
    counts: counts ? { signatories: Number(counts[1]), parties: Number(counts[2]) } : null,
    showsProvisionalApplication,
    participants,
    endNotes: readEndNotes($),
  };
}

const treatyHeading = ($: CheerioAPI) => $("[id$='_tcTreaty']").first().text().replace(/\s+/g, " ").trim();

/**
 * "XXVI-6": the chapter heading ("CHAPTER XXVI") and the treaty's number in it
 * ("6. Convention on Cluster Munitions"); else the page's own links
 * ("...mtdsg_no=XXVI-6...", ".../XXVI-6.en.pdf").
 */
function chapterReference($: CheerioAPI): string | null {
  const chapter = /CHAPTER\s+([IVXLC]+)\b/i.exec($("[id$='_tcHead']").first().text())?.[1];
  const number = /^(\d+)\./.exec(treatyHeading($))?.[1];
  if (chapter && number) return `${chapter.toUpperCase()}-${number}`;
  for (const link of $("a[href]").toArray()) {
    const href = $(link).attr("href") ?? "";
    const found = /mtdsg_no=([IVXLC]+-\d+)/i.exec(href) ?? /\/([IVXLC]+-\d+)\.en\.(?:pdf|xml)/i.exec(href);
    if (found?.[1]) return found[1].toUpperCase();
  }
  return null;
}
