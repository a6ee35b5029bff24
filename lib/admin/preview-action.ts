// What the form shows before saving: the change computed by the same domain
// functions as the public pages (lib/domain/action-preview.ts), on the log as
// it is now. Reads only.
import { getPrisma } from "../db/client";
import { previewChange, type ActionPreview } from "../domain/action-preview";
import { toActionRecord, toTreatyRules } from "../data/mappers";
import type { ActionFields } from "../validations/treaty-action";
import { findTreatyAndState, recordOf } from "./action-context";
import type { FieldErrors } from "./write-result";

export type PreviewResult =
  { ok: true; preview: ActionPreview; stateName: string } | { ok: false; fieldErrors: FieldErrors };

/** `replacing`: the id of the row a correction would replace. */
export async function previewAction(fields: ActionFields, replacing?: number): Promise<PreviewResult> {
  const prisma = getPrisma();
  const found = await findTreatyAndState(prisma, fields);
  if ("errors" in found) return { ok: false, fieldErrors: found.errors };
  const { treaty, state } = found;
  const [rows, states] = await Promise.all([
    prisma.treatyAction.findMany({ where: { treatyId: treaty.id } }),
    prisma.state.findMany({ select: { iso3: true } }),
  ]);
  const log = rows.map(toActionRecord);
  const action = recordOf(fields, state.iso3);
  const changed = [...rows.filter((row) => row.id !== replacing).map(toActionRecord), action];
  const preview = previewChange(
    toTreatyRules(treaty),
    states.map((s) => s.iso3),
    log,
    { log: changed, action },
  );
  return { ok: true, preview, stateName: state.shortName };
}
