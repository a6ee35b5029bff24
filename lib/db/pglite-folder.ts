// Before PGlite opens its data folder: take the folder's lock (one process at
// a time) and check that it can be written. On a read-only folder PGlite only
// says "PGlite failed to initialize properly", with no cause, while our own
// small write gets the system's reason (EROFS, EACCES, ENOSPC) and so a
// sentence that says what to do.
import { existsSync, mkdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { acquirePgliteLock } from "./pglite-lock";
import { asDataFolderError, dataFolderProblemOf, type DataFolderProblem } from "./pglite-errors";

// Two pages: an empty file still fits on a full disk, a page of data does not.
const PROBE_BYTES = 8192;
// PostgreSQL writes its log in 16 MiB segments, and starting may need a new one.
const ROOM_TO_START = 32 * 1024 * 1024;

// One level at a time: Node's recursive mkdir reports a read-only parent as ENOENT.
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  makeFolder(path.dirname(dir));
  mkdirSync(dir);
}

function checkWritable(dataDir: string): void {
  const probe = path.join(dataDir, ".write-check");
  try {
    writeFileSync(probe, Buffer.alloc(PROBE_BYTES));
  } finally {
    rmSync(probe, { force: true });
  }
}

/** Locks and checks `dataDir`; returns the function that releases the lock. */
export function claimDataFolder(dataDir: string): () => void {
  let release = () => undefined as void;
  try {
    makeFolder(dataDir);
    release = acquirePgliteLock(dataDir);
    checkWritable(dataDir);
    return release;
  } catch (error) {
    release();
    throw asDataFolderError(error, dataDir);
  }
}

/**
 * Why PGlite could not start in `dataDir`, if the folder is the reason: its
 * own error is then only "PGlite failed to initialize properly".
 */
export function diagnoseDataFolder(dataDir: string): DataFolderProblem | undefined {
  try {
    checkWritable(dataDir);
  } catch (error) {
    return dataFolderProblemOf(error);
  }
  const { bavail, bsize } = statfsSync(dataDir);
  return bavail * bsize < ROOM_TO_START ? "full" : undefined;
}
