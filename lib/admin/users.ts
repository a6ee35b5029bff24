// Accounts, managed by admins (and the first one from the command line).
// Disabling an account or changing its role ends its sessions at once.
import { getPrisma } from "../db/client";
import { hashPassword } from "../auth/passwords";
import type { Actor } from "../auth/sessions";
import type { AdminUser } from "../db/generated/client";
import { isUniqueViolation } from "../db/errors";
import type { NewUser, UserChange } from "../validations/admin-user";
import { recordChange } from "./audit";
import { done, refused, type WriteResult } from "./write-result";

/** What the audit log keeps of an account: never the password hash. */
function userJson(user: AdminUser) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}

/** `actor` null: the command line. */
export async function createUser(actor: Actor | null, input: NewUser): Promise<WriteResult<{ id: number }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await getPrisma().$transaction(async (tx) => {
      const created = await tx.adminUser.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
      });
      await recordChange(tx, {
        userId: actor?.id ?? null,
        action: "create",
        entityType: "admin_user",
        entityId: String(created.id),
        after: userJson(created),
      });
      return created;
    });
    return done({ id: user.id });
  } catch (error) {
    if (isUniqueViolation(error)) return refused(null, { email: [`${input.email} already has an account`] });
    throw error;
  }
}

export async function changeUser(actor: Actor, change: UserChange): Promise<WriteResult<{ id: number }>> {
  return getPrisma().$transaction(async (tx) => {
    const user = await tx.adminUser.findUnique({ where: { id: change.id } });
    if (!user) return refused("This account no longer exists.");
    const disabling = change.disabled && !user.disabledAt;
    if (user.id === actor.id && (disabling || change.role !== user.role)) {
      return refused("You cannot disable your own account or change your own role; ask another admin.");
    }
    if (user.role === "admin" && (disabling || change.role !== "admin")) {
      const admins = await tx.adminUser.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) return refused("This is the last active admin: make another admin first.");
    }
    const updated = await tx.adminUser.update({
      where: { id: user.id },
      data: {
        role: change.role,
        disabledAt: change.disabled ? (user.disabledAt ?? new Date()) : null,
      },
    });
    if (updated.role !== user.role || disabling) await tx.adminSession.deleteMany({ where: { userId: user.id } });
    await recordChange(tx, {
      userId: actor.id,
      action: "update",
      entityType: "admin_user",
      entityId: String(user.id),
      before: userJson(user),
      after: userJson(updated),
    });
    return done({ id: user.id });
  });
}
