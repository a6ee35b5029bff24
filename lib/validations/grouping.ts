// Region groupings (a scheme of regions, e.g. a campaign's priority list) and
// their regions: one schema per form of the admin's groupings pages, shared with
// the server actions. Members are typed one per line (ISO3 code or name) and
// resolved against the states in the write (lib/admin/groupings.ts), which
// names every line it does not know.
import { z } from "zod";
import { slugField } from "./treaty";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `is too long (${max.toLocaleString("en")} characters at most)`)
    .optional()
    .transform((value) => value || null);

export const groupingSchema = z.object({
  slug: slugField,
  name: z.string().trim().min(1, "is required, e.g. Campaign priorities 2026").max(200, "is too long"),
  description: optionalText(2000),
  source: optionalText(2000),
});
export type GroupingInput = z.infer<typeof groupingSchema>;

/** The lines of the members box, trimmed, blank lines and repeats dropped. */
export function memberLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

const members = z
  .string()
  .optional()
  .transform((value) => memberLines(value ?? ""));

export const regionSchema = z.object({
  grouping: slugField,
  slug: slugField,
  name: z.string().trim().min(1, "is required, e.g. Pacific").max(200, "is too long"),
  members,
});
export type RegionInput = z.infer<typeof regionSchema>;

export const regionDeletionSchema = z.object({
  grouping: slugField,
  slug: slugField,
  reason: z
    .string()
    .trim()
    .min(3, "is required: say why, for the audit log")
    .max(2000, "is too long (2,000 characters at most)"),
});
export type RegionDeletion = z.infer<typeof regionDeletionSchema>;

export type StateName = { iso3: string; shortName: string; depositaryName: string };

/**
 * The members box's lines as ISO3 codes: "NIU", "niu", "Niue", "Niue (NIU)" or
 * the depositary's name all give NIU. `unknown`: every line no state matches.
 */
export function resolveMembers(lines: readonly string[], states: readonly StateName[]) {
  const byName = new Map<string, string>();
  for (const state of states) {
    for (const name of [state.iso3, state.shortName, state.depositaryName]) byName.set(name.toLowerCase(), state.iso3);
  }
  const iso3s = new Set<string>();
  const unknown: string[] = [];
  for (const line of lines) {
    const code = /\(([A-Za-z]{3})\)\s*$/.exec(line)?.[1];
    const iso3 = byName.get((code ?? line).toLowerCase());
    if (iso3) iso3s.add(iso3);
    else unknown.push(line);
  }
  return { iso3s: [...iso3s].sort(), unknown };
}
