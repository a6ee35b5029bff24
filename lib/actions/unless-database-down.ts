// When the database cannot be reached (PostgreSQL restarting, the embedded
// database's disk full), a form answers with one sentence saying so, beside
// the fields as typed, instead of the generic error page. Each write is one
// transaction, so a failed one left nothing behind.
import { explainDatabaseError, isDatabaseUnavailable } from "../db/errors";
import { readDatabaseEnv } from "../env";
import { errorState, type FormState } from "./form-state";

/** Runs a form action; a database outage becomes the form's message, anything else (redirect() too) passes. */
export async function unlessDatabaseDown(formData: FormData, action: () => Promise<FormState>): Promise<FormState> {
  try {
    return await action();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(error);
    const { DATABASE_URL, PGLITE_DATA_DIR } = readDatabaseEnv();
    const cause = explainDatabaseError(error, { databaseUrl: DATABASE_URL, dataDir: PGLITE_DATA_DIR });
    return errorState(formData, /Nothing was/.test(cause) ? cause : `${cause} Nothing was saved.`);
  }
}
