// The JSON API through the real server: every documented example request answers
// what the served OpenAPI document describes; ETag and 304, CORS and the preflight
// survive Next's serving (compression included); the /api page documents it.
import { AxeBuilder } from "@axe-core/playwright";
import { openApiValidator } from "../lib/api/openapi-validator.test-support";
import { expect, test } from "./fixtures";

type Document = Parameters<typeof openApiValidator>[0] & {
  paths: Record<string, { get: { operationId: string; "x-example-request": string } }>;
};

test.describe("JSON API", () => {
  test("answers every example request of its OpenAPI document with a body the document describes", async ({
    request,
  }) => {
    const served = await request.get("/api/v1/openapi.json");
    expect(served.status()).toBe(200);
    const document = (await served.json()) as Document;
    const validator = openApiValidator(document);
    for (const [template, { get }] of Object.entries(document.paths)) {
      const url = get["x-example-request"];
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const errors = validator.errorsAgainst(validator.componentFor(template, "200"), await response.json());
      expect(errors, url).toEqual([]);
    }
  });

  test("reproduces the 109th CCM State Party, Niue, on 6 Aug 2020 (CMC)", async ({ request }) => {
    const series = (await (await request.get("/api/v1/treaties/ccm/series")).json()) as {
      points: { date: string; statesParties: number }[];
    };
    expect(series.points.find((p) => p.date === "2020-08-06")?.statesParties).toBe(109);
    const niue = (await (await request.get("/api/v1/states/NIU")).json()) as {
      treaties: { treaty: string; participations: { entryIntoForceOn: string }[] }[];
    };
    expect(niue.treaties.find((t) => t.treaty === "ccm")?.participations[0]?.entryIntoForceOn).toBe("2021-02-01");
  });

  test("answers a repeated request 304 with its ETag, and lets any site read it", async ({ request }) => {
    const url = "/api/v1/treaties/ccm/status?asOf=2020-08-06";
    const first = await request.get(url, { headers: { "Accept-Encoding": "gzip" } });
    const etag = first.headers()["etag"] ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
    expect(first.headers()["access-control-allow-origin"]).toBe("*");

    const again = await request.get(url, { headers: { "If-None-Match": etag, "Accept-Encoding": "gzip" } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect((await again.body()).length).toBe(0);

    const preflight = await request.fetch(url, {
      method: "OPTIONS",
      headers: {
        Origin: "https://example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "*",
    });
  });

  test("refuses a bad parameter with 400 naming it, and an unknown state with 404", async ({ request }) => {
    for (const [url, status, parameter] of [
      ["/api/v1/actions?limit=0", 400, "limit"],
      ["/api/v1/regions/campaign?counting=ratified", 400, "counting"],
      ["/api/v1/states/XXX", 404, "iso3"],
    ] as const) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      expect(((await response.json()) as { error: { parameter: string } }).error.parameter, url).toBe(parameter);
      expect(response.headers()["access-control-allow-origin"], url).toBe("*");
    }
  });
});

test.describe("/api", () => {
  test("lists every endpoint with its parameters, a curl line for this server and a working link", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "JSON API" })).toBeVisible();
    await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute(
      "href",
      "/api/v1/openapi.json",
    );
    const endpoints = page.getByRole("heading", { level: 2, name: /^GET \/api\/v1\// });
    await expect(endpoints).toHaveCount(10);
    const status = page.getByRole("region", { name: "GET /api/v1/treaties/{slug}/status" });
    const parameters = status.getByRole("table", { name: "Parameters of GET /api/v1/treaties/{slug}/status" });
    await expect(parameters.getByRole("rowheader")).toHaveText(["slug", "asOf", "counting"]);
    await expect(status.getByText(`curl -s '${baseURL}/api/v1/treaties/ccm/status?asOf=2020-08-06'`)).toBeVisible();
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith("/api/v1/treaties/ccm/status?asOf=2020-08-06")),
      status.getByRole("link", { name: "/api/v1/treaties/ccm/status?asOf=2020-08-06" }).click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as { counts: { statesParties: number } }).counts.statesParties).toBe(109);
  });

  test("has no WCAG A/AA violations", async ({ page }) => {
    await page.goto("/api");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  });
});
