// Hostile values in every parameter of every API endpoint: never a 500, and a
// refusal names the parameter (400) or the unknown thing (404).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { withSeededDatabase } from "@/lib/data/seeded-database.test-support";
import { hostile, refusalProblem, RUNS } from "@/fuzz/hostile";
import { callApi } from "./route-caller.test-support";

withSeededDatabase();

const REAL_PATH_VALUES: Record<string, string> = { slug: "ccm", iso3: "NIU", grouping: "campaign" };

describe.each(ENDPOINTS.map((endpoint) => [endpoint.path, endpoint] as const))("%s", (_, endpoint) => {
  const queryNames = Object.keys(endpoint.query.shape);
  const pathNames = Object.keys(endpoint.pathParams?.shape ?? {});

  it("answers hostile parameters with 200, 400 or 404, never 500, naming the parameter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...queryNames, "unknown"), hostile(), { maxKeys: 3 }),
        fc.record(Object.fromEntries(pathNames.map((name) => [name, fc.option(hostile(), { nil: undefined })]))),
        async (query, pathValues) => {
          let path = endpoint.path;
          for (const name of pathNames) {
            const value = (pathValues as Record<string, string | undefined>)[name] ?? REAL_PATH_VALUES[name] ?? "";
            // An empty or slash-bearing segment is another URL, not this route's parameter.
            path = path.replace(`{${name}}`, encodeURIComponent(value || "x"));
          }
          const url = `${path}?${new URLSearchParams(query).toString()}`;
          const { response } = await callApi(url);
          expect([200, 400, 404]).toContain(response.status);
          expect(await refusalProblem(response)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
