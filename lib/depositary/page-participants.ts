// The participants table of a status page: one row per state, with its
// signature, provisional application (CCM) and consent dates. A date may carry
// a marker the header explains ("Accession(a)", "Provisional application(n)");
// a withdrawn state's dates are shown in square brackets ("[24 Mar 2011 ]").
import type { CheerioAPI } from "cheerio/slim";
import type { ConsentType } from "../domain/types";
import { parseDayMonthYear } from "./page-dates";
import { DepositaryPageError, type PageDate, type Participant } from "./status-page";

type Selection = ReturnType<CheerioAPI>;
type Cell = { text: string; footnotes: number[] };
type Column = "signature" | "provisional" | "consent" | "other";
type Marked = "provisional" | ConsentType;

const WORDS: Record<string, Marked> = {
  ratification: "ratification",
  acceptance: "acceptance",
  approval: "approval",
  accession: "accession",
  succession: "succession",
  "provisional application": "provisional",
};

/** Cell text with spaces made plain (&nbsp;, tabs), footnote markers (<sup>) taken out and returned apart. */
function readCell(cell: Selection): Cell {
  const copy = cell.clone();
  copy.find("br").replaceWith(" ");
  const sup = copy.find("sup");
  const footnotes = sup.text().match(/\d+/g)?.map(Number) ?? [];
  sup.remove();
  return { text: copy.text().replace(/\s+/g, " ").trim(), footnotes };
}

function columnOf(header: string): Column {
  if (/^signature/i.test(header)) return "signature";
  if (/provisional application/i.test(header)) return "provisional";
  if (/ratification|accession|acceptance|approval|succession/i.test(header)) return "consent";
  return "other";
}

/** The page's legend: "Accession(a)" -> a = accession; the entry without a marker ("Ratification") is the default. */
function legendOf(headers: readonly string[]) {
  const markers = new Map<string, string>();
  let unmarked: ConsentType | null = null;
  for (const entry of headers.flatMap((header) => header.split(","))) {
    const marked = /^\s*([A-Za-z][A-Za-z ]*?)\s*\(([A-Za-z]{1,3})\)\s*$/.exec(entry);
    const word = WORDS[entry.trim().toLowerCase()];
    if (marked?.[1] && marked[2]) markers.set(marked[2], marked[1].toLowerCase());
    else if (word && word !== "provisional") unmarked = word;
  }
  return { markers, unmarked };
}

const LABELS: Record<Column, string> = {
  signature: "signature",
  provisional: "provisional application",
  consent: "ratification, accession or similar",
  other: "",
};

const DATE_CELL = /^(\[)?\s*(\d{1,2} [A-Za-z]{3,9}\.? \d{4})\s*([A-Za-z]{1,3})?\s*(\])?$/;

export function readParticipants($: CheerioAPI, table: Parameters<CheerioAPI>[0]) {
  const rows = $(table)
    .find("tr")
    .toArray()
    .map((row) =>
      $(row)
        .children("td, th")
        .toArray()
        .map((cell) => readCell($(cell))),
    );
  const headers = (rows[0] ?? []).map((cell) => cell.text);
  const columns = headers.map(columnOf);
  if (!columns.includes("consent")) {
    throw new DepositaryPageError(
      "The participants table has no column of ratifications, accessions and the like: expected a depositary status page.",
    );
  }
  const legend = legendOf(headers);

  function dateIn(name: string, column: Column, cell: Cell | undefined): (PageDate & { marked: Marked | null }) | null {
    if (!cell?.text) return null;
    const match = DATE_CELL.exec(cell.text);
    const on = match?.[2] ? parseDayMonthYear(match[2]) : null;
    if (!match || !on) {
      throw new DepositaryPageError(
        `The ${LABELS[column]} date of ${name} reads “${cell.text}”, which is not a date the tracker can read (expected e.g. “3 Dec 2008 a”).`,
      );
    }
    const marker = match[3];
    const word = marker ? legend.markers.get(marker) : undefined;
    const marked = marker ? (word ? WORDS[word] : undefined) : null;
    if (marked === undefined) {
      const meaning = word ? `“${word}”, which the tracker does not record` : "nothing the page's legend explains";
      throw new DepositaryPageError(
        `The ${LABELS[column]} date of ${name} (“${cell.text}”) is marked “${marker}”: ${meaning}.`,
      );
    }
    return { on, bracketed: Boolean(match[1] || match[4]), marked };
  }

  const participants = rows.slice(1).flatMap((cells): Participant[] => {
    const first = cells[0];
    if (!first?.text) return [];
    const bracketedName = /^\[(.*)\]$/.exec(first.text);
    const name = (bracketedName?.[1] ?? first.text).trim();
    const at = (column: Column) => dateIn(name, column, cells[columns.indexOf(column)]);
    const signature = columns.includes("signature") ? at("signature") : null;
    const provisional = columns.includes("provisional") ? at("provisional") : null;
    const consent = at("consent");
    const consentType = consent ? (consent.marked ?? legend.unmarked ?? "ratification") : null;
    if (consentType === "provisional") {
      throw new DepositaryPageError(`The consent date of ${name} is marked as a provisional application.`);
    }
    const dates = [signature, provisional, consent].filter((date) => date !== null);
    return [
      {
        name,
        footnotes: first.footnotes,
        withdrawn: Boolean(bracketedName) || (dates.length > 0 && dates.every((date) => date.bracketed)),
        signature: signature && { on: signature.on, bracketed: signature.bracketed },
        provisionalApplication: provisional && { on: provisional.on, bracketed: provisional.bracketed },
        consent: consent && consentType && { on: consent.on, bracketed: consent.bracketed, type: consentType },
      },
    ];
  });
  return { participants, showsProvisionalApplication: columns.includes("provisional") };
}
