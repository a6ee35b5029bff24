// Hostile values in every parameter of every download: never a 500, a refusal
// names the parameter, and a file that is served is CSV or JSON as asked.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as actionsDownload from "@/app/treaties/[slug]/actions/download/route";
import * as obligationsDownload from "@/app/treaties/[slug]/obligations/download/route";
import * as outsideDownload from "@/app/treaties/[slug]/outside/download/route";
import * as seriesDownload from "@/app/treaties/[slug]/series/download/route";
import * as treatyDownload from "@/app/treaties/[slug]/download/route";
import * as stateDownload from "@/app/states/[iso3]/download/route";
import * as regionDownload from "@/app/regions/[grouping]/[region]/download/route";
import { withSeededDatabase } from "@/lib/data/seeded-database.test-support";
import { hostile, refusalProblem, RUNS } from "@/fuzz/hostile";

withSeededDatabase();

type Route = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;
const QUERY_NAMES = [
  "format",
  "asOf",
  "counting",
  "status",
  "grouping",
  "region",
  "q",
  "sort",
  "dir",
  "state",
  "type",
  "from",
  "to",
];
const DOWNLOADS: [string, Route, Record<string, string>][] = [
  ["/treaties/{slug}/download", treatyDownload.GET as Route, { slug: "ccm" }],
  ["/treaties/{slug}/actions/download", actionsDownload.GET as Route, { slug: "ccm" }],
  ["/treaties/{slug}/obligations/download", obligationsDownload.GET as Route, { slug: "mine-ban-treaty" }],
  ["/treaties/{slug}/outside/download", outsideDownload.GET as Route, { slug: "ccm" }],
  ["/treaties/{slug}/series/download", seriesDownload.GET as Route, { slug: "ccm" }],
  ["/states/{iso3}/download", stateDownload.GET as Route, { iso3: "NIU" }],
  ["/regions/{grouping}/{region}/download", regionDownload.GET as Route, { grouping: "campaign", region: "pacific" }],
];

describe.each(DOWNLOADS)("%s", (template, GET, realParams) => {
  it("answers hostile parameters with a file, a 400 naming the parameter or a 404; never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...QUERY_NAMES), hostile(), { maxKeys: 4 }),
        fc.option(fc.constantFrom(...Object.keys(realParams)), { nil: undefined }),
        hostile(),
        async (query, spoiled, spoiledValue) => {
          const params = { ...realParams, ...(spoiled ? { [spoiled]: spoiledValue } : {}) };
          const url = new URL(`http://localhost:3000${template}`);
          url.search = new URLSearchParams(query).toString();
          const response = await GET(new NextRequest(url), { params: Promise.resolve(params as never) });
          expect([200, 400, 404]).toContain(response.status);
          // A file is CSV or JSON; a refusal names its parameter.
          expect(response.headers.get("content-type")).toMatch(/^(text\/csv|application\/json)/);
          expect(await refusalProblem(response)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
