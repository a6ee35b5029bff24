import { describe, expect, it } from "vitest";
import { matchesEtag, revalidatedResponse } from "./revalidated-response";

describe("a response caches must revalidate", () => {
  it("carries an ETag of its body and must be checked before each reuse", async () => {
    const response = revalidatedResponse(new Request("http://x/"), "body", { "Content-Type": "text/plain" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
    expect(response.headers.get("etag")).toMatch(/^W\/"[\w-]{32}"$/);
    expect(await response.text()).toBe("body");
  });

  it("answers 304 with no body while the body is the same, 200 once it changed", async () => {
    const etag = revalidatedResponse(new Request("http://x/"), "body", {}).headers.get("etag") ?? "";
    const again = (body: string) =>
      revalidatedResponse(new Request("http://x/", { headers: { "if-none-match": etag } }), body, {});
    expect(again("body").status).toBe(304);
    expect(await again("body").text()).toBe("");
    expect(again("changed").status).toBe(200);
  });

  it("reads weak tags, lists and *", () => {
    expect(matchesEtag(`W/"a", "b"`, `"a"`)).toBe(true);
    expect(matchesEtag(`"a"`, `W/"a"`)).toBe(true);
    expect(matchesEtag("*", `"a"`)).toBe(true);
    expect(matchesEtag(`"b"`, `"a"`)).toBe(false);
    expect(matchesEtag(null, `"a"`)).toBe(false);
  });
});
