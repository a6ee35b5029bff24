// Sessions live in the database (admin_sessions): the cookie holds a random
// token, the table only its SHA-256, so a copy of the table cannot be replayed.
// A session ends when it expires or on sign-out, which deletes the row.
import { createHash, randomBytes } from "node:crypto";
import { getPrisma } from "../db/client";
import type { AdminRole } from "../db/generated/client";

/** How long a sign-in lasts; after that the editor signs in again. */
export const SESSION_HOURS = 12;
export const SESSION_COOKIE = "tt_session";

export type Actor = { id: number; email: string; name: string; role: AdminRole };

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new session for the user; returns the token for the cookie and when it expires. */
export async function createSession(userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await getPrisma().adminSession.create({ data: { tokenHash: tokenHash(token), userId, createdAt: now, expiresAt } });
  return { token, expiresAt };
}

/** The signed-in user for a cookie's token, or null: unknown, expired, or the account disabled. */
export async function actorForToken(token: string | undefined, now = new Date()): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const session = await getPrisma().adminSession.findUnique({
    where: { tokenHash: tokenHash(token) },
    include: { user: true },
  });
  if (!session) return null;
  if (session.expiresAt <= now || session.user.disabledAt) {
    await getPrisma().adminSession.deleteMany({ where: { tokenHash: session.tokenHash } });
    return null;
  }
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

export async function revokeSession(token: string): Promise<void> {
  await getPrisma().adminSession.deleteMany({ where: { tokenHash: tokenHash(token) } });
}
