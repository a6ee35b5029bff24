// The accounts, for the admins' users page (never the password hash).
import "server-only";
import { getPrisma } from "../db/client";

export type UserRow = { id: number; email: string; name: string; role: "admin" | "editor"; disabled: boolean };

export async function listUsers(): Promise<UserRow[]> {
  const users = await getPrisma().adminUser.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }] });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
  }));
}
