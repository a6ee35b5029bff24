import { afterEach, describe, expect, it, vi } from "vitest";
import { DataFolderError, explainDataFolderProblem } from "../db/pglite-errors";
import { initialFormState } from "./form-state";
import { unlessDatabaseDown } from "./unless-database-down";

const form = () => {
  const data = new FormData();
  data.set("source", "https://example.org/typed");
  return data;
};
// What node-postgres throws when nothing listens on the port.
const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

afterEach(() => vi.unstubAllEnvs());

/** The server log keeps the error whole: acknowledged here (vitest.setup.ts). */
function expectLogged(count: number): void {
  const log = vi.mocked(console.error);
  expect(log).toHaveBeenCalledTimes(count);
  log.mockClear();
}

describe("unlessDatabaseDown", () => {
  it("answers what the action answers", async () => {
    const saved = { ...initialFormState, status: "saved" as const };
    expect(await unlessDatabaseDown(form(), async () => saved)).toBe(saved);
  });

  it("turns an unreachable PostgreSQL into the form's message, keeping what was typed", async () => {
    vi.mocked(console.error).mockImplementation(() => undefined);
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@db.internal:5433/tracker");
    const state = await unlessDatabaseDown(form(), () => Promise.reject(refused()));
    expect(state.status).toBe("error");
    expect(state.message).toBe(
      "Cannot connect to PostgreSQL at db.internal:5433/tracker (DATABASE_URL): connection refused. Is the server running? Nothing was saved.",
    );
    expect(state.values.source).toBe("https://example.org/typed");
    expectLogged(1);
  });

  it("says a save cut off mid-request may have gone through, and a full disk's refusal once", async () => {
    vi.mocked(console.error).mockImplementation(() => undefined);
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/tracker");
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    expect((await unlessDatabaseDown(form(), () => Promise.reject(shutdown))).message).toMatch(
      /It may not have been saved: check before saving it again\.$/,
    );
    const full = new DataFolderError(explainDataFolderProblem("full", ".data/pglite"));
    const message = (await unlessDatabaseDown(form(), () => Promise.reject(full))).message ?? "";
    expect(message).toContain("the disk is full");
    expect(message.match(/nothing was saved/gi)).toHaveLength(1);
    expectLogged(2);
  });

  it("tells the open sign-in form only that the database is down, not where it is", async () => {
    vi.mocked(console.error).mockImplementation(() => undefined);
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@db.internal:5433/tracker");
    const state = await unlessDatabaseDown(form(), () => Promise.reject(refused()), "keep it private");
    expect(state.message).toBe("The database cannot be reached just now; try again in a moment.");
    expect(state.message).not.toContain("db.internal");
    expectLogged(1);
  });

  it("lets anything else through: a bug, a refused constraint, redirect()", async () => {
    const bug = new TypeError("x is undefined");
    await expect(unlessDatabaseDown(form(), () => Promise.reject(bug))).rejects.toBe(bug);
    const unique = Object.assign(new Error("duplicate key value"), { code: "23505" });
    await expect(unlessDatabaseDown(form(), () => Promise.reject(unique))).rejects.toBe(unique);
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/admin;307;" });
    await expect(unlessDatabaseDown(form(), () => Promise.reject(redirect))).rejects.toBe(redirect);
  });
});
