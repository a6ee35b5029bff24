// Display formatting shared by pages: "6 Aug 2020", always in UTC so a date
// never shifts by a day with the server's time zone.
import type { IsoDate } from "./domain/dates";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: IsoDate): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}
