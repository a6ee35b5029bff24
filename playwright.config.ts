// Browser tests in real Chromium against the production build (`next build` +
// `next start`) on a database of their own: a fresh PostgreSQL database when
// TEST_DATABASE_URL is set, else an embedded PGlite folder under .data/.
import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function chromiumExecutable(): string | undefined {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  throw new Error(
    `No Chromium found: install Debian's (apt-get install chromium, gives ${DEBIAN_CHROMIUM}) or run "npx playwright install chromium".`,
  );
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `next build && tsx e2e/prepare-database.ts && next start --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...e2eDatabaseEnv() },
  },
});

/** The e2e server's own database, separate from the development one. */
function e2eDatabaseEnv(): Record<string, string> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { PGLITE_DATA_DIR: ".data/e2e", E2E_FRESH_DATABASE: "1" };
  const url = new URL(serverUrl);
  url.pathname = "/treaty_tracker_e2e";
  return { DATABASE_URL: url.toString(), E2E_ADMIN_DATABASE_URL: serverUrl, E2E_FRESH_DATABASE: "1" };
}
