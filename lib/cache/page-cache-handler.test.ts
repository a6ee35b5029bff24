import { describe, expect, it } from "vitest";
import PageCacheHandler, { createPageStore } from "./page-cache-handler";

const page = (html: string, tags = "_N_T_/layout,_N_T_/treaties/ccm/on/2020-08-06/deposit") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});
const KEY = "/route-cache/APP_PAGE/abc/$/treaties/ccm/on/2020-08-06/deposit";

describe("the page cache handler", () => {
  it("keeps a page's HTML as UTF-8 bytes and serves it back", async () => {
    const handler = new PageCacheHandler({ store: createPageStore({}) });
    await handler.set(KEY, page("<p>Türkiye</p>"), { tags: [] });
    const entry = await handler.get(KEY);
    expect(Buffer.isBuffer(entry?.value.html)).toBe(true);
    expect(String(entry?.value.html)).toBe("<p>Türkiye</p>");
    expect(entry?.lastModified).toBeGreaterThan(0);
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

  it("names PAGE_CACHE_MAX_MB when its value is not a size", () => {
    expect(() => createPageStore({ PAGE_CACHE_MAX_MB: "lots" })).toThrow(
      /PAGE_CACHE_MAX_MB must be a positive number of megabytes, got "lots"/,
    );
  });
});
