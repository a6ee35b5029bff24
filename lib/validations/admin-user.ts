// Accounts: one schema for the admin's user form, its server action and the
// command line (npm run admin:create).
import { z } from "zod";

/** Accounts need a passphrase a person can still type: long rather than clever. */
export const MIN_PASSWORD_LENGTH = 12;

export const ADMIN_ROLES = ["admin", "editor"] as const;

export const newUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "must be an email address, e.g. editor@example.org" })),
  name: z.string().trim().min(1, "is required: the name shown in the audit log").max(200, "is too long"),
  role: z.enum(ADMIN_ROLES, { message: "must be admin or editor" }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(200, "is too long"),
});
export type NewUser = z.infer<typeof newUserSchema>;

export const userChangeSchema = z.object({
  id: z.coerce.number().int().positive(),
  role: z.enum(ADMIN_ROLES, { message: "must be admin or editor" }),
  disabled: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
});
export type UserChange = z.infer<typeof userChangeSchema>;
