// PGlite as the app uses it, with two guards for a data folder that cannot
// be written (full disk, read-only mount):
// - the failure leaves as a DataFolderError saying what to do, not as
//   PostgreSQL's "could not extend file ..." or Emscripten's bare ErrnoError;
// - after a PANIC (PostgreSQL could not write its log, e.g. the disk filled
//   while it started a new WAL segment) the WebAssembly instance is left in a
//   state where the next query spins forever, blocking Node's event loop and
//   ignoring SIGTERM (seen with PGlite 0.5). So from then on every query is
//   refused at once; what was committed is on disk and the next start
//   recovers it.
import { PGlite, type ExecProtocolOptions } from "@electric-sql/pglite";
import { asDataFolderError, DataFolderError, dataFolderProblemOf, explainDataFolderProblem } from "./pglite-errors";
import { diagnoseDataFolder } from "./pglite-folder";

function isPanic(error: unknown): boolean {
  return (error as { severity?: unknown })?.severity === "PANIC";
}

export class GuardedPGlite extends PGlite {
  readonly #folder: string;
  #stopped: DataFolderError | undefined;

  constructor(folder: string) {
    super(folder);
    this.#folder = folder;
  }

  // Every query waits here first (PGlite's own start runs queries once ready,
  // so only a query made before that waits). Creating a new database on a full disk fails
  // with Emscripten's errno; starting an existing one that needs room to
  // recover, or in a folder it cannot write, with no cause at all.
  override async _checkReady() {
    if (!this.ready)
      await this.waitReady.catch((error: unknown) => {
        const problem =
          dataFolderProblemOf(error) ??
          (this.#folder.startsWith("memory://") ? undefined : diagnoseDataFolder(this.#folder));
        throw problem ? new DataFolderError(explainDataFolderProblem(problem, this.#folder), { cause: error }) : error;
      });
    return super._checkReady();
  }

  override async execProtocol(message: Uint8Array, options?: ExecProtocolOptions) {
    return this.#guard(() => super.execProtocol(message, options));
  }

  override async execProtocolStream(message: Uint8Array, options?: ExecProtocolOptions) {
    return this.#guard(() => super.execProtocolStream(message, options));
  }

  async #guard<T>(run: () => Promise<T>): Promise<T> {
    if (this.#stopped) throw this.#stopped;
    try {
      return await run();
    } catch (error) {
      if (!isPanic(error)) throw asDataFolderError(error, this.#folder);
      const problem = dataFolderProblemOf(error);
      const message = problem
        ? explainDataFolderProblem(problem, this.#folder, "restart the app")
        : `Embedded database ${this.#folder} (PGLITE_DATA_DIR) stopped after a fatal error (${(error as Error).message}); restart the app.`;
      this.#stopped = new DataFolderError(message, { cause: error });
      throw this.#stopped;
    }
  }
}
