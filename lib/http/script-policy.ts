// The script half of the Content-Security-Policy: which scripts a page may run.
// Next writes a page's data into inline <script> elements, so "scripts from this
// site only" is not enough; instead each HTML answer names exactly its own
// inline scripts, and an injected one (stored text that escaped as markup)
// would not run:
//
// - a cached page (most of the site) by the SHA-256 of each of Next's inline
//   scripts (data hand-overs only: inline-script-hashes.ts), computed once when
//   the page enters the page cache (lib/cache/page-cache-handler.ts) and sent
//   with it ever after;
// - a page rendered per request (admin, sign-in, the index pages) by a nonce
//   made for that request (proxy.ts), which Next copies onto its scripts.
//
// The rest of the policy (styles, images, framing...) is the same for every
// page: page-policy.json, sent by next.config.js on every answer. It has no
// `default-src`, which would stand for scripts too; every other kind of
// resource is listed instead. A browser enforces every policy header it gets,
// so a cached page's answer carries both and the hashes decide its scripts.
// Never 'unsafe-inline' for scripts, never 'unsafe-eval'.
import pagePolicy from "./page-policy.json";

export const SCRIPT_POLICY_HEADER = "content-security-policy";

/** `script-src` allowing this site's files and the given hashes or nonce. */
export function scriptPolicy(sources: readonly string[]): string {
  return ["script-src 'self'", ...sources].join(" ");
}

/**
 * The whole policy for a page rendered per request, with its nonce: proxy.ts
 * sends it in place of next.config.js's (Next keeps one of the two).
 */
export function policyWithNonce(nonce: string): string {
  return [...pagePolicy.directives, scriptPolicy([`'nonce-${nonce}'`])].join("; ");
}

/** A fresh nonce for one answer: 128 random bits, base64 (Web Crypto: proxy.ts may run anywhere). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
