// Accounts, sign-in, sessions and the guard every mutation starts with, on a
// real database.
import { beforeAll, describe, expect, it } from "vitest";
import { changeUser, createUser } from "../admin/users";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { checkAccess } from "./request";
import { actorForToken, createSession, SESSION_HOURS, type Actor } from "./sessions";
import { LOCKOUT, signIn } from "./sign-in";

const database = withSeededDatabase();
const PASSWORD = "a long enough passphrase";
let admin: Actor;
let editor: Actor;

async function account(email: string, role: "admin" | "editor"): Promise<Actor> {
  const created = await createUser(null, { email, name: email.split("@")[0] ?? email, role, password: PASSWORD });
  if (!created.ok) throw new Error(`could not create ${email}`);
  return { id: created.value.id, email, name: email.split("@")[0] ?? email, role };
}

beforeAll(async () => {
  admin = await account("admin@example.org", "admin");
  editor = await account("editor@example.org", "editor");
});

const request = (token: string | undefined) => ({ token, origin: "http://localhost:3000", host: "localhost:3000" });

describe("accounts", () => {
  it("stores an argon2id hash, never the password, and audits the creation", async () => {
    const row = await database().prisma.adminUser.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    const audit = await database().prisma.auditLogEntry.findFirstOrThrow({
      where: { entityType: "admin_user", entityId: String(row.id) },
    });
    expect(audit.after).toEqual({
      id: row.id,
      email: "editor@example.org",
      name: "editor",
      role: "editor",
      disabledAt: null,
    });
  });

  it("refuses a second account with the same email", async () => {
    const again = await createUser(admin, {
      email: "editor@example.org",
      name: "x",
      role: "editor",
      password: PASSWORD,
    });
    expect(again).toEqual({
      ok: false,
      formError: null,
      fieldErrors: { email: ["editor@example.org already has an account"] },
    });
  });

  it("keeps at least one active admin, and no admin demotes or disables themselves", async () => {
    expect(await changeUser(admin, { id: admin.id, role: "editor", disabled: false })).toMatchObject({ ok: false });
    const other = await account("second-admin@example.org", "admin");
    expect(await changeUser(admin, { id: other.id, role: "editor", disabled: false })).toMatchObject({ ok: true });
  });
});

describe("signing in", () => {
  it("gives a session for the right password, and a sentence for a wrong one", async () => {
    const result = await signIn({ email: "Editor@Example.org ", password: PASSWORD, ip: "192.0.2.1" });
    if (!result.ok) throw new Error(result.message);
    expect(await actorForToken(result.token)).toEqual(editor);
    expect(await signIn({ email: "editor@example.org", password: "wrong", ip: "192.0.2.1" })).toEqual({
      ok: false,
      reason: "invalid",
      message: "That email and password do not match an active account.",
    });
  });

  it(`refuses further tries for an account after ${LOCKOUT.perAccount} failures, and says until when`, async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    await account("target@example.org", "editor");
    for (let i = 0; i < LOCKOUT.perAccount; i++) {
      await signIn({ email: "target@example.org", password: "guess", ip: `198.51.100.${i}` }, now);
    }
    // Even the right password is refused while the lock lasts.
    expect(await signIn({ email: "target@example.org", password: PASSWORD, ip: "198.51.100.99" }, now)).toEqual({
      ok: false,
      reason: "locked",
      message: "Too many failed sign-ins; further tries are refused until 10:15 UTC.",
    });
    const later = new Date(now.getTime() + (LOCKOUT.windowMinutes + 1) * 60_000);
    expect((await signIn({ email: "target@example.org", password: PASSWORD, ip: "198.51.100.99" }, later)).ok).toBe(
      true,
    );
  });

  it(`refuses an address after ${LOCKOUT.perAddress} failures, whatever the accounts`, async () => {
    const now = new Date("2026-12-01T12:00:00Z");
    for (let i = 0; i < LOCKOUT.perAddress; i++) {
      await signIn({ email: `nobody${i}@example.org`, password: "guess", ip: "203.0.113.7" }, now);
    }
    expect(await signIn({ email: "editor@example.org", password: PASSWORD, ip: "203.0.113.7" }, now)).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect((await signIn({ email: "editor@example.org", password: PASSWORD, ip: "203.0.113.8" }, now)).ok).toBe(true);
  });

  it("refuses a disabled account and ends its sessions", async () => {
    const user = await account("leaving@example.org", "editor");
    const session = await createSession(user.id);
    expect(await changeUser(admin, { id: user.id, role: "editor", disabled: true })).toMatchObject({ ok: true });
    expect(await actorForToken(session.token)).toBeNull();
    expect(await signIn({ email: "leaving@example.org", password: PASSWORD, ip: "192.0.2.9" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("the guard of every mutation", () => {
  it("lets an editor record actions but not manage accounts", async () => {
    const { token } = await createSession(editor.id);
    expect(await checkAccess(request(token), "editor")).toEqual({ ok: true, actor: editor });
    expect(await checkAccess(request(token), "admin")).toMatchObject({ ok: false, reason: "role" });
  });

  it("refuses no session, a forged one and an expired one", async () => {
    expect(await checkAccess(request(undefined), "editor")).toMatchObject({ ok: false, reason: "signed-out" });
    expect(await checkAccess(request("forged-token-value"), "editor")).toMatchObject({
      ok: false,
      reason: "signed-out",
    });
    const longAgo = new Date(Date.now() - (SESSION_HOURS + 1) * 3_600_000);
    const expired = await createSession(editor.id, longAgo);
    expect(await checkAccess(request(expired.token), "editor")).toMatchObject({ ok: false, reason: "signed-out" });
  });

  it("refuses a form posted from another site, even with a valid session", async () => {
    const { token } = await createSession(admin.id);
    expect(
      await checkAccess({ token, origin: "https://attacker.example", host: "localhost:3000" }, "editor"),
    ).toMatchObject({
      ok: false,
      reason: "cross-site",
    });
  });
});
