import { describe, expect, it } from "vitest";
import { dataFolderProblemOf } from "./pglite-errors";

describe("dataFolderProblemOf", () => {
  it("reads Node's errno codes, also from a cause", () => {
    expect(dataFolderProblemOf(Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" }))).toBe(
      "read-only",
    );
    expect(dataFolderProblemOf(new Error("wrapped", { cause: { code: "ENOSPC" } }))).toBe("full");
  });

  it("reads Emscripten's own errno numbers (PGlite's file system)", () => {
    expect(dataFolderProblemOf({ name: "ErrnoError", errno: 51 })).toBe("full");
    expect(dataFolderProblemOf({ name: "ErrnoError", errno: 69 })).toBe("read-only");
    expect(dataFolderProblemOf({ name: "ErrnoError", errno: 44 })).toBeUndefined(); // ENOENT
  });

  it("reads PostgreSQL's disk_full state and the system's words it quotes", () => {
    expect(dataFolderProblemOf({ code: "53100", message: 'could not extend file "base/5/1"' })).toBe("full");
    expect(dataFolderProblemOf({ code: "58030", message: 'could not create file "x": Read-only file system' })).toBe(
      "read-only",
    );
  });

  it("leaves SQL's own refusals alone", () => {
    expect(dataFolderProblemOf({ code: "42501", message: "permission denied for table states" })).toBeUndefined();
    expect(
      dataFolderProblemOf({ code: "23505", message: "duplicate key value violates unique constraint" }),
    ).toBeUndefined();
  });
});
