// Which counting rule a target is measured by ("130 States Parties" counted
// from deposit or from entry into force), from its metric in the database.
import type { Counting } from "./status";

export function targetCounting(metric: string): Counting {
  return metric === "states_parties_in_force" ? "in-force" : "deposit";
}
