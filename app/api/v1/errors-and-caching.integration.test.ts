// The JSON API's refusals and HTTP behaviour on the shipped seed: a bad
// parameter answers 400 naming it, an unknown treaty, state or grouping 404,
// both in the error shape the document gives; ETag and 304; CORS; and an
// admin's save changing the answers (and their ETags) at once.
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiValidator } from "@/lib/api/openapi-validator.test-support";
import { withSeededDatabase } from "@/lib/data/seeded-database.test-support";
import { invalidateTreatySnapshots } from "@/lib/data/treaty-snapshots";
import { utcDateFromIso } from "@/lib/domain/dates";
import { callApi, getJson, matchRoute } from "./route-caller.test-support";

const database = withSeededDatabase();
const validator = openApiValidator(buildOpenApiDocument());

const REFUSED: [url: string, status: 400 | 404, parameter: string][] = [
  ["/api/v1/treaties/ccm?asOf=2020-02-30", 400, "asOf"],
  ["/api/v1/treaties/ccm?asOf=2008-12-02", 400, "asOf"],
  ["/api/v1/treaties/no-such-treaty", 404, "slug"],
  ["/api/v1/treaties/ccm/status?asOf=1990-01-01", 400, "asOf"],
  ["/api/v1/treaties/ccm/status?asOf=3020-01-01", 400, "asOf"],
  ["/api/v1/treaties/ccm/status?counting=ratified", 400, "counting"],
  ["/api/v1/treaties/ccm/status?asOf=2020-08-06&asOf=2020-08-07", 400, "asOf"],
  ["/api/v1/treaties/no-such-treaty/status", 404, "slug"],
  ["/api/v1/treaties/ccm/series?counting=", 400, "counting"],
  ["/api/v1/treaties/no-such-treaty/series", 404, "slug"],
  ["/api/v1/treaties/ccm/obligations?asOf=2020-13-01", 400, "asOf"],
  ["/api/v1/treaties/ccm/obligations?asOf=2008-12-02", 400, "asOf"],
  ["/api/v1/treaties/ccm/obligations?asOf=2999-01-01", 400, "asOf"],
  ["/api/v1/treaties/no-such-treaty/obligations", 404, "slug"],
  ["/api/v1/states/NZ", 400, "iso3"],
  ["/api/v1/states/XXX", 404, "iso3"],
  ["/api/v1/states/NIU?counting=ratified", 400, "counting"],
  ["/api/v1/states/NIU?asOf=yesterday", 400, "asOf"],
  ["/api/v1/states/NIU?asOf=1997-12-02", 400, "asOf"],
  ["/api/v1/states/NIU?asOf=2999-01-01", 400, "asOf"],
  ["/api/v1/actions?treaty=no-such-treaty", 400, "treaty"],
  ["/api/v1/actions?state=XXX", 400, "state"],
  ["/api/v1/actions?state=N1U", 400, "state"],
  ["/api/v1/actions?type=ratified", 400, "type"],
  ["/api/v1/actions?from=2020-13-01", 400, "from"],
  ["/api/v1/actions?to=yesterday", 400, "to"],
  ["/api/v1/actions?from=2021-01-01&to=2020-12-31", 400, "to"],
  ["/api/v1/actions?cursor=not-a-cursor", 400, "cursor"],
  ["/api/v1/actions?limit=0", 400, "limit"],
  ["/api/v1/actions?limit=501", 400, "limit"],
  ["/api/v1/regions/no-such-grouping", 404, "grouping"],
  ["/api/v1/regions/campaign?asOf=1990-01-01", 400, "asOf"],
  ["/api/v1/regions/campaign?counting=ratified", 400, "counting"],
  ["/api/v1/regions/campaign?treaty=no-such-treaty", 400, "treaty"],
  ["/api/v1/regions/campaign?treaty=ccm&asOf=2008-12-02", 400, "asOf"],
];

describe("refusals", () => {
  it.each(REFUSED)("GET %s answers %i naming %s, as the document says", async (url, status, parameter) => {
    const {
      template,
      status: actual,
      body,
      response,
    } = await getJson<{ error: { parameter: string; message: string } }>(url);
    expect(actual).toBe(status);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message.startsWith(`${parameter} `)).toBe(true);
    expect(validator.errorsAgainst(validator.componentFor(template, String(status)), body)).toEqual([]);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    // A refusal is never kept by a shared cache.
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("cover every endpoint that can refuse a request", () => {
    const refused = new Set(REFUSED.map(([url]) => matchRoute(new URL(url, "http://localhost").pathname).template));
    expect(ENDPOINTS.filter((e) => e.errors.length > 0 && !refused.has(e.path)).map((e) => e.path)).toEqual([]);
  });

  it("keep the status API's message for an unknown treaty, listing the known ones", async () => {
    const { body } = await getJson<{ error: { message: string } }>("/api/v1/treaties/ottawa/status");
    expect(body.error.message).toBe('slug "ottawa" is not a treaty this tracker knows (known: mine-ban-treaty, ccm)');
  });
});

describe("conditional GET and CORS", () => {
  it.each([...ENDPOINTS.map((e) => e.example), "/api/v1/openapi.json"])(
    "GET %s has an ETag that If-None-Match turns into a 304, and open CORS",
    async (url) => {
      const { response } = await callApi(url);
      const etag = response.headers.get("etag") ?? "";
      expect(etag).toMatch(/^W\/".+"$/);
      expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");

      const again = await callApi(url, { headers: { "If-None-Match": etag } });
      expect(again.response.status).toBe(304);
      expect(again.response.headers.get("etag")).toBe(etag);
      expect(await again.response.text()).toBe("");

      const stale = await callApi(url, { headers: { "If-None-Match": 'W/"stale"' } });
      expect(stale.response.status).toBe(200);

      const preflight = await callApi(url, { method: "OPTIONS" });
      expect(preflight.response.status).toBe(204);
      expect(preflight.response.headers.get("access-control-allow-origin")).toBe("*");
      expect(preflight.response.headers.get("access-control-allow-methods")).toContain("GET");
    },
  );

  it("changes the answer and its ETag as soon as an admin's save is committed", async () => {
    const url = "/api/v1/treaties/ccm/status?asOf=2020-08-06";
    const before = (await callApi(url)).response.headers.get("etag") ?? "";
    // What an admin's "checked against the depositary" save writes (lib/admin), then its invalidation.
    await database().prisma.treaty.update({
      where: { slug: "ccm" },
      data: { depositaryCheckedOn: utcDateFromIso("2026-03-01") },
    });
    invalidateTreatySnapshots();
    const after = await callApi(url, { headers: { "If-None-Match": before } });
    expect(after.response.status).toBe(200);
    expect(((await after.response.json()) as { checkedAgainstDepositaryOn: string }).checkedAgainstDepositaryOn).toBe(
      "2026-03-01",
    );
    expect(after.response.headers.get("etag")).not.toBe(before);
  });
});
