// `npm run serve` (last step of `npm start`): check the port, then hand over
// to `next start`. A busy port gets one clear line instead of Node's stack.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535).safeParse(process.env.PORT ?? "3000");
if (!port.success) {
  console.error(`error: PORT must be a number between 1 and 65535, got "${process.env.PORT}"`);
  process.exit(1);
}

function portIsFree(value: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(value);
  });
}

if (!(await portIsFree(port.data))) {
  console.error(`error: port ${port.data} is already in use (PORT); stop the other server or start with PORT=${port.data + 1} npm start`);
  process.exit(1);
}

const next = spawn("next", ["start", "--port", String(port.data)], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
