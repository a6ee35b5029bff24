// Types for page-cache-handler.cjs (plain CommonJS so Next can require() it at runtime).
import type { LRUCache } from "lru-cache";

type Entry = { value: any; lastModified: number; tags: Set<string> };
type PageStore = LRUCache<string, Entry>;

declare class PageCacheHandler {
  constructor(options?: { store?: PageStore });
  get(key: string): Promise<{ value: any; lastModified: number } | null>;
  set(key: string, data: any, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
  static createPageStore(env: Record<string, string | undefined>): PageStore;
}

export = PageCacheHandler;
