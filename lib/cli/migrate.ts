// `npm run db:migrate`: bring the database (server or embedded) up to date.
import { migrate } from "../db/migrate";
import { runWithDatabase } from "./run-with-database";

await runWithDatabase(async ({ driver }) => {
  const { applied, alreadyApplied } = await migrate(driver);
  console.log(
    `Migrated ${driver.kind} database ${driver.location}: ${applied.length} applied, ${alreadyApplied.length} already up to date.`,
  );
});
