// The routing layer of the cached pages on the real data: where proxy.ts sends
// each URL (lib/routing/view-routes.ts), and that its table, the proxy's
// matcher and the routes under app/ agree.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { match } from "path-to-regexp";
import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { PER_REQUEST_PAGES, config as proxyConfig } from "@/proxy";
import { placeTreatyView } from "./treaty-placement";
import { VIEW_ROUTES, viewRouteFor } from "./view-routes";

withSeededDatabase();

/** Every page route under app/ as a pattern in matcher syntax ("app/treaties/[slug]/page.tsx" -> "/treaties/:slug"). */
function appPageRoutes(dir = "app", prefix = ""): string[] {
  const routes = existsSync(path.join(dir, "page.tsx")) ? [prefix || "/"] : [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Private folders (_view) are not routes; route groups ((name)) add no segment.
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const segment = entry.name.startsWith("(") ? "" : `/${entry.name.replace(/^\[(.+)\]$/, ":$1")}`;
    routes.push(...appPageRoutes(path.join(dir, entry.name), prefix + segment));
  }
  return routes;
}

describe("the proxy's matcher, its table of routes and the app's routes", () => {
  const matcherSources = new Set(proxyConfig.matcher.map((m) => m.source));
  const pages = appPageRoutes();

  it("list the same URL patterns", () => {
    expect(new Set([...VIEW_ROUTES.map((r) => r.pattern), ...PER_REQUEST_PAGES])).toEqual(matcherSources);
  });

  it("name only real pages among those rendered per request (for their script nonce)", () => {
    expect(pages).toEqual(expect.arrayContaining(PER_REQUEST_PAGES.map((pattern) => pattern.replace("/:path*", ""))));
    expect(pages.filter((page) => page.startsWith("/admin/")).length).toBeGreaterThan(5);
  });

  it("have a page route for every internal path the proxy rewrites to", async () => {
    const samples = [
      "/",
      "/?asOf=2020-08-06",
      "/?asOf=1990-01-01",
      "/on/2020-08-06",
      "/treaties/ccm?asOf=2020-08-10",
      "/treaties/ccm?counting=in-force",
      "/treaties/ccm?asOf=bad",
      "/treaties/ccm?counting=bad",
      "/treaties/ccm/on/2020-08-10/deposit",
      "/regions/campaign/pacific?asOf=2020-08-31",
      "/regions/campaign/pacific?asOf=bad",
      "/regions/campaign/pacific/on/1990-01-01",
      "/treaties/ccm/outside?asOf=2020-08-31&grouping=campaign",
      "/treaties/ccm/outside?grouping=atlantis",
      "/treaties/ccm/outside?asOf=bad",
      "/treaties/ccm/outside/on/2020-08-31/un-regional-group",
    ];
    for (const url of samples) {
      const parsed = new URL(url, "http://localhost");
      // No route: the path is served as it is.
      const servedPath = (await viewRouteFor(parsed.pathname, parsed.searchParams))?.path ?? parsed.pathname;
      const served = pages.some((page) => match(page)(servedPath));
      expect({ url, servedPath, served }).toEqual({ url, servedPath, served: true });
    }
  });

  it("have a page route for every internal path a reader may type in", () => {
    for (const pattern of VIEW_ROUTES.map((r) => r.pattern).filter((p) => p.includes("/on/"))) {
      expect(pages).toContain(pattern);
    }
  });
});

describe("placing a treaty view", () => {
  it("sends a dated link to its period's page, and every refused link to one page per parameter", async () => {
    const niue = "2020-08-06"; // Niue's accession: a turning point
    const period = (to: string) => ({ kind: "period", path: to });
    expect(await placeTreatyView("ccm", { asOf: niue, counting: "deposit" })).toEqual(
      period(`/treaties/ccm/on/${niue}/deposit`),
    );
    expect(await placeTreatyView("cluster-munitions", { asOf: "2020-08-10", counting: "in-force" })).toEqual(
      period(`/treaties/ccm/on/${niue}/in-force`),
    );
    expect(await placeTreatyView("ccm", { asOf: "2020-08-05", counting: "deposit" })).not.toEqual(
      period(`/treaties/ccm/on/${niue}/deposit`),
    );
    expect(await placeTreatyView("ccm", { asOf: "today", counting: "in-force" })).toEqual({ kind: "exact" });
    const refusedDate = { kind: "refused", path: "/treaties/ccm/on/invalid/deposit" };
    const refusedCounting = { kind: "refused", path: "/treaties/ccm/on/today/invalid" };
    for (const [bad, expected] of [
      [{ asOf: "2020-02-30", counting: "deposit" }, refusedDate],
      [{ asOf: "1990-01-01", counting: "in-force" }, refusedDate],
      [{ asOf: "2999-01-01", counting: "whenever" }, refusedDate], // the date is reported first
      [{ asOf: "invalid", counting: "deposit" }, refusedDate],
      [{ asOf: niue, counting: "whenever" }, refusedCounting],
      [{ asOf: "today", counting: "whenever" }, refusedCounting],
    ] as const) {
      expect(await placeTreatyView("cluster-munitions", bad)).toEqual(expected);
    }
    expect(await placeTreatyView("no-such-treaty", { asOf: niue, counting: "deposit" })).toEqual({
      kind: "unknown-treaty",
    });
  });
});

describe("view routes: the internal path of a public URL", () => {
  const routeFor = (url: string) => {
    const parsed = new URL(url, "http://localhost");
    return viewRouteFor(parsed.pathname, parsed.searchParams);
  };
  const pathFor = async (url: string) => (await routeFor(url))?.path ?? null;

  it("sends the home and region pages to their dated routes", async () => {
    expect(await pathFor("/")).toBe("/on/today");
    expect(await pathFor("/?asOf=2020-08-06")).toBe("/on/2020-08-06");
    expect(await pathFor("/regions/campaign/pacific?asOf=2020-08-31")).toBe("/regions/campaign/pacific/on/2020-08-31");
  });

  it("sends the outside list with a date or grouping to its page for that date and grouping", async () => {
    expect(await pathFor("/treaties/ccm/outside?asOf=2020-08-31&grouping=campaign")).toBe(
      "/treaties/ccm/outside/on/2020-08-31/campaign",
    );
    // Aliases go to the treaty's own pages; a missing parameter is today or the UN regional groups.
    expect(await pathFor("/treaties/cluster-munitions/outside?asOf=2020-08-31")).toBe(
      "/treaties/ccm/outside/on/2020-08-31/un-regional-group",
    );
    expect(await pathFor("/treaties/ccm/outside?grouping=campaign&asOf=")).toBe(
      "/treaties/ccm/outside/on/today/campaign",
    );
    expect(await pathFor("/treaties/no-such-treaty/outside?asOf=2020-08-31")).toBe(
      "/treaties/no-such-treaty/outside/on/2020-08-31/un-regional-group",
    );
    expect(await pathFor("/treaties/ccm/outside/on/2020-08-31/campaign")).toBeNull();
    expect(await pathFor("/treaties/cluster-munitions/outside/on/2020-08-31/campaign")).toBe(
      "/treaties/ccm/outside/on/2020-08-31/campaign",
    );
  });

  it("sends a dated treaty link to its period, and anything it cannot place to the page that explains", async () => {
    expect(await pathFor("/treaties/ccm?asOf=2020-08-10&counting=in-force")).toBe(
      "/treaties/ccm/on/2020-08-06/in-force",
    );
    expect(await pathFor("/treaties/mbt?counting=in-force")).toBe("/treaties/mbt/on/today/in-force");
    expect(await pathFor("/treaties/ccm?asOf=2020-02-30")).toBe("/treaties/ccm/on/invalid/deposit");
    expect(await pathFor("/treaties/ccm?asOf=")).toBe("/treaties/ccm/on/today/deposit");
    expect(await pathFor("/treaties/%E0?asOf=2020-08-10")).toBe("/treaties/%E0/on/2020-08-10/deposit");
  });

  it("never lets a query value name another route", async () => {
    // "/treaties/ccm/on/../download" would be normalised to the download route.
    expect(await pathFor("/treaties/ccm?asOf=..&counting=download")).toBe("/treaties/ccm/on/invalid/deposit");
    expect(await pathFor("/treaties/ccm?asOf=2020-08-10&counting=x%2Fy")).toBe("/treaties/ccm/on/today/invalid");
    expect(await pathFor("/regions/campaign/pacific?asOf=../../states")).toBe("/regions/campaign/pacific/on/invalid");
    expect(await pathFor("/treaties/ccm/outside?asOf=2020-08-31&grouping=..%2F..%2Fdownload")).toBe(
      "/treaties/ccm/outside/on/today/invalid",
    );
  });

  it("sends an internal treaty path typed in directly to its period's page", async () => {
    expect(await pathFor("/treaties/ccm/on/2020-08-10/deposit")).toBe("/treaties/ccm/on/2020-08-06/deposit");
    expect(await pathFor("/treaties/ccm/on/2020-08-06/deposit")).toBeNull();
    expect(await pathFor("/treaties/ccm/on/today/in-force")).toBeNull();
  });

  it("refuses (status 400) exactly what the page refuses", async () => {
    const refused = async (url: string) => ({ url, refused: (await routeFor(url))?.refused ?? false });
    const refusedUrls = [
      "/treaties/ccm?asOf=2020-02-30",
      "/treaties/ccm?counting=whenever",
      "/treaties/ccm?asOf=..",
      "/treaties/ccm?asOf=2020-08-06%20", // the page would get the segment "invalid"
      "/treaties/ccm/on/1990-01-01/deposit",
      "/treaties/ccm/on/today/whenever",
      "/treaties/ccm/on/%E0/deposit", // a malformed escape is a bad date, not today
      "/?asOf=1990-01-01",
      "/?asOf=2020-08-06%20",
      "/on/1990-01-01",
      "/regions/campaign/pacific?asOf=soon",
      "/regions/campaign/pacific/on/soon",
      "/treaties/ccm/outside?asOf=2008-12-02", // the day before the CCM opened for signature
      "/treaties/ccm/outside?grouping=atlantis",
      "/treaties/ccm/outside/on/2020-08-31/atlantis",
      "/treaties/ccm/outside/on/soon/campaign",
    ];
    for (const url of refusedUrls) expect(await refused(url)).toEqual({ url, refused: true });
    const acceptedUrls = [
      "/treaties/ccm?asOf=2020-08-10",
      "/treaties/ccm?asOf=today",
      "/treaties/ccm?counting=in-force",
      "/treaties/ccm?asOf=",
      "/treaties/no-such-treaty?asOf=2020-08-10", // the page answers 404
      "/",
      "/?asOf=today",
      "/?asOf=2020-08-06",
      "/regions/campaign/pacific?asOf=2020-08-31",
      "/regions/campaign/pacific?asOf=today",
      "/treaties/ccm/outside?asOf=2008-12-03&grouping=campaign",
      "/treaties/ccm/outside?asOf=today",
    ];
    for (const url of acceptedUrls) expect(await refused(url)).toEqual({ url, refused: false });
  });

  it("sends every refused value of a view to one page, so bad values cannot fill the page cache", async () => {
    const paths = async (urls: string[]) => new Set(await Promise.all(urls.map(pathFor)));
    expect(
      await paths([
        "/treaties/ccm?asOf=2020-02-30",
        "/treaties/ccm?asOf=1990-01-01",
        "/treaties/ccm/on/nope/deposit",
        "/treaties/cluster-munitions?asOf=2999-12-31",
      ]),
    ).toEqual(new Set(["/treaties/ccm/on/invalid/deposit"]));
    expect(
      await paths([
        "/treaties/ccm?counting=whenever",
        "/treaties/ccm?asOf=2020-08-10&counting=x",
        "/treaties/ccm/on/2020-08-10/y",
      ]),
    ).toEqual(new Set(["/treaties/ccm/on/today/invalid"]));
    expect(await paths(["/?asOf=1990-01-01", "/?asOf=soon", "/on/2999-01-01"])).toEqual(new Set(["/on/invalid"]));
    expect(await paths(["/regions/campaign/pacific?asOf=soon", "/regions/campaign/pacific/on/1990-01-01"])).toEqual(
      new Set(["/regions/campaign/pacific/on/invalid"]),
    );
    expect(
      await paths([
        "/treaties/ccm/outside?asOf=1990-01-01&grouping=campaign",
        "/treaties/cluster-munitions/outside?asOf=soon",
        "/treaties/ccm/outside/on/2999-01-01/campaign",
      ]),
    ).toEqual(new Set(["/treaties/ccm/outside/on/invalid/un-regional-group"]));
    expect(
      await paths([
        "/treaties/ccm/outside?grouping=atlantis",
        "/treaties/ccm/outside?asOf=2020-08-31&grouping=lemuria",
        "/treaties/ccm/outside/on/2020-08-31/mu",
      ]),
    ).toEqual(new Set(["/treaties/ccm/outside/on/today/invalid"]));
  });

  it("leaves valid internal paths typed in as they are", async () => {
    for (const url of [
      "/on/2020-08-06",
      "/on/today",
      "/regions/campaign/pacific/on/2020-08-31",
      "/treaties/ccm/on/today/in-force",
      "/treaties/ccm/outside/on/2020-08-31/campaign",
      "/treaties/ccm/outside/on/today/un-regional-group",
    ])
      expect({ url, route: await routeFor(url) }).toEqual({ url, route: null });
  });

  it("leaves other pages alone", async () => {
    expect(await pathFor("/treaties/ccm/outside/download?asOf=2020-08-10&grouping=campaign")).toBeNull();
    expect(await pathFor("/regions/campaign/pacific/download?asOf=2020-08-31")).toBeNull();
    expect(await pathFor("/states/NIU")).toBeNull();
  });
});
