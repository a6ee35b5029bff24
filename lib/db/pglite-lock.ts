// PGlite keeps no lock of its own, and two processes writing one data folder
// corrupt it. A pid file beside the folder makes the second one stop with a
// clear message instead; a lock left by a dead process is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { ConfigurationError } from "../env";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquirePgliteLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
      throw new ConfigurationError(
        `Embedded database ${dataDir} (PGLITE_DATA_DIR) is in use by process ${holder}; stop it or set PGLITE_DATA_DIR to another folder.`,
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}
