// Reads and validates everything under seed/data. Returns the whole data set,
// or throws SeedValidationError listing every problem found.
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { todayIso, type IsoDate } from "../lib/domain/dates";
import {
  readCsv,
  readJson,
  relativeSeedPath,
  SEED_DATA_DIR,
  SeedValidationError,
  type Located,
  type SeedIssue,
} from "./read-files";
import { readGroupings, readRegions, type RegionSeed } from "./regions";
import { actionRowSchema, type ActionRow } from "../lib/validations/action-row";
import { treatySchema, type GroupingSeed, type TreatySeed } from "./schemas";
import { readStates, type StateSeed } from "./states";
import { validateActions } from "./validate-actions";
import { readObligationFiles, type ObligationFile } from "./obligations";
import { buildTimelines } from "../lib/domain/timeline";
import { seedActionRecords, seedTreatyRules } from "./to-domain";

export type SeedData = {
  states: StateSeed[];
  groupings: GroupingSeed[];
  regions: RegionSeed[];
  treaties: { treaty: TreatySeed; actions: Located<ActionRow>[]; obligations: ObligationFile[] }[];
};

export function actionsFile(dataDir: string, treatySlug: string): string {
  return path.join(dataDir, "actions", `${treatySlug}.csv`);
}

/** Every slug and alias must name one treaty only: the app resolves links by them. */
function nameClashes(file: string, treaties: readonly { slug: string; aliases: readonly string[] }[]): SeedIssue[] {
  const owner = new Map<string, string>();
  const issues: SeedIssue[] = [];
  for (const treaty of treaties) {
    for (const [field, name] of [
      ["slug", treaty.slug] as const,
      ...treaty.aliases.map((alias) => ["aliases", alias] as const),
    ]) {
      const other = owner.get(name);
      if (other !== undefined && other !== treaty.slug)
        issues.push({ file: relativeSeedPath(file), line: null, field, message: `"${name}" already names ${other}` });
      else owner.set(name, treaty.slug);
    }
  }
  return issues;
}

export function readSeed(dataDir: string = SEED_DATA_DIR, today: IsoDate = todayIso()): SeedData {
  const issues: SeedIssue[] = [];
  const states = readStates(dataDir, issues);
  const stateIsos = new Set(states.map((state) => state.iso3));
  const groupings = readGroupings(dataDir, issues);
  const regions = readRegions(dataDir, stateIsos, issues);
  const treatiesFile = path.join(dataDir, "treaties.json");
  const treatyList = readJson(treatiesFile, z.array(treatySchema), issues) ?? [];
  issues.push(...nameClashes(treatiesFile, treatyList));

  const treaties = treatyList.map((treaty) => {
    const file = actionsFile(dataDir, treaty.slug);
    if (!existsSync(file)) {
      issues.push({
        file: relativeSeedPath(file),
        line: null,
        field: "file",
        message: `missing: every treaty in treaties.json needs its action file`,
      });
      return { treaty, actions: [], obligations: [] };
    }
    const actions = readCsv(file, actionRowSchema, issues);
    issues.push(...validateActions(treaty, actions, stateIsos, today));
    // Obligations run from each state's entry into force: checked against the action log.
    const timelines = buildTimelines(seedTreatyRules(treaty), seedActionRecords(actions));
    const obligations = readObligationFiles(dataDir, treaty, timelines, stateIsos, today, issues);
    return { treaty, actions, obligations };
  });

  if (issues.length > 0) throw new SeedValidationError(issues);
  return { states, groupings, regions, treaties };
}
