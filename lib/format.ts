// Display formatting shared by pages: "6 Aug 2020", the British short form.
// Written out from the ISO string rather than through Intl and Date: a page
// formats hundreds of dates, the server and every browser must produce the
// same text (or hydration fails), and no time zone can shift a day.
import type { IsoDate } from "./domain/dates";
import type { Period } from "./domain/periods";
import type { PartialDate } from "./domain/partial-date";

/** en-GB short month names, as Intl.DateTimeFormat("en-GB") writes them ("Sept"). */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

export function formatDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(0, 4))}`;
}

/** As precise as its source: "5 Dec 2025", "Dec 2025" or "2025". */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === "day") return formatDate(date.first);
  if (date.precision === "month") return `${MONTHS[Number(date.first.slice(5, 7)) - 1]} ${date.first.slice(0, 4)}`;
  return date.first.slice(0, 4);
}

/** "1 Aug 2020 – 19 Aug 2020", or "since 3 Feb 2026" for the open-ended last period. */
export function formatPeriod({ from, until }: Period): string {
  if (until === null) return `since ${formatDate(from)}`;
  return from === until ? formatDate(from) : `${formatDate(from)} – ${formatDate(until)}`;
}
