// The embedded database's storage failures, recognised in one place. PGlite is
// PostgreSQL compiled to WebAssembly, so one cause reaches us in three shapes:
// Node's errno code (our own lock and write check), Emscripten's numeric errno
// (PGlite's virtual file system, e.g. while creating a new database) and
// PostgreSQL's SQLSTATE or message (a query that could not write).
import { UserFacingError } from "../errors";

export type DataFolderProblem = "read-only" | "full";

/** A storage failure of the data folder, worded for the person running the app. */
export class DataFolderError extends UserFacingError {
  override name = "DataFolderError";
}

const NODE_CODES: Record<string, DataFolderProblem> = {
  EROFS: "read-only",
  EACCES: "read-only",
  EPERM: "read-only",
  ENOSPC: "full",
  EDQUOT: "full",
};

// Emscripten numbers errno its own way (musl's WASI table), not as Linux does.
const EMSCRIPTEN_ERRNOS: Record<number, DataFolderProblem> = {
  69: "read-only",
  2: "read-only",
  63: "read-only",
  51: "full",
  19: "full",
};

// PostgreSQL's disk_full class, and the system's words it quotes after a failed write.
const SQLSTATE_DISK_FULL = "53100";
// Case matters: strerror's "Permission denied", not SQL's "permission denied for table".
const SYSTEM_WORDS: [RegExp, DataFolderProblem][] = [
  [/No space left on device|Disk quota exceeded/, "full"],
  [/Read-only file system|Permission denied/, "read-only"],
];

type Failure = { name?: unknown; code?: unknown; errno?: unknown; message?: unknown; cause?: unknown };

function problemOfOne(failure: Failure): DataFolderProblem | undefined {
  if (typeof failure.code === "string") {
    if (failure.code === SQLSTATE_DISK_FULL) return "full";
    if (failure.code in NODE_CODES) return NODE_CODES[failure.code];
  }
  if (failure.name === "ErrnoError" && typeof failure.errno === "number") return EMSCRIPTEN_ERRNOS[failure.errno];
  const message = typeof failure.message === "string" ? failure.message : "";
  return SYSTEM_WORDS.find(([words]) => words.test(message))?.[1];
}

/** Whether `error` (or one of its causes) says the data folder cannot be written or is full. */
export function dataFolderProblemOf(error: unknown): DataFolderProblem | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const problem = problemOfOne(current as Failure);
    if (problem) return problem;
    current = (current as Failure).cause;
  }
  return undefined;
}

/** `then`: what follows the fix; a running server whose database stopped must be restarted. */
export function explainDataFolderProblem(
  problem: DataFolderProblem,
  dataDir: string,
  then: "try again" | "restart the app" = "try again",
): string {
  const where = `Embedded database ${dataDir} (PGLITE_DATA_DIR) cannot be written`;
  return problem === "full"
    ? `${where}: the disk is full, nothing was saved; free some space or set PGLITE_DATA_DIR to a folder on a disk with room, then ${then}.`
    : `${where}: the folder or its parent is read-only or not writable by this user; make it writable or set PGLITE_DATA_DIR to a writable folder, then ${then}.`;
}

/** `error` as a DataFolderError if it is a storage failure of `dataDir`, else unchanged. */
export function asDataFolderError(error: unknown, dataDir: string): unknown {
  if (error instanceof DataFolderError) return error;
  const problem = dataFolderProblemOf(error);
  return problem ? new DataFolderError(explainDataFolderProblem(problem, dataDir), { cause: error }) : error;
}
