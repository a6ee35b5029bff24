// @ts-check
import pagePolicy from "./lib/http/page-policy.json" with { type: "json" };

/** Features no page uses: refused to the page and anything it might embed. */
const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/**
 * Everything but scripts (lib/http/script-policy.ts explains the split), in
 * lib/http/page-policy.json so that proxy.ts sends the same. `next dev` needs
 * eval (React Refresh), so the policy is for production builds.
 */
function contentSecurityPolicy() {
  if (process.env.NODE_ENV !== "production") return "frame-ancestors 'none'";
  return pagePolicy.directives.join("; ");
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder,
  // so it must stay a plain Node module instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Pages revalidate every 2 s (their `revalidate`) and may then be served stale for
  // 30 s more: Next sends "s-maxage=2, stale-while-revalidate=30" (lib/http/cache-policy.ts).
  expireTime: 32,
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
  // Security headers, one rule set matched by Next against every request's path
  // (pages cannot set response headers themselves, and proxy.ts runs for few URLs).
  // - No page may be framed by another site (clickjacking), except the embeddable
  //   widget and badge under /embed/, whose route handlers send their own policy
  //   with `frame-ancestors *` (lib/embed/embed-response.ts).
  // - The Content-Security-Policy allows styles, images and requests from this
  //   site only; scripts are allowed per answer (contentSecurityPolicy above).
  // - HSTS belongs to the HTTPS front (nginx), not here: docs/deploy.md.
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    ];
    return [
      { source: "/:path*", headers: everywhere },
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: contentSecurityPolicy() },
        ],
      },
    ];
  },
};

export default nextConfig;
