// Where the e2e servers listen (playwright.config.ts starts them).
export const PUBLIC_PORT = Number(process.env.E2E_PORT ?? 3100);
export const ADMIN_PORT = PUBLIC_PORT + 1;
export const SECOND_INSTANCE_PORT = PUBLIC_PORT + 2;
/** PGlite is one process's database: a second instance on the same data needs PostgreSQL. */
export const ON_POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
export const SECOND_INSTANCE_URL = `http://127.0.0.1:${SECOND_INSTANCE_PORT}`;
