import { describe, expect, it } from "vitest";
import PageCacheHandler, { createPageStore, type DataStamps } from "./page-cache-handler";

const page = (html: string, tags = "_N_T_/layout,_N_T_/treaties/ccm/on/2020-08-06/deposit") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});
const KEY = "/route-cache/APP_PAGE/abc/$/treaties/ccm/on/2020-08-06/deposit";

/** The data stamp as the database would give it: `stamp` is what an admin's write moves. */
function fakeStamps() {
  const stamps = {
    stamp: "rev-1" as string | undefined,
    checks: 0,
    current: async () => {
      stamps.checks++;
      if (stamps.stamp === undefined) throw new Error("no database");
      return stamps.stamp;
    },
    known: () => stamps.stamp,
  };
  return stamps satisfies DataStamps;
}

describe("the page cache handler", () => {
  it("keeps a page's HTML as UTF-8 bytes and serves it back", async () => {
    const handler = new PageCacheHandler({ store: createPageStore({}) });
    await handler.set(KEY, page("<p>Türkiye</p>"), { tags: [] });
    const entry = await handler.get(KEY);
    expect(Buffer.isBuffer(entry?.value.html)).toBe(true);
    expect(String(entry?.value.html)).toBe("<p>Türkiye</p>");
    expect(entry?.lastModified).toBeGreaterThan(0);
  });

  it("stores a page with the script policy naming Next's inline scripts, on the object Next then sends", async () => {
    const handler = new PageCacheHandler({ store: createPageStore({}) });
    const rendered = page(
      '<script src="/_next/a.js"></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>alert(1)</script>',
    );
    await handler.set(KEY, rendered, { tags: [] });
    // That script's hash (lib/http/inline-script-hashes.test.ts); alert(1) is not Next's, so not listed.
    const policy = "script-src 'self' 'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='";
    expect(rendered.headers).toMatchObject({ "content-security-policy": policy });
    expect((await handler.get(KEY))?.value.headers).toMatchObject({
      "content-security-policy": policy,
      "x-next-cache-tags": expect.any(String),
    });
  });

  it("stores refusals and missing pages with no-store, so no shared cache keeps them", async () => {
    const handler = new PageCacheHandler({ store: createPageStore({}) });
    const refused = { ...page("<p>asOf must be a date</p>"), status: 400 };
    await handler.set(KEY, refused, { tags: [] });
    expect(refused.headers).toMatchObject({ "cache-control": "no-store" });
    const found = page("<p>Türkiye</p>");
    await handler.set(`${KEY}/ok`, found, { tags: [] });
    expect(found.headers).not.toHaveProperty("cache-control");
  });

  it("is one store for every handler Next creates (it makes one per request)", async () => {
    await new PageCacheHandler().set(KEY, page("<p>shared</p>"), { tags: [] });
    expect(String((await new PageCacheHandler().get(KEY))?.value.html)).toBe("<p>shared</p>");
  });

  it("evicts the least recently used pages when the byte bound is reached", async () => {
    const store = createPageStore({ PAGE_CACHE_MAX_MB: "1" });
    const handler = new PageCacheHandler({ store });
    const big = "x".repeat(400 * 1024);
    for (const n of [1, 2, 3]) await handler.set(`${KEY}/${n}`, page(big), { tags: [] });
    expect(await handler.get(`${KEY}/1`)).toBeNull();
    expect(await handler.get(`${KEY}/3`)).not.toBeNull();
    expect(store.calculatedSize).toBeLessThanOrEqual(1024 * 1024);
  });

  it("drops pages by tag, from Next's tags or the page's own", async () => {
    const handler = new PageCacheHandler({ store: createPageStore({}) });
    await handler.set(KEY, page("<p>a</p>"), { tags: [] });
    await handler.set("other", page("<p>b</p>", "_N_T_/layout,_N_T_/states/NIU"), { tags: ["states"] });
    await handler.revalidateTag("_N_T_/treaties/ccm/on/2020-08-06/deposit");
    expect(await handler.get(KEY)).toBeNull();
    expect(await handler.get("other")).not.toBeNull();
    await handler.revalidateTag(["states"]);
    expect(await handler.get("other")).toBeNull();
  });

  it("serves a page while the data stamp it was rendered from is current", async () => {
    const stamps = fakeStamps();
    const store = createPageStore({});
    await new PageCacheHandler({ store, stamps }).set(KEY, page("<p>109</p>"), { tags: [] });
    const entry = await new PageCacheHandler({ store, stamps }).get(KEY);
    expect(String(entry?.value.html)).toBe("<p>109</p>");
    expect(stamps.checks).toBe(1);
  });

  it("drops a page once the data stamp moves, so Next renders it afresh", async () => {
    const stamps = fakeStamps();
    const store = createPageStore({});
    await new PageCacheHandler({ store, stamps }).set(KEY, page("<p>109</p>"), { tags: [] });
    stamps.stamp = "rev-2"; // an admin saved, here or on another instance
    expect(await new PageCacheHandler({ store, stamps }).get(KEY)).toBeNull();
    expect(store.has(KEY)).toBe(false);

    const next = new PageCacheHandler({ store, stamps });
    await next.set(KEY, page("<p>110</p>"), { tags: [] });
    expect(String((await next.get(KEY))?.value.html)).toBe("<p>110</p>");
  });

  it("stores a page with the stamp seen before rendering, so a render overtaken by a change is not kept", async () => {
    const stamps = fakeStamps();
    const store = createPageStore({});
    const rendering = new PageCacheHandler({ store, stamps });
    expect(await rendering.get(KEY)).toBeNull();
    stamps.stamp = "rev-2"; // the data changed while the page was rendered from rev-1
    await rendering.set(KEY, page("<p>109</p>"), { tags: [] });
    expect(await new PageCacheHandler({ store, stamps }).get(KEY)).toBeNull();
  });

  it("keeps serving pages as before when the stamp cannot be read", async () => {
    const stamps = fakeStamps();
    const store = createPageStore({});
    await new PageCacheHandler({ store, stamps }).set(KEY, page("<p>109</p>"), { tags: [] });
    stamps.stamp = undefined;
    expect(String((await new PageCacheHandler({ store, stamps }).get(KEY))?.value.html)).toBe("<p>109</p>");
  });

  it("reads no stamp for a page stored before any data was read (as at build time)", async () => {
    const stamps = fakeStamps();
    stamps.known = () => undefined;
    const store = createPageStore({});
    await new PageCacheHandler({ store, stamps }).set(KEY, page("<p>not found</p>"), { tags: [] });
    expect(await new PageCacheHandler({ store, stamps }).get(KEY)).not.toBeNull();
    expect(await new PageCacheHandler({ store, stamps }).get("missing")).toBeNull();
    expect(stamps.checks).toBe(0);
  });

  it("names PAGE_CACHE_MAX_MB when its value is not a size", () => {
    expect(() => createPageStore({ PAGE_CACHE_MAX_MB: "lots" })).toThrow(
      /PAGE_CACHE_MAX_MB must be a positive number of megabytes, got "lots"/,
    );
  });
});
