// @ts-check
import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder,
  // so it must stay a plain Node module instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Hashing every cached page's bytes on every request to make an ETag cost more
  // than serving them (measured in bench/pages.bench.ts); pages revalidate by time instead.
  generateEtags: false,
  reactStrictMode: true,
  // Cached pages live in a bounded in-memory LRU that keeps HTML as bytes (see
  // the file). Nothing is written to disk, so a crawler enumerating dates cannot
  // fill it; Next's own in-memory layer is off, as the handler is one.
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.cjs", import.meta.url)),
  cacheMaxMemorySize: 0,
};

export default nextConfig;
