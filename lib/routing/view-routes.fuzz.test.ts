// Hostile dates, counting rules, groupings and path segments in the public
// page URLs: the proxy's table always answers (a path or nothing), never throws,
// and sends only safe segments on; a refused value goes to the page that names it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "@/lib/data/seeded-database.test-support";
import { dateLike, hostile, RUNS } from "@/fuzz/hostile";
import { viewRouteFor } from "./view-routes";

withSeededDatabase();

const PAGES = [
  "/",
  "/treaties/ccm",
  "/treaties/mine-ban-treaty/outside",
  "/regions/campaign/pacific",
  "/states/GBR",
  "/treaties/ccm/on/{x}/deposit",
  "/treaties/ccm/on/today/{x}",
  "/on/{x}",
  "/regions/campaign/pacific/on/{x}",
  "/states/GBR/on/{x}",
  "/treaties/{x}/on/today/deposit",
  "/treaties/ccm/outside/on/{x}/campaign",
];
const SAFE_SEGMENT = /^[\w%.-]*$/;

describe("the proxy's view routes", () => {
  it("route hostile queries and segments to safe internal paths, never throwing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PAGES),
        hostile(),
        fc.dictionary(fc.constantFrom("asOf", "counting", "grouping"), fc.oneof(dateLike(), hostile()), {
          maxKeys: 3,
        }),
        async (page, segment, query) => {
          const pathname = page.replace("{x}", encodeURIComponent(segment) || "x");
          const route = await viewRouteFor(pathname, new URLSearchParams(query));
          if (route === null) return;
          expect(route.path.startsWith("/")).toBe(true);
          // Every segment the proxy rewrites to is a value it checked or "invalid"; no "..", no "/".
          for (const part of route.path.split("/").slice(1)) {
            expect(part).toMatch(SAFE_SEGMENT);
            expect(part).not.toBe("..");
          }
          expect(!route.refused || route.path.includes("invalid")).toBe(true);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});
