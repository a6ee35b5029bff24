// `npm run admin:create` as a person runs it: a child process on a fresh
// embedded database (stdin is a pipe, not a terminal). Few runs: each costs a
// second or two; the option and prompt cases are in new-admin.test.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords";
import { closeDatabase, openDatabase } from "../db/client";
import { openDriver } from "../db/driver";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const PASSWORD = "correct horse battery";

let tempDir: string;
let dataDir: string;

function run(script: string, args: string[], password?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.ADMIN_PASSWORD;
  if (password !== undefined) env.ADMIN_PASSWORD = password;
  const result = spawnSync(TSX, [script, ...args], { cwd: ROOT, env, encoding: "utf8", stdio: "pipe" });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

const createAdmin = (args: string[], password?: string) => run("lib/cli/admin-create.ts", args, password);

beforeAll(() => {
  tempDir = mkdtempSync(path.join(tmpdir(), "admin-create-"));
  dataDir = path.join(tempDir, "pglite");
  const migrated = run("lib/cli/migrate.ts", []);
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
});
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe("npm run admin:create", () => {
  it("creates the account from ADMIN_PASSWORD, then refuses the same email again", async () => {
    const created = createAdmin(["--email", "Admin@Example.org", "--role", "admin"], PASSWORD);
    expect(created).toEqual({ status: 0, stdout: "Created admin account admin@example.org (id 1).", stderr: "" });

    const again = createAdmin(["--email", "admin@example.org", "--role", "editor"], PASSWORD);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe("error: admin@example.org already has an account; nothing was created");

    const { prisma, driver } = openDatabase(openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir }));
    try {
      const users = await prisma.adminUser.findMany();
      expect(users).toEqual([expect.objectContaining({ email: "admin@example.org", name: "Admin", role: "admin" })]);
      expect(users[0]?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(users[0]!.passwordHash, PASSWORD)).toBe(true);
      expect(await prisma.auditLogEntry.findMany()).toEqual([
        expect.objectContaining({ userId: null, action: "create", entityType: "admin_user", entityId: "1" }),
      ]);
    } finally {
      await closeDatabase({ prisma, driver });
    }
  });

  it("refuses a short ADMIN_PASSWORD, and a missing one when there is no terminal to ask on", () => {
    const short = createAdmin(["--email", "ed@example.org", "--role", "editor"], "short");
    expect(short).toEqual({ status: 1, stdout: "", stderr: "error: ADMIN_PASSWORD must be at least 12 characters" });

    const missing = createAdmin(["--email", "ed@example.org", "--role", "editor"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error: no password: set ADMIN_PASSWORD\b[^\n]*$/);
  });
});
