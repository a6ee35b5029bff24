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
  // No page may be framed by another site (clickjacking), except the embeddable
  // widget and badge under /embed/, whose route handlers send their own
  // `frame-ancestors *` (lib/embed/embed-response.ts). Pages cannot set response
  // headers themselves, and proxy.ts runs for few URLs and costs a cached page
  // half its speed, so this is the one place: a single rule, matched by Next
  // against every request's path (like rewrites, evaluated per request).
  async headers() {
    return [
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;
