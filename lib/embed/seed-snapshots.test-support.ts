// For unit tests of what is built from a treaty snapshot: the snapshots of the
// shipped seed files, computed as the app computes them from the database.
import { readSeed } from "@/seed/read-seed";
import { seedActionRecords, seedTreatyRules } from "@/seed/to-domain";
import { periodsHorizon } from "../domain/date-bounds";
import { buildTreatySnapshot, type TreatySnapshot } from "../domain/treaty-snapshot";

let snapshots: Map<string, TreatySnapshot> | undefined;

export function seedSnapshot(slug: string): TreatySnapshot {
  if (!snapshots) {
    const seed = readSeed();
    const states = seed.states.map((s) => ({
      iso3: s.iso3,
      name: s.depositaryName,
      shortName: s.shortName,
      isoNumeric: s.isoNumeric,
    }));
    snapshots = new Map(
      seed.treaties.map(({ treaty, actions }) => [
        treaty.slug,
        buildTreatySnapshot(
          { ...treaty, rules: seedTreatyRules(treaty), targets: treaty.targets },
          states,
          seedActionRecords(actions),
          periodsHorizon(),
        ),
      ]),
    );
  }
  const snapshot = snapshots.get(slug);
  if (!snapshot) throw new Error(`no treaty "${slug}" in the seed`);
  return snapshot;
}
