import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (pure code, *.test.ts) and integration tests against a real
// database (*.integration.test.ts: PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is set). Both live next to the code they test.
// In CI (.ci/run) each suite also writes a JSON report so the run can end
// with one "N passed, N failed" line; the suite name comes from the npm script.
const jsonDir = process.env.VITEST_JSON_DIR;
const suite = process.env.npm_lifecycle_event?.replace(/^test:/, "") ?? "vitest";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next's react-server build `server-only` throws on import; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    reporters: jsonDir ? ["default", "json"] : ["default"],
    outputFile: jsonDir ? { json: path.join(jsonDir, `${suite}.json`) } : undefined,
    // Both projects (they extend this config): a test fails if it calls console.error or console.warn.
    setupFiles: ["./vitest.setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,seed,components,app}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.ts", "**/*.fuzz.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{lib,seed,app}/**/*.integration.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own fresh database; PGlite is in-process, so
          // a few files at a time keep memory and CPU reasonable on 2 cores.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // Generated hostile input (fast-check) against the real code and database: npm run test:fuzz.
          name: "fuzz",
          include: ["{lib,app}/**/*.fuzz.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          // The production shape under a database restart (deploy/faults.test.ts): npm run test:faults.
          name: "faults",
          include: ["deploy/**/*.test.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
