// Dates for requests that must not hit a cached page: every day of a range in
// a fixed pseudo-random order, the same on every run so runs stay comparable.
import { addDaysIso, type IsoDate } from "../lib/domain/dates";

export function shuffledDays(first: IsoDate, last: IsoDate, seed = 20201125): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = first; day <= last; day = addDaysIso(day, 1)) days.push(day);
  let state = seed;
  for (let i = days.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [days[i], days[j]] = [days[j] as IsoDate, days[i] as IsoDate];
  }
  return days;
}
