// Dates as the depositary writes them: "3 Dec 2008" in the table, "6 September
// 2024" in the end notes, "03-02-2026 10:16:18 EDT" for the status date.
import { isIsoDate, type IsoDate } from "../domain/dates";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "3 Dec 2008", "6 September 2024", "6 Sept 2024" -> ISO; null if it is not a real date. */
export function parseDayMonthYear(text: string): IsoDate | null {
  const match = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, day = "", monthName = "", year = ""] = match;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (month < 0 || !isFullOrShortMonth(monthName, month)) return null;
  const iso = `${year}-${String(month + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "Dec", "Sept" and "December" name December; "Decx" does not. */
function isFullOrShortMonth(name: string, month: number): boolean {
  const lower = name.toLowerCase();
  return lower.length === 3 || lower === "sept" || lower === FULL_MONTHS[month];
}

/** A day as written in running text ("6 September 2024"), for searching notes. */
export const DAY_MONTH_YEAR = String.raw`\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}`;

/** "STATUS AS AT : 03-02-2026 10:16:18 EDT" (day first) -> 2026-02-03. */
export function parseStatusAsAt(text: string): IsoDate | null {
  const match = /STATUS\s+AS\s+AT\s*:?\s*(\d{2})[-/.](\d{2})[-/.](\d{4})/i.exec(text);
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month}-${day}`;
  return isIsoDate(iso) ? iso : null;
}
