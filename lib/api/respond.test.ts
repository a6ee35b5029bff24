import { describe, expect, it } from "vitest";
import { etagMatches, jsonAnswer, preflight, respond } from "./respond";
import { failure, success } from "./result";

const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/v1/treaties", { headers });

describe("jsonAnswer", () => {
  it("sends the body as JSON with a weak ETag, a revalidating Cache-Control and open CORS", async () => {
    const response = jsonAnswer(request(), { a: 1 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: 1 });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("etag")).toMatch(/^W\/"[\w-]{27}"$/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toBe("ETag");
  });

  it("gives the same body the same ETag and another body another", () => {
    const etag = (body: unknown) => jsonAnswer(request(), body).headers.get("etag");
    expect(etag({ a: 1 })).toBe(etag({ a: 1 }));
    expect(etag({ a: 1 })).not.toBe(etag({ a: 2 }));
  });

  it("answers 304 without a body when If-None-Match holds the current ETag", async () => {
    const etag = jsonAnswer(request(), { a: 1 }).headers.get("etag") ?? "";
    const response = jsonAnswer(request({ "If-None-Match": etag }), { a: 1 });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(jsonAnswer(request({ "If-None-Match": 'W/"old"' }), { a: 1 }).status).toBe(200);
  });

  it("never answers an error 304", () => {
    expect(jsonAnswer(request({ "If-None-Match": "*" }), { error: {} }, 400).status).toBe(400);
  });
});

describe("etagMatches", () => {
  it.each([
    ['W/"abc"', 'W/"abc"', true],
    ['"abc"', 'W/"abc"', true],
    ['W/"x", W/"abc"', 'W/"abc"', true],
    ["*", 'W/"abc"', true],
    ['W/"abcd"', 'W/"abc"', false],
    [null, 'W/"abc"', false],
  ])("If-None-Match %s against %s: %s (weak comparison)", (header, etag, expected) => {
    expect(etagMatches(header, etag)).toBe(expected);
  });
});

describe("respond", () => {
  it("answers a problem in the error shape, naming the parameter first", async () => {
    const response = respond(request(), failure(404, "slug", "is not known"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { parameter: "slug", message: "slug is not known" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("etag")).toMatch(/^W\//);
  });

  it("answers a body as JSON", async () => {
    expect(await respond(request(), success({ ok: 1 })).json()).toEqual({ ok: 1 });
  });
});

describe("preflight", () => {
  it("lets any site send GET with headers of its own", () => {
    const response = preflight();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("*");
  });
});
