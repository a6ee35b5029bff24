// `npm run shape`: the production shape on this machine (deploy/shape.ts):
// nginx on :8080 in front of two `next start` instances on one PostgreSQL
// database, until Ctrl-C. SHAPE_DATABASE_URL, SHAPE_INSTANCES, SHAPE_PORT and
// SHAPE_APP_PORT change the defaults.
import { DEFAULT_SHAPE, startShape } from "./shape";

const shape = await startShape(DEFAULT_SHAPE);
console.log(`nginx ${shape.url} in front of ${shape.instanceUrls.join(", ")} (Ctrl-C stops all)`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    shape.stop();
    process.exit(0);
  });
await new Promise(() => undefined);
