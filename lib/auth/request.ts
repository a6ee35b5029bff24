// What the guard reads from a request, kept apart from Next so it can be tested:
// the session cookie, and whether a form post came from this site.
import type { AdminRole } from "../db/generated/client";
import { actorForToken, type Actor } from "./sessions";

export type RequestFacts = { token: string | undefined; origin: string | null; host: string | null };
export type Access =
  { ok: true; actor: Actor } | { ok: false; reason: "cross-site" | "signed-out" | "role"; message: string };

/** Editors record and correct actions; admins may do that and manage users, treaties and dates. */
const ALLOWED: Record<AdminRole, readonly AdminRole[]> = { editor: ["editor", "admin"], admin: ["admin"] };

/** A post whose Origin names another host is refused (browsers send Origin with every form post). */
export function isCrossSite({ origin, host }: Pick<RequestFacts, "origin" | "host">): boolean {
  if (!origin) return false;
  if (!URL.canParse(origin) || !host) return true;
  return new URL(origin).host !== host;
}

export async function checkAccess(request: RequestFacts, role: AdminRole): Promise<Access> {
  if (isCrossSite(request)) {
    return { ok: false, reason: "cross-site", message: "Refused: this form was sent from another site." };
  }
  const actor = await actorForToken(request.token);
  if (!actor) {
    return {
      ok: false,
      reason: "signed-out",
      message: "You are not signed in, or your session has ended: sign in again.",
    };
  }
  if (!ALLOWED[role].includes(actor.role)) {
    return { ok: false, reason: "role", message: "Only an admin can do this." };
  }
  return { ok: true, actor };
}
