// Gives an e2e server a fresh database with the real seed data: recreates the
// PostgreSQL database named in DATABASE_URL (through E2E_ADMIN_DATABASE_URL) or
// empties the PGlite folder, then migrates and seeds it and adds the e2e
// accounts. With E2E_WITHOUT_MISSING=1 (the admin server) the actions the admin
// journeys record are taken out first.
import { rmSync } from "node:fs";
import { Client } from "pg";
import { createUser } from "../lib/admin/users";
import { runWithDatabase } from "../lib/cli/run-with-database";
import { useDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { utcDateFromIso } from "../lib/domain/dates";
import { loadSeed } from "../seed/load-seed";
import { readSeed } from "../seed/read-seed";
import { E2E_ADMIN, E2E_EDITOR, MISSING_ON_ADMIN_SERVER, OBLIGATIONS_MISSING_ON_ADMIN_SERVER } from "./accounts";

const { DATABASE_URL, E2E_ADMIN_DATABASE_URL, PGLITE_DATA_DIR, E2E_WITHOUT_MISSING } = process.env;

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

await runWithDatabase(async (database) => {
  const { prisma, driver } = database;
  await migrate(driver);
  await loadSeed(prisma, readSeed());
  if (E2E_WITHOUT_MISSING === "1") {
    for (const { treaty, state, type, depositedOn } of MISSING_ON_ADMIN_SERVER) {
      await prisma.treatyAction.deleteMany({
        where: { treaty: { slug: treaty }, stateIso3: state, type, depositedOn: utcDateFromIso(depositedOn) },
      });
    }
    for (const { treaty, state, kind, type, eventOn } of OBLIGATIONS_MISSING_ON_ADMIN_SERVER) {
      await prisma.obligationEvent.deleteMany({
        where: { treaty: { slug: treaty }, stateIso3: state, kind, type, eventOn: utcDateFromIso(eventOn) },
      });
    }
  }
  // The account writes go through the app's own code, which reads the app's database.
  useDatabase(database);
  for (const [account, role] of [
    [E2E_ADMIN, "admin"],
    [E2E_EDITOR, "editor"],
  ] as const) {
    const created = await createUser(null, { ...account, role });
    if (!created.ok) throw new Error(`e2e account ${account.email}: ${JSON.stringify(created.fieldErrors)}`);
  }
  console.log(`e2e database ready: ${driver.kind} ${driver.location}`);
});
