// The JSON API's caching and CORS policy, applied by lib/api/respond.ts and
// stated in the OpenAPI document.

import { PUBLIC_CACHE_CONTROL } from "../http/cache-policy";

/**
 * A shared cache may keep an answer for two seconds (then serve it stale once
 * while it asks again); a browser asks again every time, and with the ETag that
 * costs a 304 when nothing changed. Errors are not kept (lib/api/respond.ts).
 */
export const CACHE_CONTROL = PUBLIC_CACHE_CONTROL;

/** Any site may read the API from a browser (it holds public data and takes no credentials). */
export const CORS_HEADERS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" };
