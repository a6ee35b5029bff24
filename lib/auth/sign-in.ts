// Signing in with email and password, with a brake on guessing: after repeated
// failures for one account, or from one address, further tries are refused for
// a while, and the message says so and until when.
import { getPrisma } from "../db/client";
import { createSession } from "./sessions";
import { verifyAgainstDecoy, verifyPassword } from "./passwords";

export const LOCKOUT = {
  windowMinutes: 15,
  /** Failed tries for one account within the window before it is locked. */
  perAccount: 5,
  /** Failed tries from one address (any accounts) within the window before it is locked. */
  perAddress: 20,
} as const;

export type SignInResult =
  { ok: true; token: string; expiresAt: Date } | { ok: false; reason: "invalid" | "locked"; message: string };

const INVALID = "That email and password do not match an active account.";

function lockedUntil(failures: { createdAt: Date }[], limit: number): Date | null {
  if (failures.length < limit) return null;
  const latest = failures.reduce((last, f) => (f.createdAt > last ? f.createdAt : last), new Date(0));
  return new Date(latest.getTime() + LOCKOUT.windowMinutes * 60_000);
}

const timeOf = (date: Date) => date.toISOString().slice(11, 16);

export async function signIn(
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<SignInResult> {
  const prisma = getPrisma();
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - LOCKOUT.windowMinutes * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    prisma.signInFailure.findMany({ where: { email, createdAt: { gt: since } }, select: { createdAt: true } }),
    prisma.signInFailure.findMany({ where: { ip: input.ip, createdAt: { gt: since } }, select: { createdAt: true } }),
  ]);
  const until = lockedUntil(byAccount, LOCKOUT.perAccount) ?? lockedUntil(byAddress, LOCKOUT.perAddress);
  if (until && until > now) {
    return {
      ok: false,
      reason: "locked",
      message: `Too many failed sign-ins; further tries are refused until ${timeOf(until)} UTC.`,
    };
  }

  const user = await prisma.adminUser.findUnique({ where: { email } });
  const valid =
    user && !user.disabledAt
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDecoy(input.password);
  if (!user || !valid || user.disabledAt) {
    await prisma.signInFailure.create({ data: { email, ip: input.ip, createdAt: now } });
    return { ok: false, reason: "invalid", message: INVALID };
  }
  await prisma.signInFailure.deleteMany({ where: { email } });
  return { ok: true, ...(await createSession(user.id, now)) };
}
