// For integration tests: calls the API's route handlers as Next would, with a
// NextRequest and the path's params, without a server.
import { NextRequest } from "next/server";
import * as actions from "./actions/route";
import * as openapi from "./openapi.json/route";
import * as grouping from "./regions/[grouping]/route";
import * as regions from "./regions/route";
import * as state from "./states/[iso3]/route";
import * as states from "./states/route";
import * as obligations from "./treaties/[slug]/obligations/route";
import * as series from "./treaties/[slug]/series/route";
import * as status from "./treaties/[slug]/status/route";
import * as treaty from "./treaties/[slug]/route";
import * as treaties from "./treaties/route";

/** The params of every route at once: each handler reads its own. */
type AnyParams = { slug: string; iso3: string; grouping: string };
type Handler = (request: NextRequest, context: { params: Promise<AnyParams> }) => Response | Promise<Response>;
type RouteModule = { GET: Handler; OPTIONS: () => Response };

/** Every route, by its OpenAPI path template. */
export const ROUTES: Record<string, RouteModule> = {
  "/api/v1/treaties": treaties,
  "/api/v1/treaties/{slug}": treaty,
  "/api/v1/treaties/{slug}/status": status,
  "/api/v1/treaties/{slug}/series": series,
  "/api/v1/treaties/{slug}/obligations": obligations,
  "/api/v1/states": states,
  "/api/v1/states/{iso3}": state,
  "/api/v1/actions": actions,
  "/api/v1/regions": regions,
  "/api/v1/regions/{grouping}": grouping,
  "/api/v1/openapi.json": openapi,
};

/** The route template a URL path matches, and its params (decoded, as Next hands them). */
export function matchRoute(pathname: string): { template: string; params: Record<string, string> } {
  for (const template of Object.keys(ROUTES)) {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
    const match = new RegExp(`^${template.replace(/\{\w+\}/g, "([^/]+)")}$`).exec(pathname);
    if (match) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
      return { template, params };
    }
  }
  throw new Error(`no API route for ${pathname}`);
}

export async function callApi(url: string, init: { method?: "GET" | "OPTIONS"; headers?: HeadersInit } = {}) {
  const request = new NextRequest(new URL(url, "http://localhost:3000"), { headers: init.headers });
  const { template, params } = matchRoute(request.nextUrl.pathname);
  const route = ROUTES[template];
  if (!route) throw new Error(`no API route for ${template}`);
  const response =
    init.method === "OPTIONS"
      ? route.OPTIONS()
      : await route.GET(request, { params: Promise.resolve(params as AnyParams) });
  return { template, response };
}

export async function getJson<T = unknown>(
  url: string,
): Promise<{ template: string; status: number; body: T; response: Response }> {
  const { template, response } = await callApi(url);
  return { template, status: response.status, body: (await response.json()) as T, response };
}
