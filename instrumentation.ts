// Runs once when `next start` (or `next dev`) boots, before the first request.
//
// Puts the page cache handler in place through the hook Next keeps for hosting
// platforms (the `@next/cache-handlers` global, read by every IncrementalCache
// Next creates) instead of next.config.js `cacheHandler`: with the config
// option Next import()s the handler file again for each cache it creates per
// request (see bench/README.md, 2026-11-23 cache handler at boot).
// e2e/page-cache.spec.ts fails if Next stops reading it.
const CACHE_HANDLERS = Symbol.for("@next/cache-handlers");

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { default: PageCacheHandler } = await import("@/lib/cache/page-cache-handler");
  const holder = globalThis as typeof globalThis & { [CACHE_HANDLERS]?: Record<string, unknown> };
  holder[CACHE_HANDLERS] = { ...holder[CACHE_HANDLERS], FetchCache: PageCacheHandler };
}
