// `npm run db:seed`: validate every seed file, then load them in one transaction.
import { runWithDatabase } from "../lib/cli/run-with-database";
import { loadSeed } from "./load-seed";
import { readSeed } from "./read-seed";

await runWithDatabase(async ({ prisma, driver }) => {
  const data = readSeed();
  const report = await loadSeed(prisma, data);
  const actionCount = data.treaties.reduce((sum, { actions }) => sum + actions.length, 0);
  console.log(
    `Seeded ${driver.kind} database ${driver.location}: ${data.states.length} states, ${data.regions.length} regions, ` +
      `${data.treaties.length} treaties, ${actionCount} actions (${report.inserted} inserted, ${report.updated} updated, ` +
      `${report.removed} removed, ${report.unchanged} unchanged, ${report.keptAdmin} admin-recorded kept, ${report.keptDeleted} admin-deleted left out).`,
  );
});
