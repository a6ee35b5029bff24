// A date as precise as its source: "2008", "2008-12" or "2008-12-01". A
// completion a profile dates only "in 2008" must not become 1 January or 31
// December 2008 on a page. For counting, an event counts from the last day of
// its period (it had certainly happened by then); rules that refuse a row only
// refuse what is wrong for every day of the period.
import { isIsoDate, type IsoDate } from "./dates";

export type DatePrecision = "day" | "month" | "year";
export type PartialDate = {
  /** As the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  text: string;
  precision: DatePrecision;
  first: IsoDate;
  last: IsoDate;
};

const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null when the text is no date (or no real one, like 2020-02-30). */
export function parsePartialDate(text: string): PartialDate | null {
  const found = PARTIAL.exec(text);
  if (!found) return null;
  const [, year = "", month, day] = found;
  if (day !== undefined) return isIsoDate(text) ? { text, precision: "day", first: text, last: text } : null;
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    const last = `${year}-${month}-${String(daysInMonth(Number(year), m)).padStart(2, "0")}`;
    return { text, precision: "month", first: `${year}-${month}-01`, last };
  }
  return { text, precision: "year", first: `${year}-01-01`, last: `${year}-12-31` };
}

/** From the database: the first day of the period and how much of it the source gave. */
export function partialDateFrom(first: IsoDate, precision: DatePrecision): PartialDate {
  const text = precision === "day" ? first : precision === "month" ? first.slice(0, 7) : first.slice(0, 4);
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`not a date: ${first}`);
  return parsed;
}
