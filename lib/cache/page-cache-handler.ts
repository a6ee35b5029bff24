// Next.js's page cache (ISR), kept in this process's memory like Next's own
// default, with two differences that matter for speed and memory:
//
// - A page's HTML is kept as bytes. Next keeps it as a JavaScript string and
//   encodes it again on every response, a large part of a cache hit's cost (see
//   bench/README.md, 2026-11-23 pages per period). Bytes also take half the
//   memory of a two-byte string.
// - The size bound is counted in bytes and can be set with PAGE_CACHE_MAX_MB
//   (default 128; `npm start` checks it, lib/env.ts): every date period of
//   every treaty is a page, and enumerating them must evict old pages, not
//   grow the process.
//
// instrumentation.ts hands this class to Next, which makes an instance for every
// request; the store is shared. Interface (Next's "incremental cache handler"):
// node_modules/next/dist/docs/01-app/03-api-reference/05-config/01-next-config-js/incrementalCacheHandlerPath.md
import { LRUCache } from "lru-cache";
import { readPageCacheMaxMb } from "../env";

const DEFAULT_MAX_MB = 128;
const TAGS_HEADER = "x-next-cache-tags";

/** What Next stores: a rendered page, route response, fetch result... (Next's own types are internal). */
type CacheValue = {
  kind: string;
  html?: unknown;
  rscData?: unknown;
  body?: unknown;
  postponed?: unknown;
  segmentData?: unknown;
  headers?: Record<string, unknown>;
  data?: unknown;
};
type Entry = { value: CacheValue; lastModified: number; tags: Set<string> };
export type PageStore = LRUCache<string, Entry>;

function sizeOf(value: CacheValue): number {
  let size = 0;
  for (const part of [value.html, value.rscData, value.body, value.postponed]) {
    if (typeof part === "string") size += part.length * 2;
    else if (part && typeof (part as { length?: unknown }).length === "number")
      size += (part as { length: number }).length;
  }
  if (value.segmentData instanceof Map)
    for (const [path, data] of value.segmentData) size += path.length * 2 + data.length;
  if (value.kind === "FETCH") size += JSON.stringify(value.data ?? "").length * 2;
  return Math.max(size, 64);
}

/** The tags an entry answers to: those Next passed when storing it, and a page's own from its headers. */
function tagsOf(value: CacheValue, ctxTags: string[] | undefined): Set<string> {
  const header = value.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return new Set([...(ctxTags ?? []), ...fromHeader]);
}

export function createPageStore(env: Record<string, string | undefined>): PageStore {
  return new LRUCache({
    maxSize: (readPageCacheMaxMb(env) ?? DEFAULT_MAX_MB) * 1024 * 1024,
    sizeCalculation: (entry, key) => sizeOf(entry.value) + key.length * 2,
  });
}

/** One store per process: Next creates a new handler for every request. */
let sharedStore: PageStore | undefined;

export default class PageCacheHandler {
  private readonly entries: PageStore;

  /** `store` is for tests; Next passes its own options, unused here. */
  constructor(options: { store?: PageStore } = {}) {
    this.entries = options.store ?? (sharedStore ??= createPageStore(process.env));
  }

  async get(key: string): Promise<{ value: CacheValue; lastModified: number } | null> {
    const entry = this.entries.get(key);
    return entry ? { value: entry.value, lastModified: entry.lastModified } : null;
  }

  async set(key: string, data: CacheValue | null, ctx?: { tags?: string[] }): Promise<void> {
    if (data === null) {
      this.entries.delete(key);
      return;
    }
    const value =
      data.kind === "APP_PAGE" && typeof data.html === "string"
        ? { ...data, html: Buffer.from(data.html, "utf8") }
        : data;
    this.entries.set(key, { value, lastModified: Date.now(), tags: tagsOf(value, ctx?.tags) });
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of this.entries.entries()) {
      if ([...entry.tags].some((tag) => wanted.has(tag))) this.entries.delete(key);
    }
  }

  resetRequestCache(): void {}
}
