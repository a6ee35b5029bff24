// What a shared cache in front of the app (nginx, docs/deploy.md) may keep:
// public pages and GET answers for a few seconds and then stale while it asks
// again; never an error, an admin page or anything with a session.
import { expect, test } from "./fixtures";

test("public pages and answers may be shared briefly, errors and the admin never", async ({ request }) => {
  for (const path of [
    "/",
    "/treaties/ccm",
    "/treaties/ccm?asOf=2020-08-06",
    "/states/GBR",
    "/api/v1/treaties/ccm/status",
  ]) {
    const cacheControl = (await request.get(path)).headers()["cache-control"] ?? "";
    expect(cacheControl, path).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl, path).toMatch(/\bstale-while-revalidate=\d+/);
  }
  for (const [path, status] of [
    // Not the CCM: journeys.spec.ts sees its refusal page rendered first.
    ["/treaties/mine-ban-treaty?asOf=2020-02-30", 400],
    ["/states/GBR?asOf=2021-02-29", 400],
    ["/treaties/no-such-treaty", 404],
    ["/states/XXX", 404],
    ["/no-such-page", 404],
    ["/api/v1/treaties/ccm/status?asOf=2020-02-30", 400],
    ["/admin/sign-in", 200],
  ] as const) {
    for (let i = 0; i < 2; i++) {
      // Twice: the second answer comes from the page cache.
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, path).toContain("no-store");
      expect(cacheControl, path).not.toContain("s-maxage");
    }
  }
});
