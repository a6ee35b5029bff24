// @ts-check
import { fileURLToPath } from "node:url";

/**
 * Public pages keep their date in the query string (?asOf=2020-08-06&counting=in-force)
 * so any view can be shared, but query strings make a Next.js page dynamic. These
 * rewrites move the query into path segments that only the server sees, so each
 * (treaty, date, counting) page is rendered once and then served from the cache.
 * (proxy.ts runs first and sends a dated treaty link to its period's page; these
 * rules handle the rest.) Order matters: the rules with more parameters come first.
 * @param {string} source
 * @param {string} base
 * @param {{ key: string; fallback: string }[]} params
 */
function queryToPath(source, base, params) {
  /** @type {import('next/dist/lib/load-custom-routes').Rewrite[]} */
  const rules = [];
  const count = 1 << params.length;
  for (let mask = count - 1; mask >= 0; mask--) {
    const present = params.filter((_, i) => mask & (1 << i));
    rules.push({
      source,
      has: present.map((p) => ({ type: /** @type {const} */ ("query"), key: p.key, value: `(?<${p.key}>[^/]+)` })),
      destination: `${base}/${params.map((p) => (present.includes(p) ? `:${p.key}` : p.fallback)).join("/")}`,
    });
  }
  return rules;
}

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
  async rewrites() {
    return {
      beforeFiles: [
        ...queryToPath("/", "/on", [{ key: "asOf", fallback: "today" }]),
        ...queryToPath("/treaties/:slug", "/treaties/:slug/on", [
          { key: "asOf", fallback: "today" },
          { key: "counting", fallback: "deposit" },
        ]),
        ...queryToPath("/regions/:grouping/:region", "/regions/:grouping/:region/on", [{ key: "asOf", fallback: "today" }]),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
