// A fresh, migrated database for one integration test file: a new database on
// the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards), or a
// throwaway in-memory PGlite database when that variable is not set.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { closeDatabase, openDatabase, type Database } from "./client";
import { openDriver } from "./driver";
import { migrate } from "./migrate";

export type TestDatabase = Database & { dispose(): Promise<void> };

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropDatabase = async () => undefined as void;
  if (serverUrl) {
    const name = `tt_test_${randomBytes(6).toString("hex")}`;
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = openDatabase(openDriver({ DATABASE_URL: url.toString(), PGLITE_DATA_DIR: "unused" }));
    dropDatabase = () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    database = openDatabase(openDriver({ DATABASE_URL: undefined, PGLITE_DATA_DIR: "memory://" }));
  }
  if (options.migrated !== false) await migrate(database.driver);
  return {
    ...database,
    async dispose() {
      await closeDatabase(database);
      await dropDatabase();
    },
  };
}
