// The 197 states: names from data/state-names.csv, ISO codes from the
// `world-countries` package, UN membership from overrides.ts.
import path from "node:path";
import countries from "world-countries";
import { NON_UN_MEMBER_STATES } from "./overrides";
import { readCsv, relativeSeedPath, type SeedIssue } from "./read-files";
import { stateNameRowSchema } from "./schemas";

export type StateSeed = {
  iso3: string;
  iso2: string;
  isoNumeric: string;
  depositaryName: string;
  shortName: string;
  unMember: boolean;
};

export const STATE_COUNT = 197;

export function readStates(dataDir: string, issues: SeedIssue[]): StateSeed[] {
  const file = path.join(dataDir, "state-names.csv");
  const byIso3 = new Map(countries.map((country) => [country.cca3, country]));
  const states: StateSeed[] = [];
  for (const row of readCsv(file, stateNameRowSchema, issues)) {
    const country = byIso3.get(row.iso3);
    if (!country) {
      issues.push({
        file: row.file,
        line: row.line,
        field: "iso3",
        message: `${row.iso3} is not an ISO 3166 alpha-3 code`,
      });
      continue;
    }
    states.push({
      iso3: row.iso3,
      iso2: country.cca2,
      isoNumeric: country.ccn3,
      depositaryName: row.depositary_name,
      shortName: row.short_name,
      unMember: !NON_UN_MEMBER_STATES.has(row.iso3),
    });
  }
  if (states.length !== STATE_COUNT && issues.length === 0) {
    issues.push({
      file: relativeSeedPath(file),
      line: null,
      field: "iso3",
      message: `lists ${states.length} states; expected ${STATE_COUNT}`,
    });
  }
  return states;
}
