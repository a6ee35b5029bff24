// Reads request parameters through their zod schemas (lib/api/params.ts).
// Parameters a schema does not name are ignored, as the status API always
// did; a named one given twice is refused rather than one copy silently read.
import type { z } from "zod";
import { failure, type ApiProblem } from "./result";

type Parsed<S extends z.ZodObject> = { ok: true; data: z.output<S> } | { ok: false; problem: ApiProblem };

function firstIssue<S extends z.ZodObject>(result: z.ZodSafeParseResult<z.output<S>>): Parsed<S> {
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  return failure(400, String(issue?.path[0] ?? "query"), issue?.message ?? "is invalid");
}

export function parseQuery<S extends z.ZodObject>(schema: S, search: URLSearchParams): Parsed<S> {
  const values: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const given = search.getAll(name);
    if (given.length > 1) return failure(400, name, "must be given once");
    if (given[0] !== undefined) values[name] = given[0];
  }
  return firstIssue<S>(schema.safeParse(values));
}

/** Path segments, already split by Next: a refused one answers 400 naming it (an unknown one is the caller's 404). */
export function parsePath<S extends z.ZodObject>(schema: S, params: Record<string, string>): Parsed<S> {
  return firstIssue<S>(schema.safeParse(params));
}
