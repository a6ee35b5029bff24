// The JSON API's caching and CORS policy, applied by lib/api/respond.ts and
// stated in the OpenAPI document.

/**
 * A shared cache may keep an answer but must ask again every time: an admin's
 * save shows at once, not after a cache's minute. With the ETag, asking again
 * costs a 304 when nothing changed.
 */
export const CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** Any site may read the API from a browser (it holds public data and takes no credentials). */
export const CORS_HEADERS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" };
