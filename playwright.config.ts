// Browser tests in real Chromium against the production build (`next build` +
// `next start`) on a database of their own: a fresh PostgreSQL database when
// TEST_DATABASE_URL is set, else an embedded PGlite folder under .data/.
import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { ADMIN_PORT, ON_POSTGRES, PUBLIC_PORT, SECOND_INSTANCE_PORT } from "./e2e/servers";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function chromiumExecutable(): string | undefined {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  throw new Error(
    `No Chromium found: install Debian's (apt-get install chromium, gives ${DEBIAN_CHROMIUM}) or run "npx playwright install chromium".`,
  );
}

/**
 * Two servers from one build, each on a database of its own:
 * - the public server: the shipped data, for every public page (project "public");
 * - the admin server: the same data less the actions the admin journeys record
 *   (e2e/accounts.ts), so an editor can record them as on the day (project "admin").
 * With PostgreSQL (TEST_DATABASE_URL) a second instance serves the admin database
 * too: e2e/admin/two-instances.spec.ts checks that a save shows on it within a second.
 * (PGlite is one process's database, so that check needs PostgreSQL; .ci/run has it.)
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [["list"], ["json"]] : [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      // These machines have no network: stop Chromium calling home.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "public",
      testIgnore: "admin/**",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${PUBLIC_PORT}` },
    },
    {
      name: "admin",
      testDir: "e2e/admin",
      testIgnore: ON_POSTGRES ? [] : ["two-instances.spec.ts"],
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${ADMIN_PORT}` },
    },
  ],
  // Started in order: the first builds the app the others serve.
  webServer: [
    server(
      `next build && tsx e2e/prepare-database.ts && next start --port ${PUBLIC_PORT}`,
      PUBLIC_PORT,
      e2eDatabaseEnv("e2e"),
    ),
    server(`tsx e2e/prepare-database.ts && next start --port ${ADMIN_PORT}`, ADMIN_PORT, {
      ...e2eDatabaseEnv("e2e_admin"),
      E2E_WITHOUT_MISSING: "1",
    }),
    ...(ON_POSTGRES
      ? [server(`next start --port ${SECOND_INSTANCE_PORT}`, SECOND_INSTANCE_PORT, e2eDatabaseEnv("e2e_admin"))]
      : []),
  ],
});

function server(command: string, port: number, env: Record<string, string>) {
  return {
    command,
    url: `http://127.0.0.1:${port}`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
  };
}

/** An e2e server's own database, separate from the development one. */
function e2eDatabaseEnv(name: string): Record<string, string> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { PGLITE_DATA_DIR: `.data/${name.replace("_", "-")}` };
  const url = new URL(serverUrl);
  url.pathname = `/treaty_tracker_${name}`;
  return { DATABASE_URL: url.toString(), E2E_ADMIN_DATABASE_URL: serverUrl };
}
