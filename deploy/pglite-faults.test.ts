// `npm run test:faults` (CI runs it, as root): the embedded database's data
// folder in use by another process, read-only, or on a full disk. Each time
// the person running `npm run db:migrate`, `npm run db:seed` or `npm run serve`
// (the steps of `npm start`) reads one sentence naming the folder,
// PGLITE_DATA_DIR and what to do, the command exits non-zero, and the data is
// as it was. Real faults: small tmpfs mounts, read-only remounts and an
// unprivileged user, so it needs root.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, useDatabase, type Database } from "@/lib/db/client";
import { openDriver, type DatabaseDriver } from "@/lib/db/driver";
import { failureOfAWrite } from "./failed-write";

const TSX = path.resolve("node_modules/.bin/tsx");
const NOBODY = 65534;
const root = mkdtempSync(path.join(tmpdir(), "pglite-faults-"));
const template = path.join(root, "template"); // migrated and seeded once, copied into each fault
const mounts: string[] = [];

// The sentences a person must read, written out here rather than imported.
const inUse = (dir: string, pid: number) =>
  `Embedded database ${dir} (PGLITE_DATA_DIR) is in use by process ${pid}; stop it or set PGLITE_DATA_DIR to another folder.`;
const readOnly = (dir: string) =>
  `Embedded database ${dir} (PGLITE_DATA_DIR) cannot be written: the folder or its parent is read-only or not writable by this user; make it writable or set PGLITE_DATA_DIR to a writable folder, then try again.`;
const full = (dir: string, then = "try again") =>
  `Embedded database ${dir} (PGLITE_DATA_DIR) cannot be written: the disk is full, nothing was saved; free some space or set PGLITE_DATA_DIR to a folder on a disk with room, then ${then}.`;
/** A command's whole standard error: that one line. */
const said = (sentence: string) => `error: ${sentence}\n`;

const COMMANDS = { migrate: "lib/cli/migrate.ts", seed: "seed/seed.ts", serve: "lib/cli/serve.ts" };

function run(command: keyof typeof COMMANDS, dataDir: string, uid?: number) {
  const result = spawnSync(TSX, [COMMANDS[command]], {
    encoding: "utf8",
    timeout: 120_000,
    uid,
    gid: uid,
    // PORT: if serve ever got past its checks, it would start here (3500-3599 is ours).
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "3571", HOME: tmpdir() },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mountTmpfs(name: string, size: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]);
  mounts.push(dir);
  return dir;
}

const remount = (dir: string, options: string) => execFileSync("mount", ["-o", `remount,${options}`, dir]);
// Fills what is left of the file system; dd stops with "No space left on device".
const fill = (dir: string) => spawnSync("dd", ["if=/dev/zero", `of=${path.join(dir, "filler")}`, "bs=1M"]);

async function countRows(driver: DatabaseDriver, table: string): Promise<number> {
  return (await driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1;
}

beforeAll(() => {
  for (const command of ["migrate", "seed"] as const) {
    const { status, stderr } = run(command, template);
    if (status !== 0) throw new Error(`${command} of the template database failed: ${stderr}`);
  }
}, 300_000);

afterAll(() => {
  for (const dir of mounts.toReversed()) spawnSync("umount", [dir]);
  rmSync(root, { recursive: true, force: true });
});

describe("the data folder is in use by another running process", () => {
  let holder: DatabaseDriver | undefined;
  afterAll(async () => holder?.close());

  it("migrate, seed and serve refuse at start, naming the process", async () => {
    const dir = path.join(root, "busy");
    cpSync(template, dir, { recursive: true });
    holder = openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dir }); // this test's process holds it
    await holder.query("SELECT 1");
    for (const command of ["migrate", "seed", "serve"] as const) {
      const { status, stderr } = run(command, dir);
      expect({ command, status, stderr }).toEqual({ command, status: 1, stderr: said(inUse(dir, process.pid)) });
    }
  });
});

describe("the data folder is read-only", () => {
  it("migrate, seed and serve refuse at start on a read-only mount", () => {
    const mount = mountTmpfs("read-only", "100m");
    const dir = path.join(mount, "db");
    cpSync(template, dir, { recursive: true });
    remount(mount, "ro");
    for (const command of ["migrate", "seed", "serve"] as const) {
      const { status, stderr } = run(command, dir);
      expect({ command, status, stderr }).toEqual({ command, status: 1, stderr: said(readOnly(dir)) });
    }
    // A new database under a read-only folder: Node's own mkdir would say ENOENT.
    const fresh = path.join(mount, "new", "db");
    expect(run("migrate", fresh)).toMatchObject({ status: 1, stderr: said(readOnly(fresh)) });
    // PGlite itself on a read-only folder (the lock file beside it can be written).
    expect(run("migrate", mount)).toMatchObject({ status: 1, stderr: said(readOnly(mount)) });
  });

  it("migrate refuses a folder this user may not write (EACCES)", () => {
    chmodSync(root, 0o755); // the user may reach the folder, only not write it
    const dir = path.join(root, "not-mine", "db");
    cpSync(template, dir, { recursive: true }); // owned by root, mode 755
    expect(run("migrate", dir, NOBODY)).toMatchObject({ status: 1, stderr: said(readOnly(dir)) });
  });
});

describe("the disk is full", () => {
  it("creating a new database on a small disk fails clearly, and succeeds once there is room", () => {
    const mount = mountTmpfs("small", "20m"); // a new database needs about 40 MB
    const dir = path.join(mount, "db");
    expect(run("migrate", dir)).toMatchObject({ status: 1, stderr: said(full(dir)) });
    remount(mount, "size=100m");
    const retry = run("migrate", dir); // nothing half-made stands in the way
    expect(retry.stderr).toBe("");
    expect(retry.status).toBe(0);
    expect(retry.stdout).toMatch(new RegExp(`^Migrated pglite database ${dir}: \\d+ applied`));
  });

  it("migrate, seed and serve refuse at start on a disk with no room at all", () => {
    const mount = mountTmpfs("no-room", "64m");
    const dir = path.join(mount, "db");
    cpSync(template, dir, { recursive: true });
    fill(mount);
    for (const command of ["migrate", "seed", "serve"] as const) {
      const { status, stderr } = run(command, dir);
      expect({ command, status, stderr }).toEqual({ command, status: 1, stderr: said(full(dir)) });
    }
  });

  describe("while the app runs", () => {
    let database: Database | undefined;
    afterAll(async () => {
      if (database) await closeDatabase(database).catch(() => undefined);
    });

    it("an admin's new action is refused with the sentence, and nothing of it is kept", async () => {
      const mount = mountTmpfs("fills-up", "64m");
      const dir = path.join(mount, "db");
      cpSync(template, dir, { recursive: true });
      database = openDatabase(openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dir }));
      const restore = useDatabase(database);
      const before = {
        actions: await countRows(database.driver, "treaty_actions"),
        audit: await countRows(database.driver, "audit_log"),
      };
      fill(mount);
      const failure = await failureOfAWrite();
      expect((failure as Error | null)?.message).toBe(full(dir));
      restore();
      await closeDatabase(database);
      database = undefined;

      rmSync(path.join(mount, "filler"));
      const reopened = openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dir });
      try {
        expect(await countRows(reopened, "treaty_actions")).toBe(before.actions);
        expect(await countRows(reopened, "audit_log")).toBe(before.audit);
      } finally {
        await reopened.close();
      }
    });

    it("a write that cannot start a new log segment stops the database at once, not the process", async () => {
      const mount = mountTmpfs("log-full", "48m"); // about 8 MB free: less than a 16 MB log segment
      const dir = path.join(mount, "db");
      cpSync(template, dir, { recursive: true });
      const driver = openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dir });
      const actions = await countRows(driver, "treaty_actions");
      await driver.exec("CREATE TABLE filler (pad text)");
      let committed = 0;
      let failure: unknown = null;
      for (let round = 0; round < 2000 && !failure; round++) {
        try {
          await driver.exec("INSERT INTO filler SELECT repeat(md5(random()::text), 2000) FROM generate_series(1, 50)");
          committed += 50;
        } catch (error) {
          failure = error;
        }
      }
      expect((failure as Error | null)?.message).toBe(full(dir, "restart the app"));
      // PGlite left alone would spin forever on the next query, blocking the event loop.
      const started = Date.now();
      await expect(driver.query("SELECT 1")).rejects.toThrow(full(dir, "restart the app"));
      expect(Date.now() - started).toBeLessThan(1000);
      await driver.close();

      remount(mount, "size=100m");
      const reopened = openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dir });
      try {
        expect(await countRows(reopened, "filler")).toBe(committed);
        expect(await countRows(reopened, "treaty_actions")).toBe(actions);
      } finally {
        await reopened.close();
      }
    });
  });
});
