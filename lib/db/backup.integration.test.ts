// The whole dataset survives a backup: export -> import into an empty database
// -> export gives identical files, on PGlite and on a PostgreSQL server (CI runs
// this suite on both). A refused import writes nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../admin/users";
import { loadSeed } from "../../seed/load-seed";
import { readSeed } from "../../seed/read-seed";
import { BackupError, exportBackup, importBackup } from "./backup";
import { readBackupFolder, writeBackupFolder } from "./backup-files";
import { useDatabaseForTests } from "./client";
import { createTestDatabase, type TestDatabase } from "./test-database";

let source: TestDatabase;
let target: TestDatabase;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "backup-"));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await loadSeed(source.prisma, readSeed());
  // An account and its audit row: users and the audit log are part of the dataset.
  const restore = useDatabaseForTests(source);
  const created = await createUser(null, {
    email: "backup@test.example",
    name: "Backup Test",
    password: "a long enough passphrase",
    role: "editor",
  });
  restore();
  if (!created.ok) throw new Error(`no account: ${JSON.stringify(created.fieldErrors)}`);
}, 120_000);
afterAll(async () => {
  await Promise.all([source?.dispose(), target?.dispose()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), "utf8")]),
  );

describe("db:export and db:import", () => {
  it("gives identical files after export, import into an empty database, export", async () => {
    const first = tempDir();
    writeBackupFolder(first, await exportBackup(source));
    const manifest = JSON.parse(readFileSync(path.join(first, "manifest.json"), "utf8"));
    // Every kind of data is there: 197 states, both treaties' actions, obligation events, the account.
    expect(manifest.rows).toMatchObject({ states: 197, treaties: 2, admin_users: 1 });
    expect(manifest.rows.treaty_actions).toBeGreaterThan(500);
    expect(manifest.rows.obligation_events).toBeGreaterThan(300);
    expect(manifest.rows.audit_log).toBeGreaterThan(0);

    await importBackup(target, readBackupFolder(first));
    const second = tempDir();
    writeBackupFolder(second, await exportBackup(target));
    expect(filesOf(second)).toEqual(filesOf(first));
  }, 120_000);

  it("refuses a database that is not empty, writing nothing", async () => {
    const dir = tempDir();
    writeBackupFolder(dir, await exportBackup(source));
    const before = await target.prisma.treatyAction.count();
    await expect(importBackup(target, readBackupFolder(dir))).rejects.toThrow(/not empty .*db:reset/);
    expect(await target.prisma.treatyAction.count()).toBe(before);
  });

  it("refuses a backup made under other migrations, and a table file that disagrees with its manifest", async () => {
    const empty = await createTestDatabase();
    try {
      const backup = await exportBackup(source);
      await expect(
        importBackup(empty, { ...backup, manifest: { ...backup.manifest, migrations: ["20990101000000_future"] } }),
      ).rejects.toThrow(BackupError);
      await expect(
        importBackup(empty, { ...backup, tables: { ...backup.tables, states: backup.tables.states?.slice(1) ?? [] } }),
      ).rejects.toThrow("states.json: 196 rows, the manifest says 197");
      expect(await empty.prisma.state.count()).toBe(0);
    } finally {
      await empty.dispose();
    }
  });
});
