// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder,
  // so it must stay a plain Node module instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Hashing every cached page for an ETag costs more than serving it; pages revalidate by time instead
  // (see bench/README.md, 2026-11-23 first pages run: ETags off).
  generateEtags: false,
  reactStrictMode: true,
  // Cached pages live in a bounded in-memory LRU that keeps HTML as bytes
  // (lib/cache/page-cache-handler.ts), put in place by instrumentation.ts rather
  // than a `cacheHandler` entry here (see there why). Nothing is written to disk,
  // so a crawler enumerating dates cannot fill it; Next's own in-memory layer is
  // off, as the handler is one.
  cacheMaxMemorySize: 0,
  // A bulk import or a depositary page is posted to a server action as text: up to 5 MB (lib/admin/import-result.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
