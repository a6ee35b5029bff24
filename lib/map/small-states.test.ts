import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import atlasJson from "world-atlas/countries-110m.json" with { type: "json" };
import {
  COUNTRY_SHAPES,
  MAP_HEIGHT,
  MAP_WIDTH,
  MARKER_RADIUS,
  SMALL_AREA,
  formatTenths,
  isSmallState,
  mapProjection,
  markerPointFor,
  normalizeIsoNumeric,
  placeMarkers,
  planMap,
  shapeFor,
} from "./map-geometry";

const EQUATOR_Y = MAP_HEIGHT / 2;

/** Absolute points of each subpath of a path written by CompactPath (M x y, l dx dy ..., z). */
function decode(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const [, cmd, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const nums = (args?.match(/-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? []).map(Number);
    const ring = rings.at(-1);
    if (cmd === "M") rings.push([[nums[0] ?? NaN, nums[1] ?? NaN]]);
    else if (cmd === "l" && ring) {
      for (let i = 0; i < nums.length; i += 2) {
        const [x, y] = ring.at(-1) ?? [NaN, NaN];
        ring.push([Math.round((x + (nums[i] ?? NaN)) * 10) / 10, Math.round((y + (nums[i + 1] ?? NaN)) * 10) / 10]);
      }
    }
  }
  return rings;
}

describe("small and missing states", () => {
  it.each([
    ["798", "Tuvalu"],
    ["520", "Nauru"],
    ["570", "Niue"],
    ["184", "Cook Islands"],
    ["584", "Marshall Islands"],
    ["336", "Holy See"],
  ])("%s (%s) is small and has a marker inside the map", (code) => {
    expect(isSmallState(code)).toBe(true);
    const point = markerPointFor(code);
    expect(point).toBeDefined();
    const [x, y] = point ?? [NaN, NaN];
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(MAP_WIDTH);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(MAP_HEIGHT);
  });

  it("puts markers where the islands are, not at a multipolygon's average", () => {
    // Niue (169.9 W) is at the far west, Tuvalu (179.2 E) at the far east, both south of the equator.
    const niue = markerPointFor("570") ?? [NaN, NaN];
    const tuvalu = markerPointFor("798") ?? [NaN, NaN];
    expect(niue[0]).toBeLessThan(MAP_WIDTH * 0.05);
    expect(tuvalu[0]).toBeGreaterThan(MAP_WIDTH * 0.95);
    expect(niue[1]).toBeGreaterThan(EQUATOR_Y);
    expect(tuvalu[1]).toBeGreaterThan(EQUATOR_Y);
    // Kiribati straddles the antimeridian; its marker must still be in the Pacific, not mid-map.
    const kiribati = markerPointFor("296") ?? [NaN, NaN];
    expect(Math.abs(kiribati[0] - MAP_WIDTH / 2)).toBeGreaterThan(MAP_WIDTH * 0.4);
  });

  it("draws large states as shapes without a marker", () => {
    const australia = shapeFor("036");
    expect(australia?.name).toBe("Australia");
    expect(australia?.d).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(australia?.area).toBeGreaterThan(1000);
    expect(isSmallState("036")).toBe(false);
    expect(isSmallState("36")).toBe(false); // lost leading zero
    expect(isSmallState("076")).toBe(false); // Brazil
  });

  it("treats a tiny 110m shape as small", () => {
    const luxembourg = shapeFor("442");
    expect(luxembourg).toBeDefined();
    expect(luxembourg?.area).toBeLessThan(SMALL_AREA);
    expect(isSmallState("442")).toBe(true);
  });

  it("has no marker for a code in neither atlas", () => {
    expect(shapeFor("999")).toBeUndefined();
    expect(markerPointFor("999")).toBeUndefined();
    expect(isSmallState("999")).toBe(true);
  });
});

describe("planMap", () => {
  const states = [
    { isoNumeric: "036", name: "Australia" },
    { isoNumeric: "798", name: "Tuvalu" },
    { isoNumeric: "442", name: "Luxembourg" },
    { isoNumeric: "999", name: "Nowhere" },
  ];
  const plan = planMap(states);

  it("splits states into shapes and small states, keeping unplaceable ones in the list", () => {
    expect(plan.shaped.map((s) => s.state.name)).toEqual(["Australia", "Luxembourg"]);
    expect(plan.small.map((s) => [s.state.name, s.point !== null])).toEqual([
      ["Tuvalu", true],
      ["Luxembourg", true],
      ["Nowhere", false],
    ]);
  });

  it("draws every other 110m shape, and only those, in the neutral path", () => {
    const australia = shapeFor("036")?.d ?? "";
    const antarctica = shapeFor("010")?.d ?? "";
    expect(plan.otherD).not.toContain(australia);
    expect(plan.otherD).toContain(antarctica);
    const othersLength = COUNTRY_SHAPES.filter((s) => s.isoNumeric !== "036" && s.isoNumeric !== "442").reduce(
      (n, s) => n + s.d.length,
      0,
    );
    expect(plan.otherD.length).toBe(othersLength);
  });
});

describe("placeMarkers", () => {
  it("keeps crowded markers (Lesser Antilles, San Marino and the Holy See) apart", () => {
    const codes = ["028", "659", "212", "662", "670", "052", "308", "674", "336"];
    const placed = [...placeMarkers(codes).values()];
    expect(placed).toHaveLength(codes.length);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i] ?? [0, 0], placed[j] ?? [0, 0]];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
      }
    }
  });

  it("leaves an isolated marker where it is", () => {
    expect(placeMarkers(["570"]).get("570")).toEqual(markerPointFor("570"));
  });
});

describe("compact path strings", () => {
  it.each([
    [12, "1.2"],
    [-5, "-.5"],
    [30, "3"],
    [0, "0"],
    [-123, "-12.3"],
  ])("formats %i tenths as %s", (tenths, text) => {
    expect(formatTenths(tenths)).toBe(text);
  });

  it("encodes the same points as d3's absolute path rounded to 0.1", () => {
    const atlas = atlasJson as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const reference = geoPath(mapProjection).digits(1);
    for (const code of ["036", "250", "643", "242"]) {
      const f = feature(atlas, atlas.objects.countries).features.find((x) => x.id === code);
      if (!f) throw new Error(`no feature ${code}`);
      const expected = (reference(f) ?? "")
        .split("Z")
        .filter(Boolean)
        .map((ring) => {
          const pts = (ring.match(/-?[\d.]+/g) ?? []).map(Number);
          const out: [number, number][] = [];
          for (let i = 0; i < pts.length; i += 2) {
            const p: [number, number] = [pts[i] ?? NaN, pts[i + 1] ?? NaN];
            const prev = out.at(-1);
            if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
          }
          return out;
        });
      expect(decode(shapeFor(code)?.d ?? "")).toEqual(expected);
    }
  });
});

describe("normalizeIsoNumeric", () => {
  it("pads to three digits", () => {
    expect(normalizeIsoNumeric("36")).toBe("036");
    expect(normalizeIsoNumeric("798")).toBe("798");
  });
});
