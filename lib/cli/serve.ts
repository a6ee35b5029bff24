// `npm run serve` (last step of `npm start`): check the settings and the port,
// then hand over to `next start`. A bad setting or a busy port gets one clear
// line instead of Node's stack.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { ConfigurationError, readServerEnv, type ServerEnv } from "../env";

let env: ServerEnv;
try {
  env = readServerEnv();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
const port = env.PORT;

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
