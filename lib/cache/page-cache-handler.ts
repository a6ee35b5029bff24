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
// Pages are dropped as soon as the data changes, on every instance: each entry
// keeps the data stamp it was rendered from (lib/data/treaty-snapshots.ts), and a
// page whose stamp is no longer current is dropped when asked for, so Next
// renders it afresh instead of serving it until it expires.
//
// Each page is stored with the headers it is to be sent with, beside Next's:
// the script policy naming its own inline scripts (lib/http/script-policy.ts),
// computed once here rather than on every answer; and, for a refusal (400) or
// a missing page (404), `Cache-Control: no-store`, so no shared cache keeps an
// error (Next gives every page of a route its `revalidate`, and sends its own
// Cache-Control only when none is set).
//
// instrumentation.ts hands this class to Next, which makes an instance for every
// request; the store is shared. Interface (Next's "incremental cache handler"):
// node_modules/next/dist/docs/01-app/03-api-reference/05-config/01-next-config-js/incrementalCacheHandlerPath.md
import { LRUCache } from "lru-cache";
import { currentDataStamp, knownDataStamp } from "../data/treaty-snapshots";
import { readPageCacheMaxMb } from "../env";
import { NO_STORE } from "../http/cache-policy";
import { inlineScriptHashes } from "../http/inline-script-hashes";
import { SCRIPT_POLICY_HEADER, scriptPolicy } from "../http/script-policy";

export const DEFAULT_MAX_MB = 128;
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
  status?: number;
  data?: unknown;
};
/** `stamp`: the data stamp the page was rendered from; undefined when none was known (nothing read the data). */
type Entry = { value: CacheValue; lastModified: number; tags: Set<string>; stamp: string | undefined };
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

const found = (entry: Entry | undefined) => (entry ? { value: entry.value, lastModified: entry.lastModified } : null);

/** One store per process: Next creates a new handler for every request. */
let sharedStore: PageStore | undefined;

/** How the handler reads the data stamp (lib/data/treaty-snapshots.ts); replaceable in tests. */
export type DataStamps = {
  /** The stamp of the data now, checked against the database at most once a second. */
  current: () => Promise<string>;
  /** The stamp of the data this process has loaded, without a query. */
  known: () => string | undefined;
};
const databaseStamps: DataStamps = { current: currentDataStamp, known: knownDataStamp };

export default class PageCacheHandler {
  private readonly entries: PageStore;
  private readonly stamps: DataStamps;
  /**
   * The stamp seen by get() for each key, before Next renders a missing page: a
   * page rendered while the data changes is then stored with the older stamp
   * and rendered again, never kept as current. (Next makes one handler per request.)
   */
  private readonly stampsSeen = new Map<string, string>();

  /** `store` and `stamps` are for tests; Next passes its own options, unused here. */
  constructor(options: { store?: PageStore; stamps?: DataStamps } = {}) {
    this.entries = options.store ?? (sharedStore ??= createPageStore(process.env));
    this.stamps = options.stamps ?? databaseStamps;
  }

  async get(key: string): Promise<{ value: CacheValue; lastModified: number } | null> {
    const entry = this.entries.get(key);
    // Nothing to compare: a page stored with no stamp (at build time, say), or a miss before any data was read.
    if (entry ? entry.stamp === undefined : this.stamps.known() === undefined) return found(entry);
    // No stamp when the database cannot be read: pages are then served as before, until they expire.
    const stamp = await this.stamps.current().catch(() => undefined);
    if (stamp === undefined) return found(entry);
    this.stampsSeen.set(key, stamp);
    if (entry && entry.stamp !== stamp) {
      // Rendered from data that has changed since: drop it (unless replaced meanwhile) and let Next render afresh.
      if (this.entries.peek(key) === entry) this.entries.delete(key);
      return null;
    }
    return found(entry);
  }

  async set(key: string, data: CacheValue | null, ctx?: { tags?: string[] }): Promise<void> {
    if (data === null) {
      this.entries.delete(key);
      return;
    }
    let value = data;
    if (data.kind === "APP_PAGE" && typeof data.html === "string") {
      // Set on Next's own object: on a miss Next stores the page, then sends this very
      // value's headers (node_modules/next/dist/server/response-cache/index.js,
      // handleRevalidate), so the first answer carries the policy too.
      data.headers = { ...data.headers, [SCRIPT_POLICY_HEADER]: scriptPolicy(inlineScriptHashes(data.html)) };
      if ((data.status ?? 200) >= 400) data.headers["cache-control"] = NO_STORE;
      value = { ...data, html: Buffer.from(data.html, "utf8") };
    }
    const stamp = this.stampsSeen.get(key) ?? this.stamps.known();
    this.entries.set(key, { value, lastModified: Date.now(), tags: tagsOf(value, ctx?.tags), stamp });
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of this.entries.entries()) {
      if ([...entry.tags].some((tag) => wanted.has(tag))) this.entries.delete(key);
    }
  }

  resetRequestCache(): void {}
}
