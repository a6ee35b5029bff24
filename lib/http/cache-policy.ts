// How long caches may keep what the site serves: one policy for the pages
// (through Next's revalidate and expireTime, next.config.js), the API, the
// downloads, the feeds and the widget. In production a shared cache (nginx,
// docs/deploy.md) sits in front of several instances: it may serve an answer
// for SHARED_FRESH_SECONDS, then serve it stale once while it fetches the new
// one, so an admin's save is visible through it within a few seconds; a
// browser (max-age=0) always asks again, and an ETag makes that a 304.
// Errors and anything private are never kept (no-store).

/** Seconds a shared cache may serve a public answer without asking (s-maxage; the pages' `revalidate`). */
export const SHARED_FRESH_SECONDS = 2;
/** Seconds past that it may serve it stale while it fetches a fresh one. */
export const SHARED_STALE_SECONDS = 30;

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_FRESH_SECONDS}, stale-while-revalidate=${SHARED_STALE_SECONDS}`;
/** Refusals (400, 404): a cache must not keep them, so a value refused today is asked about again. */
export const NO_STORE = "no-store";
