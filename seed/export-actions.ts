// The loader in reverse: writes the whole action log, admin-recorded rows
// included, as seed/data/actions/<treaty-slug>.csv, so changes made in
// production come back as a diff to review and commit. The files are written
// exactly as a person keeps them (same columns, values and row order), so
// exporting a freshly seeded database reproduces them byte for byte and
// loading an export changes nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient, TreatyAction } from "../lib/db/generated/client";
import { isoFromUtcDate } from "../lib/domain/dates";
import { SEED_DATA_DIR } from "./read-files";
import { ACTION_NAMES } from "../lib/validations/action-row";

export const ACTIONS_DIR = path.join(SEED_DATA_DIR, "actions");

type ExportedAction = Pick<
  TreatyAction,
  "stateIso3" | "type" | "depositedOn" | "effectiveOn" | "effectDeferred" | "source" | "confidence" | "note"
>;
type ActionName = (typeof ACTION_NAMES)[number];

/** The database enum uses underscores, the files hyphens ("provisional-application"). */
const actionName = (type: ExportedAction["type"]) => type.replaceAll("_", "-") as ActionName;

/** The order the files are kept in: by state, then date, then the order of ACTION_NAMES (signature before ratification, an instrument before its provisional application). */
function compareActions(a: ExportedAction, b: ExportedAction): number {
  return (
    (a.stateIso3 < b.stateIso3 ? -1 : a.stateIso3 > b.stateIso3 ? 1 : 0) ||
    a.depositedOn.getTime() - b.depositedOn.getTime() ||
    ACTION_NAMES.indexOf(actionName(a.type)) - ACTION_NAMES.indexOf(actionName(b.type))
  );
}

/**
 * One treaty's action file. `effect_deferred` is an optional column: it is
 * written only when some withdrawal is deferred ("yes"; empty for every other
 * row), so files without one keep the seven columns they have.
 */
export function actionsCsv(actions: readonly ExportedAction[]): string {
  const deferred = actions.some((action) => action.effectDeferred);
  const columns = [
    "state",
    "action",
    "deposited_on",
    "effective_on",
    ...(deferred ? ["effect_deferred"] : []),
    "source",
    "confidence",
    "note",
  ];
  const rows = [...actions].sort(compareActions).map((action) => ({
    state: action.stateIso3,
    action: actionName(action.type),
    deposited_on: isoFromUtcDate(action.depositedOn),
    effective_on: action.effectiveOn ? isoFromUtcDate(action.effectiveOn) : "",
    effect_deferred: action.effectDeferred ? "yes" : "",
    source: action.source,
    confidence: action.confidence,
    note: action.note ?? "",
  }));
  return stringify(rows, { header: true, columns, record_delimiter: "unix" });
}

export type ExportedFile = { file: string; rows: number; adminRows: number };

/** Reads everything first and writes afterwards, so a failed read leaves every file as it was. */
export async function exportActions(prisma: PrismaClient, outDir: string = ACTIONS_DIR): Promise<ExportedFile[]> {
  const treaties = await prisma.treaty.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  const files = [];
  for (const treaty of treaties) {
    const actions = await prisma.treatyAction.findMany({ where: { treatyId: treaty.id } });
    files.push({
      file: path.join(outDir, `${treaty.slug}.csv`),
      content: actionsCsv(actions),
      rows: actions.length,
      adminRows: actions.filter((action) => action.origin === "admin").length,
    });
  }
  mkdirSync(outDir, { recursive: true });
  for (const { file, content } of files) writeFileSync(file, content);
  return files.map(({ file, rows, adminRows }) => ({ file, rows, adminRows }));
}
