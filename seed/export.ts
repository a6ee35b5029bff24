// `npm run data:export [-- --out DIR]`: write the database's action log as the
// seed's action files (default seed/data/actions/), for review and commit.
// Lives in seed/ because it writes the seed's own format (lib/ never imports seed/).
import path from "node:path";
import { beforeDatabase, parseOptions } from "../lib/cli/options";
import { runWithDatabase } from "../lib/cli/run-with-database";
import { ACTIONS_DIR, exportActions } from "./export-actions";

const { out } = await beforeDatabase(() =>
  parseOptions({ out: { type: "string" } }, "npm run data:export [-- --out DIR]"),
);

// npm runs scripts in the project folder; a relative --out means the folder the command was typed in.
const outDir = out === undefined ? ACTIONS_DIR : path.resolve(process.env.INIT_CWD ?? process.cwd(), out);

await runWithDatabase(async ({ prisma }) => {
  for (const { file, rows, adminRows } of await exportActions(prisma, outDir)) {
    console.log(`Wrote ${path.relative(process.cwd(), file)}: ${rows} actions (${adminRows} recorded by admins).`);
  }
});
