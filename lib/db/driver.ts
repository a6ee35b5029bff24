// The one place that knows which PostgreSQL the app talks to: a server when
// DATABASE_URL is set, otherwise an embedded PGlite database in a local folder.
// Everything above this module sees the same Prisma client and raw SQL runner.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Pool } from "pg";
import type { DatabaseEnv } from "../env";
import { GuardedPGlite } from "./guarded-pglite";
import { claimDataFolder } from "./pglite-folder";

/** Raw SQL access for the migration runner and tests; the app goes through Prisma. */
export type DatabaseDriver = {
  kind: "postgres" | "pglite";
  /** Where the data lives, for messages: "host:port/db" or the folder. */
  location: string;
  adapter: PrismaPg | PrismaPGlite;
  /** Runs one or more statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
};

function openPostgres(databaseUrl: string): DatabaseDriver {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 10_000 });
  let closing = false;
  // An idle client losing its connection must not crash the process; once the
  // pool is being closed (a test dropping its database, a shutdown) it is expected.
  pool.on("error", (error) => {
    if (!closing) console.error(`PostgreSQL connection error: ${error.message}`);
  });
  const url = new URL(databaseUrl);
  return {
    kind: "postgres",
    location: `${url.hostname}:${url.port || "5432"}${url.pathname}`,
    adapter: new PrismaPg(pool),
    exec: async (sql) => void (await pool.query(sql)),
    query: async <Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[],
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

/** "memory://" gives a throwaway in-process database (tests); anything else is a folder. */
function openPglite(dataDir: string): DatabaseDriver {
  const release = dataDir.startsWith("memory://") ? () => undefined : claimDataFolder(dataDir);
  const client = new GuardedPGlite(dataDir);
  return {
    kind: "pglite",
    location: dataDir,
    adapter: new PrismaPGlite(client),
    exec: async (sql) => void (await client.exec(sql)),
    query: async <Row>(sql: string, params: unknown[] = []) => (await client.query<Row>(sql, params)).rows,
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

export function openDriver(env: DatabaseEnv): DatabaseDriver {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DATA_DIR);
}
