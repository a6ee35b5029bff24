// A backup (backup.ts) as a folder: manifest.json and one <table>.json per
// table, one row per line so that two backups compare line by line.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { BACKUP_TABLES, BackupError, type Backup, type BackupManifest } from "./backup";

const rowsJson = (rows: readonly unknown[]) =>
  rows.length === 0 ? "[]\n" : `[\n${rows.map((row) => JSON.stringify(row)).join(",\n")}\n]\n`;

export function writeBackupFolder(dir: string, backup: Backup): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(backup.manifest, null, 2)}\n`);
  for (const { table } of BACKUP_TABLES)
    writeFileSync(path.join(dir, `${table}.json`), rowsJson(backup.tables[table] ?? []));
}

function readJsonFile(file: string): unknown {
  if (!existsSync(file)) throw new BackupError(`${file}: missing`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new BackupError(`${file}: not JSON (${(error as Error).message})`);
  }
}

export function readBackupFolder(dir: string): Backup {
  const manifest = readJsonFile(path.join(dir, "manifest.json")) as BackupManifest;
  const tables: Record<string, unknown[]> = {};
  for (const { table } of BACKUP_TABLES) tables[table] = readJsonFile(path.join(dir, `${table}.json`)) as unknown[];
  return { manifest, tables };
}
