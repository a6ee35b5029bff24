// Gives the e2e server a fresh database with the real seed data: recreates the
// PostgreSQL database named in DATABASE_URL (through E2E_ADMIN_DATABASE_URL) or
// empties the PGlite folder, then migrates and seeds it.
import { rmSync } from "node:fs";
import { Client } from "pg";
import { runWithDatabase } from "../lib/cli/run-with-database";
import { migrate } from "../lib/db/migrate";
import { loadSeed } from "../seed/load-seed";
import { readSeed } from "../seed/read-seed";

const { DATABASE_URL, E2E_ADMIN_DATABASE_URL, PGLITE_DATA_DIR } = process.env;

if (DATABASE_URL && E2E_ADMIN_DATABASE_URL) {
  const name = new URL(DATABASE_URL).pathname.slice(1);
  const admin = new Client({ connectionString: E2E_ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
} else if (PGLITE_DATA_DIR) {
  rmSync(PGLITE_DATA_DIR, { recursive: true, force: true });
}

await runWithDatabase(async ({ prisma, driver }) => {
  await migrate(driver);
  await loadSeed(prisma, readSeed());
  console.log(`e2e database ready: ${driver.kind} ${driver.location}`);
});
