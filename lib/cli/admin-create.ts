// `npm run admin:create -- --email admin@example.org --role admin [--name "..."]`:
// accounts from the command line, above all the first admin (nobody can sign
// in to create it). The password comes from ADMIN_PASSWORD or a prompt that
// does not echo. Writes through the same core as the admin's user form.
import { createUser } from "../admin/users";
import { useDatabase } from "../db/client";
import { UserFacingError } from "../errors";
import { readNewAdmin } from "./new-admin";
import { beforeDatabase } from "./options";
import { readHidden } from "./read-hidden";
import { runWithDatabase } from "./run-with-database";

const input = await beforeDatabase(() =>
  readNewAdmin(process.argv.slice(2), process.env, process.stdin.isTTY ? readHidden : null),
);

await runWithDatabase(async (database) => {
  // createUser writes through the app's handle (getPrisma); make it the one opened here,
  // since an embedded database must not be opened twice.
  const restore = useDatabase(database);
  try {
    const result = await createUser(null, input);
    if (!result.ok) {
      const problems = result.formError ? [result.formError] : Object.values(result.fieldErrors).flat();
      throw new UserFacingError(`${problems.join("; ")}; nothing was created`);
    }
    console.log(`Created ${input.role} account ${input.email} (id ${result.value.id}).`);
  } finally {
    restore();
  }
});
