import { describe, expect, it } from "vitest";
import { explainDatabaseError } from "./errors";

const target = { databaseUrl: "postgresql://u:p@db.example:5432/tracker", dataDir: "unused" };

describe("explainDatabaseError", () => {
  it("says a server that stopped answering wrote nothing (Prisma's words for a restart)", () => {
    const error = new Error(
      "Invalid `prisma.treatyAction.create()` invocation:\n\nCan't reach database server at db.example:5432",
    );
    expect(explainDatabaseError(error, target)).toBe(
      "Cannot connect to PostgreSQL at db.example:5432/tracker (DATABASE_URL): the server does not answer (restarting?). Nothing was written; try again in a moment.",
    );
  });

  it("names a refused connection", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(explainDatabaseError(error, target)).toMatch(/connection refused\. Is the server running\?$/);
  });
});
