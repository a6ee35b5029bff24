// `npm run serve` (last step of `npm start`): check the settings, the port and
// the embedded database's folder, then hand over to `next start`. A bad
// setting, a busy port or an embedded database that cannot be opened gets one
// clear line instead of Node's stack.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { ConfigurationError, readDatabaseEnv, readServerEnv, type DatabaseEnv, type ServerEnv } from "../env";
import { runWithDatabase } from "./run-with-database";

let env: ServerEnv;
let database: DatabaseEnv;
try {
  env = readServerEnv();
  database = readDatabaseEnv();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
const port = env.PORT;

// The embedded database is opened once now, so a folder in use, read-only or
// full is reported here rather than at the first request.
if (!database.DATABASE_URL) {
  await runWithDatabase(async ({ driver }) => void (await driver.query("SELECT 1")));
  if (process.exitCode) process.exit();
}

function portIsFree(value: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(value);
  });
}

if (!(await portIsFree(port))) {
  console.error(
    `error: port ${port} is already in use (PORT); stop the other server or start with PORT=${port + 1} npm start`,
  );
  process.exit(1);
}

const next = spawn("next", ["start", "--port", String(port)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
