// What `npm run admin:create` is given: options and a password, checked with
// the account form's schema before the database is opened. Every mistake is
// one line naming the option (or ADMIN_PASSWORD) to fix.
import type { z } from "zod";
import { UserFacingError } from "../errors";
import { newUserSchema, type NewUser } from "../validations/admin-user";
import { parseOptions } from "./options";

const ADMIN_CREATE_USAGE =
  "npm run admin:create -- --email ADDRESS --role admin|editor [--name NAME], password from ADMIN_PASSWORD or asked for";

/** Only ADMIN_PASSWORD is read from the environment. */
export type PasswordEnv = Readonly<Record<string, string | undefined>>;

/** Asks for a line without showing it; null when there is no terminal to ask on. */
export type AskHidden = ((question: string) => Promise<string>) | null;

const accountSchema = newUserSchema.omit({ password: true });
const passwordSchema = newUserSchema.shape.password;

function describe(issues: readonly z.core.$ZodIssue[], label: (field: string) => string): string {
  return issues.map((issue) => `${label(String(issue.path[0] ?? ""))} ${issue.message}`).join("; ");
}

/** The password: ADMIN_PASSWORD when set (even empty: then refused), else asked twice on the terminal; never a default. */
async function readPassword(email: string, env: PasswordEnv, ask: AskHidden): Promise<string> {
  const fromEnv = env.ADMIN_PASSWORD;
  if (fromEnv !== undefined) {
    const checked = passwordSchema.safeParse(fromEnv);
    if (!checked.success) throw new UserFacingError(describe(checked.error.issues, () => "ADMIN_PASSWORD"));
    return fromEnv;
  }
  if (!ask)
    throw new UserFacingError(
      "no password: set ADMIN_PASSWORD, or run the command in a terminal to be asked for it (stdin is not a terminal)",
    );
  const password = await ask(`Password for ${email}: `);
  // Checked before asking again: typing a refused password twice helps no one.
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new UserFacingError(describe(checked.error.issues, () => "the password"));
  if ((await ask("The same password again: ")) !== password)
    throw new UserFacingError("the two passwords differ; nothing was created");
  return password;
}

export async function readNewAdmin(args: string[], env: PasswordEnv, ask: AskHidden): Promise<NewUser> {
  const options = parseOptions(
    { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    ADMIN_CREATE_USAGE,
    args,
  );
  const email = options.email ?? "";
  const account = accountSchema.safeParse({
    email,
    role: options.role ?? "",
    name: options.name ?? email.trim().split("@")[0],
  });
  if (!account.success) {
    // A name taken from a bad email would only repeat the email's problem.
    const issues = account.error.issues.filter(
      (issue, _, all) => options.name !== undefined || issue.path[0] !== "name" || all.length === 1,
    );
    throw new UserFacingError(describe(issues, (field) => `--${field}`));
  }
  const password = await readPassword(account.data.email, env, ask);
  return { ...account.data, password };
}
