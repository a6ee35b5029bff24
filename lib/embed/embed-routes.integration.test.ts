// The embed routes on a seeded database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), called as Next calls them.
import { describe, expect, it } from "vitest";
import { GET as badge } from "@/app/embed/[slug]/badge.svg/route";
import { GET as progress } from "@/app/embed/[slug]/progress/route";
import { getTreatySnapshot } from "../data/treaty-snapshots";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { todayIso } from "../domain/dates";
import { countsFromSeries } from "../domain/series";

withSeededDatabase();

type Handler = typeof progress;
const get = (handler: Handler, slug: string, query = "", headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost:3000/embed/${slug}/x${query}`, { headers }), {
    params: Promise.resolve({ slug }),
  });

async function partiesToday(counting: "deposit" | "in-force"): Promise<number> {
  const snapshot = await getTreatySnapshot("ccm");
  if (!snapshot) throw new Error("no CCM");
  return countsFromSeries(snapshot.series[counting], todayIso(), snapshot.stateIsos.length).statesParties;
}

describe("GET /embed/{slug}/progress", () => {
  it("is a small HTML page with today's count that any site may frame", async () => {
    const response = await get(progress, "ccm");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
    const html = await response.text();
    expect(Buffer.byteLength(html)).toBeLessThan(20 * 1024);
    expect(html).not.toContain("<script");
    expect(html).toContain(`<strong>${await partiesToday("deposit")}</strong> States Parties`);
    expect(html).toContain("130 States Parties by the Second Review Conference");
  });

  it("resolves aliases, counts from entry into force and comes in a compact size on request", async () => {
    const normal = await (await get(progress, "cluster-munitions")).text();
    const compact = await (await get(progress, "cluster-munitions", "?size=compact&counting=in-force")).text();
    expect(compact).toContain(`<strong>${await partiesToday("in-force")}</strong> States Parties`);
    expect(compact).toContain("counted from entry into force");
    expect(Buffer.byteLength(compact)).toBeLessThan(Buffer.byteLength(normal));
  });

  it("answers a bad parameter with a 400 naming it, an unknown treaty with a 404", async () => {
    const counting = await get(progress, "ccm", "?counting=ratified");
    expect(counting.status).toBe(400);
    expect(await counting.text()).toBe("counting must be one of: deposit, in-force\n");
    const size = await get(progress, "ccm", "?size=huge");
    expect(size.status).toBe(400);
    expect(await size.text()).toMatch(/^size must be one of: normal, compact/);
    const unknown = await get(progress, "tpnw");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("answers 304 while nothing changed", async () => {
    const etag = (await get(progress, "ccm")).headers.get("etag") ?? "";
    expect((await get(progress, "ccm", "", { "if-none-match": etag })).status).toBe(304);
    expect((await get(progress, "ccm", "?size=compact", { "if-none-match": etag })).status).toBe(200);
  });
});

describe("GET /embed/{slug}/badge.svg", () => {
  it("is an SVG image with today's count, any site may use", async () => {
    const response = await get(badge, "ccm");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    const svg = await response.text();
    expect(svg).toContain(`<title>CCM: ${await partiesToday("deposit")} States Parties</title>`);
    expect(svg).toContain('role="img"');
  });

  it("counts from entry into force on request, refuses a bad rule and an unknown treaty", async () => {
    expect(await (await get(badge, "ccm", "?counting=in-force")).text()).toContain(
      `${await partiesToday("in-force")} States Parties in force</title>`,
    );
    expect((await get(badge, "ccm", "?counting=x")).status).toBe(400);
    expect((await get(badge, "nope")).status).toBe(404);
    expect(await (await get(badge, "mbt")).text()).toContain("<title>Mine Ban Treaty: ");
  });
});
