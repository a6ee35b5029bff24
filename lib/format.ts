// Display formatting shared by pages: "6 Aug 2020", always in UTC so a date
// never shifts by a day with the server's time zone.
import type { IsoDate } from "./domain/dates";
import type { Period } from "./domain/periods";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: IsoDate): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** "1 Aug 2020 – 19 Aug 2020", or "since 3 Feb 2026" for the open-ended last period. */
export function formatPeriod({ from, until }: Period): string {
  if (until === null) return `since ${formatDate(from)}`;
  return from === until ? formatDate(from) : `${formatDate(from)} – ${formatDate(until)}`;
}
