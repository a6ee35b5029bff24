// Writes a status page in the depositary's format from plain action rows, for
// tests that need a whole treaty's page (the integration tests and the e2e
// journey build one from the shipped data). Same structure as the tiny pages
// in pages.ts: heading, "Status as at", participants table with its legend,
// brackets for a withdrawn state, end notes with withdrawal notices.
import { addMonthsIso, type IsoDate } from "../../domain/dates";
import type { ActionType } from "../../domain/types";

export type PageRow = { stateIso3: string; type: ActionType; depositedOn: IsoDate; effectiveOn: IsoDate | null };
export type PageSpec = {
  /** "XXVI-6" */
  reference: string;
  title: string;
  statusAsAt: IsoDate;
  provisionalColumn: boolean;
  /** The depositary's name of each state. */
  names: ReadonlyMap<string, string>;
  rows: readonly PageRow[];
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MARKERS: Partial<Record<ActionType, string>> = {
  acceptance: "A",
  approval: "AA",
  accession: "a",
  succession: "d",
};

const day = (date: IsoDate, months: readonly string[]) =>
  `${Number(date.slice(8, 10))} ${months[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const cell = (date: IsoDate | undefined, marker: string, bracketed: boolean) => {
  if (!date) return "<td>&nbsp;</td>";
  const text = ` &nbsp;${day(date, MONTHS).replace(/ (\d{4})$/, "\t $1")} ${marker}`;
  return `<td>${bracketed ? `[${text}]` : text}<br></td>`;
};
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function buildStatusPage(spec: PageSpec): string {
  const [chapter, number] = spec.reference.split("-");
  const byState = new Map<string, PageRow[]>();
  for (const row of spec.rows) byState.set(row.stateIso3, [...(byState.get(row.stateIso3) ?? []), row]);
  const states = [...byState.keys()].sort((a, b) => (spec.names.get(a) ?? a).localeCompare(spec.names.get(b) ?? b));
  const notes: string[] = [];
  const rows = states.flatMap((iso3) => {
    const actions = byState.get(iso3) ?? [];
    const first = (type: ActionType) => actions.find((action) => action.type === type);
    const consent = actions.findLast((action) => MARKERS[action.type] !== undefined || action.type === "ratification");
    const signature = first("signature");
    const provisional = spec.provisionalColumn ? first("provisional_application") : undefined;
    if (!signature && !consent && !provisional) return [];
    const name = escape(spec.names.get(iso3) ?? iso3);
    const withdrawal = actions.findLast((action) => action.type === "withdrawal");
    const effect = withdrawal && (withdrawal.effectiveOn ?? addMonthsIso(withdrawal.depositedOn, 6));
    const withdrawn = Boolean(effect && effect <= spec.statusAsAt);
    let footnote = "";
    if (withdrawal) {
      notes.push(
        `<a name='${notes.length + 1}'>${notes.length + 1}</a><index></index>On ${day(withdrawal.depositedOn, LONG_MONTHS)}, the Government of ${name} deposited with the Secretary-General a notification of withdrawal.` +
          (withdrawal.effectiveOn
            ? ` The withdrawal ${withdrawn ? "took" : "will take"} effect for ${name} on ${day(withdrawal.effectiveOn, LONG_MONTHS)} in accordance with the Convention.`
            : ""),
      );
      footnote = ` <SUP><A onclick='ShowNoteAll()' href='#${notes.length}' class='noteIndex'>${notes.length}</A> </SUP>`;
    }
    return [
      `\t<tr>\n\t\t<td>${name}${footnote}<br></td>\n\t\t${[
        cell(signature?.depositedOn, "", withdrawn),
        ...(spec.provisionalColumn ? [cell(provisional?.depositedOn, "n", withdrawn)] : []),
        cell(consent?.depositedOn, consent ? (MARKERS[consent.type] ?? "") : "", withdrawn),
      ].join("\n\t\t")}\n\t</tr>`,
    ];
  });
  const headers = [
    "Participant",
    "Signature",
    ...(spec.provisionalColumn ? ["Provisional application(n)"] : []),
    "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)",
  ];
  const [year, month, date] = spec.statusAsAt.split("-");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>UNTC</title></head><body>
<div id="p_div3" class="heading-three">STATUS AS AT : ${date}-${month}-${year} 10:00:00 EDT</div>
<div id="p_rptHead_ctl00_tcHead">CHAPTER ${chapter}</div>
<div id="p_rptTreaty_ctl00_tcTreaty">${number}. ${escape(spec.title)}</div>
<table id="p_tblgrid">
\t<tr class="thead-one">${headers.map((header) => `<td>${header}<br></td>`).join("")}</tr>
${rows.join("\n")}
</table>
<div class="end-notes">End Note</div>
${notes.map((note) => `<div class="divNotesAll">${note}<br><br></div>`).join("\n")}
</body></html>
`;
}
