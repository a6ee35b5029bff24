// When the database cannot be reached (PostgreSQL restarting, the embedded
// database's disk full), a form answers with one sentence saying so, beside
// the fields as typed, instead of the generic error page. Each write is one
// transaction, so a failed one left nothing behind.
import { certainlyWroteNothing, explainDatabaseError, isDatabaseUnavailable } from "../db/errors";
import { readDatabaseEnv } from "../env";
import { errorState, type FormState } from "./form-state";

/**
 * Runs a form action; a database outage becomes the form's message, anything else
 * (redirect() too) passes. `where`: name the server or folder (for signed-in
 * staff); the sign-in form, open to anyone, says only that the database is down.
 */
export async function unlessDatabaseDown(
  formData: FormData,
  action: () => Promise<FormState>,
  where: "name the database" | "keep it private" = "name the database",
): Promise<FormState> {
  try {
    return await action();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(error);
    const outcome = certainlyWroteNothing(error)
      ? "Nothing was saved."
      : "It may not have been saved: check before saving it again.";
    if (where === "keep it private")
      return errorState(formData, `The database cannot be reached just now; try again in a moment.`);
    const { DATABASE_URL, PGLITE_DATA_DIR } = readDatabaseEnv();
    const cause = explainDatabaseError(error, { databaseUrl: DATABASE_URL, dataDir: PGLITE_DATA_DIR });
    // Some explanations already say that nothing was written.
    return errorState(formData, /nothing was (written|saved)/i.test(cause) ? cause : `${cause} ${outcome}`);
  }
}
