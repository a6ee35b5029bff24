// Treaties in words, where they used to be written out by hand: the list of
// treaties' rules (when a treaty enters into force for a state that joins after
// its own entry into force, how long a withdrawal takes) and lists of their names.
// Every treaty is data (lib/domain/types.ts), so these sentences are too.
import type { LaterJoinerRule } from "../domain/types";

/** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st, 90th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "on the first day of the 6th month after its deposit", "on the 90th day after its deposit". */
export function laterJoinerWording(rule: LaterJoinerRule): string {
  return rule.kind === "days-after"
    ? `on the ${ordinal(rule.days)} day after its deposit`
    : `on the first day of the ${ordinal(rule.months)} month after its deposit`;
}

export function withdrawalWording(months: number): string {
  return `${months} month${months === 1 ? "" : "s"} after the depositary receives the notice`;
}

/** "the Mine Ban Treaty, the CCM and the TPNW". */
export function treatyNames(names: readonly string[]): string {
  const the = names.map((name) => `the ${name}`);
  return the.length <= 1 ? (the[0] ?? "the treaties") : `${the.slice(0, -1).join(", ")} and ${the.at(-1)}`;
}
