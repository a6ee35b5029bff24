// `npm run db:reset`: empty the database and migrate it again (seeding is a
// separate step). Refuses nothing: it is for development and tests.
import { migrate } from "../db/migrate";
import { runWithDatabase } from "./run-with-database";

await runWithDatabase(async ({ driver }) => {
  await driver.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
  const { applied } = await migrate(driver);
  console.log(`Reset ${driver.kind} database ${driver.location}: ${applied.length} migrations applied.`);
});
