// Turns low-level driver failures into one sentence that names the cause and
// the setting to fix. Users and operators see this line, never a stack.
import { UserFacingError } from "../errors";
import { DataFolderError, dataFolderProblemOf, explainDataFolderProblem } from "./pglite-errors";

type ErrorWithCode = { code?: unknown; message?: unknown; cause?: unknown };

function codeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const { code, cause } = current as ErrorWithCode;
    if (typeof code === "string") return code;
    current = cause;
  }
  return undefined;
}

/** Prisma's messages quote the whole call; the cause is on the last line. */
function lastLine(error: unknown): string {
  const message = String((error as ErrorWithCode)?.message ?? error);
  return (
    message
      .trim()
      .split("\n")
      .filter((line) => line.trim())
      .at(-1)
      ?.trim() ?? message
  );
}

function serverLabel(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
}

/** The failure's code; Prisma's "Can't reach database server" carries none, and is P1001. */
function failureCode(error: unknown): string | undefined {
  return /Can't reach database server/.test(String((error as ErrorWithCode)?.message ?? "")) ? "P1001" : codeOf(error);
}

export function explainDatabaseError(error: unknown, target: { databaseUrl?: string; dataDir: string }): string {
  if (error instanceof UserFacingError) return error.message;
  const code = failureCode(error);
  if (target.databaseUrl) {
    const where = `PostgreSQL at ${serverLabel(target.databaseUrl)} (DATABASE_URL)`;
    switch (code) {
      case "ECONNREFUSED":
        return `Cannot connect to ${where}: connection refused. Is the server running?`;
      // Prisma's words when the server stopped answering (a restart): nothing was written.
      case "P1001":
        return `Cannot connect to ${where}: the server does not answer (restarting?). Nothing was written; try again in a moment.`;
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return `Cannot connect to ${where}: unknown host.`;
      case "ETIMEDOUT":
        return `Cannot connect to ${where}: timed out.`;
      case "28P01":
      case "28000":
        return `Cannot connect to ${where}: authentication failed for the user in DATABASE_URL.`;
      case "3D000":
        return `Cannot connect to ${where}: the database does not exist.`;
    }
    return `Database error on ${where}: ${lastLine(error)}`;
  }
  const problem = dataFolderProblemOf(error);
  if (problem) return explainDataFolderProblem(problem, target.dataDir);
  return `Embedded database in ${target.dataDir} (PGLITE_DATA_DIR) failed: ${lastLine(error)}`;
}

// Codes that mean "the database cannot be used right now", not "this request
// was wrong": Prisma's connection errors, the socket's, and PostgreSQL's
// connection (08), shutdown (57P0x) and resource (53xxx) classes.
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
]);
const UNAVAILABLE_WORDS =
  /Can't reach database server|Connection terminated|connection is closed|Client has encountered a connection error|server closed the connection/i;

// The request never reached a server that could write (or the write was refused
// whole, a full embedded disk): nothing can have been saved. A connection cut
// later (a restart mid-request) may have come after a COMMIT.
const NEVER_WRITTEN_CODES = new Set(["P1001", "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "28P01", "28000", "3D000"]);

/** Whether a write that failed this way certainly wrote nothing. */
export function certainlyWroteNothing(error: unknown): boolean {
  if (error instanceof DataFolderError) return true;
  const code = failureCode(error);
  return code !== undefined && NEVER_WRITTEN_CODES.has(code);
}

/** The database could not be reached or written (a restart, a full disk): worth saying so plainly, not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DataFolderError) return true;
  const code = failureCode(error);
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith("08") || code.startsWith("53"))) return true;
  return UNAVAILABLE_WORDS.test(String((error as ErrorWithCode)?.message ?? ""));
}

/**
 * A unique constraint refused the write (Prisma's P2002, PostgreSQL's 23505 as
 * the driver adapters report it): the row already exists, perhaps written a
 * moment ago by another request.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = failureCode(error);
  if (code === "P2002" || code === "23505") return true;
  return /Unique constraint failed|duplicate key value/i.test(String((error as ErrorWithCode)?.message ?? ""));
}
