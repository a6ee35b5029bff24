// The opaque `cursor` of GET /api/v1/actions: the last row of a page (deposit
// date and id, the list's order), so the next page starts right after it even
// when rows are added or deleted meanwhile (offsets would skip or repeat rows).
import { isIsoDate, type IsoDate } from "../domain/dates";

export type ActionCursor = { depositedOn: IsoDate; id: number };

export function encodeCursor(cursor: ActionCursor): string {
  return Buffer.from(`${cursor.depositedOn}/${cursor.id}`).toString("base64url");
}

export function decodeCursor(text: string): ActionCursor | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) return null;
  const match = /^(\d{4}-\d{2}-\d{2})\/([1-9]\d{0,9})$/.exec(Buffer.from(text, "base64url").toString());
  if (!match?.[1] || !match[2] || !isIsoDate(match[1])) return null;
  return { depositedOn: match[1], id: Number(match[2]) };
}
