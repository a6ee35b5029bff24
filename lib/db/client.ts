// The app's database handle: opened on first use (never at import, so `next
// build` touches no database) and cached on globalThis so dev-server reloads
// and repeated imports share one connection pool, as in create-t3-app.
import { readDatabaseEnv } from "../env";
import { type DatabaseDriver, openDriver } from "./driver";
import { PrismaClient } from "./generated/client";

export type Database = { prisma: PrismaClient; driver: DatabaseDriver };

export function openDatabase(driver: DatabaseDriver): Database {
  return { prisma: new PrismaClient({ adapter: driver.adapter }), driver };
}

const cache = globalThis as unknown as { treatyTrackerDatabase?: Database };

export function getDatabase(): Database {
  cache.treatyTrackerDatabase ??= openDatabase(openDriver(readDatabaseEnv()));
  return cache.treatyTrackerDatabase;
}

/**
 * Makes `database` the one getDatabase() returns (lib/data reads through it,
 * and its caches notice the switch) until the returned function puts the
 * previous one back: for command-line tools that open the database themselves
 * (an embedded PGlite folder must not be opened twice in one process).
 */
export function useDatabase(database: Database): () => void {
  const previous = cache.treatyTrackerDatabase;
  cache.treatyTrackerDatabase = database;
  return () => {
    cache.treatyTrackerDatabase = previous;
  };
}

/** The test seam: integration tests reach their own database through this, never by writing a global. */
export function useDatabaseForTests(database: Database): () => void {
  return useDatabase(database);
}

export function getPrisma(): PrismaClient {
  return getDatabase().prisma;
}

export async function closeDatabase(database: Database): Promise<void> {
  try {
    await database.prisma.$disconnect();
  } finally {
    // Closes the driver (and releases the embedded database's lock) even if Prisma could not disconnect.
    await database.driver.close();
  }
}
