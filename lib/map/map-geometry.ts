// World map geometry for StatusMap. The projection never changes, so every path string, area and
// marker point is computed once per process, at module load; a render only picks colours.
// Shapes come from the small 110m atlas (it sets the HTML size); marker points for states too
// small to see come from the 50m atlas, which has most small island states that 110m lacks.
// Both JSON files are bundled into the server code only: do not import this from a client component.
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoContext } from "d3-geo";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas110Json from "world-atlas/countries-110m.json" with { type: "json" };
import atlas50Json from "world-atlas/countries-50m.json" with { type: "json" };

type CountryProps = { name: string };
type Atlas = Topology<{ countries: GeometryCollection<CountryProps> }>;
// The JSON's inferred type is structural (strings, number arrays); it is a valid TopoJSON topology.
const atlas110 = atlas110Json as unknown as Atlas;
const atlas50 = atlas50Json as unknown as Atlas;

export type Point = readonly [x: number, y: number];

/** viewBox width; heights, areas and radii below are in these units. */
export const MAP_WIDTH = 960;
/** Shapes smaller than this (square viewBox units, about 5 x 5 at 960 wide) also get a marker. */
export const SMALL_AREA = 30;
export const MARKER_RADIUS = 3.5;
/** Centre distance below which two markers are pushed apart, so each stays visible and hoverable. */
const MARKER_SPACING = 2 * MARKER_RADIUS + 1;

const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: "Sphere" });
/** The fixed projection (Equal Earth, world fitted to MAP_WIDTH), for tests and overlays. */
export const mapProjection = projection;
export const MAP_HEIGHT = Math.ceil(geoPath(projection).bounds({ type: "Sphere" })[1][1]);

/**
 * A d3-geo path context that writes a compact SVG path: coordinates rounded to 0.1, then relative
 * moves ("l") with the shortest number syntax, and repeated points dropped. The paths are most of
 * the map's size, so they are written shorter than geoPath().digits(1) would (see bench/README.md,
 * 2026-11-23 compact map paths).
 * Rounding the absolute positions first keeps the relative steps from accumulating error.
 */
class CompactPath implements GeoContext {
  private out = "";
  private x = 0;
  private y = 0;
  private last = ""; // the previous number written, to decide whether a separator is needed
  private openLine = false;

  moveTo(x: number, y: number): void {
    const qx = Math.round(x * 10);
    const qy = Math.round(y * 10);
    this.out += "M";
    this.last = "";
    this.num(qx);
    this.num(qy);
    this.x = qx;
    this.y = qy;
    this.openLine = false;
  }

  lineTo(x: number, y: number): void {
    const qx = Math.round(x * 10);
    const qy = Math.round(y * 10);
    if (qx === this.x && qy === this.y) return;
    if (!this.openLine) {
      this.out += "l";
      this.last = "";
      this.openLine = true;
    }
    this.num(qx - this.x);
    this.num(qy - this.y);
    this.x = qx;
    this.y = qy;
  }

  closePath(): void {
    this.out += "z";
    this.last = "";
    this.openLine = false;
  }

  // geoPath calls beginPath once per geometry; the string simply continues.
  beginPath(): void {}

  // Only called for Point geometries, which country outlines never contain.
  arc(): void {}

  result(): string {
    const d = this.out;
    this.out = "";
    return d;
  }

  /** Writes a number given in tenths, e.g. 12 -> "1.2", -5 -> "-.5", 30 -> "3". */
  private num(tenths: number): void {
    const s = formatTenths(tenths);
    // A separator is needed unless the sign or a second decimal point starts the new number.
    const needsSep = this.last !== "" && !s.startsWith("-") && !(s.startsWith(".") && this.last.includes("."));
    this.out += (needsSep ? " " : "") + s;
    this.last = s;
  }
}

export function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  return sign + (whole === 0 && frac !== 0 ? "" : String(whole)) + (frac === 0 ? "" : `.${frac}`);
}

const compact = new CompactPath();
const pathTo = geoPath(projection, compact);
const measure = geoPath(projection);

/** The outline of the globe, drawn behind the countries. */
export const SPHERE_PATH = (pathTo({ type: "Sphere" }), compact.result());

export type CountryShape = {
  /** ISO 3166 numeric code, 3 digits; null for the few features without one (Kosovo, N. Cyprus ...). */
  isoNumeric: string | null;
  name: string;
  d: string;
  /** Projected area in square viewBox units. */
  area: number;
};

type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps> & { id?: string | number };

function countryFeatures(atlas: Atlas): CountryFeature[] {
  return feature(atlas, atlas.objects.countries).features as CountryFeature[];
}

/** "36" -> "036"; the database stores 3 digits, but tolerate callers that lost the zeros. */
export function normalizeIsoNumeric(code: string): string {
  return code.trim().padStart(3, "0");
}

function featureId(f: CountryFeature): string | null {
  return f.id === undefined ? null : normalizeIsoNumeric(String(f.id));
}

const features110 = countryFeatures(atlas110);

export const COUNTRY_SHAPES: readonly CountryShape[] = features110.map((f) => {
  pathTo(f);
  return { isoNumeric: featureId(f), name: f.properties.name, d: compact.result(), area: measure.area(f) };
});

const shapeById = new Map<string, CountryShape>();
for (const shape of COUNTRY_SHAPES) if (shape.isoNumeric) shapeById.set(shape.isoNumeric, shape);

export function shapeFor(isoNumeric: string): CountryShape | undefined {
  return shapeById.get(normalizeIsoNumeric(isoNumeric));
}

/** True when a state has no 110m shape or one too small to see: it gets a marker and a list entry. */
export function isSmallState(isoNumeric: string): boolean {
  const shape = shapeFor(isoNumeric);
  return shape === undefined || shape.area < SMALL_AREA;
}

// Marker points. The centroid of a whole MultiPolygon can fall in the sea between island groups,
// or across the map when they straddle the antimeridian (Kiribati), so use its largest polygon.
function markerLonLat(f: CountryFeature): Position {
  const g = f.geometry;
  if (g.type === "Polygon") return geoCentroid(g);
  let best: Polygon = { type: "Polygon", coordinates: g.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const polygon: Polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return geoCentroid(best);
}

// States missing from both atlases (Natural Earth 50m has no Tuvalu); positions are the capitals.
const EXTRA_LON_LAT: Readonly<Record<string, Position>> = {
  "798": [179.19, -8.52], // Tuvalu, Funafuti
};

function project(lonLat: Position): Point | null {
  const p = projection([lonLat[0] ?? 0, lonLat[1] ?? 0]);
  return p ? [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] : null;
}

const markerById = new Map<string, Point>();
{
  // Some ids appear twice in 50m (Australia and Ashmore and Cartier Is. are both "036"): keep the larger.
  const areaById = new Map<string, number>();
  for (const f of countryFeatures(atlas50)) {
    const id = featureId(f);
    const point = id ? project(markerLonLat(f)) : null;
    if (!id || !point) continue;
    const area = geoArea(f);
    if ((areaById.get(id) ?? -1) >= area) continue;
    areaById.set(id, area);
    markerById.set(id, point);
  }
  const fallbacks: [string, Position][] = [
    ...features110.flatMap((f): [string, Position][] => {
      const id = featureId(f);
      return id ? [[id, markerLonLat(f)]] : [];
    }),
    ...Object.entries(EXTRA_LON_LAT),
  ];
  for (const [id, lonLat] of fallbacks) {
    const point = markerById.has(id) ? null : project(lonLat);
    if (point) markerById.set(id, point);
  }
}

/** Where a state's marker goes before overlaps are resolved; undefined if neither atlas has it. */
export function markerPointFor(isoNumeric: string): Point | undefined {
  return markerById.get(normalizeIsoNumeric(isoNumeric));
}

const placementCache = new Map<string, ReadonlyMap<string, Point>>();

/**
 * Marker positions with overlaps pushed apart (the Lesser Antilles, San Marino and the Holy See,
 * Micronesia would otherwise sit on top of each other). Deterministic; memoised on the set of ids,
 * which is the same for every page of the app.
 */
export function placeMarkers(isoNumerics: readonly string[]): ReadonlyMap<string, Point> {
  const ids = [...new Set(isoNumerics.map(normalizeIsoNumeric))].filter((id) => markerById.has(id)).sort();
  const key = ids.join(",");
  const cached = placementCache.get(key);
  if (cached) return cached;
  const pts = ids.map((id) => {
    const [x, y] = markerById.get(id) as Point;
    return { x, y };
  });
  for (let iter = 0; iter < 200; iter++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i] as { x: number; y: number };
        const b = pts[j] as { x: number; y: number };
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let dist = Math.hypot(dx, dy);
        if (dist >= MARKER_SPACING) continue;
        if (dist < 1e-6) [dx, dy, dist] = [1, 0, 1]; // same point: split sideways
        const push = (MARKER_SPACING - dist) / 2 / dist + 0.01;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const placed = new Map<string, Point>();
  ids.forEach((id, i) => {
    const p = pts[i] as { x: number; y: number };
    const x = Math.min(MAP_WIDTH - MARKER_RADIUS, Math.max(MARKER_RADIUS, p.x));
    const y = Math.min(MAP_HEIGHT - MARKER_RADIUS, Math.max(MARKER_RADIUS, p.y));
    placed.set(id, [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  });
  if (placementCache.size > 20) placementCache.clear(); // bounded: only a handful of distinct sets exist
  placementCache.set(key, placed);
  return placed;
}

export type MapPlan<S> = {
  /** States with a 110m shape, with it. */
  shaped: { state: S; shape: CountryShape }[];
  /** Every 110m shape not belonging to a given state (territories, Antarctica ...), as one path. */
  otherD: string;
  /** Small or missing states, in the given order; point is null when neither atlas has the state. */
  small: { state: S; point: Point | null }[];
};

/** Splits the given states into what the map draws; pure, so the component only adds colours. */
export function planMap<S extends { isoNumeric: string }>(states: readonly S[]): MapPlan<S> {
  const given = new Set(states.map((s) => normalizeIsoNumeric(s.isoNumeric)));
  const shaped: MapPlan<S>["shaped"] = [];
  const smallStates: S[] = [];
  for (const state of states) {
    const shape = shapeFor(state.isoNumeric);
    if (shape) shaped.push({ state, shape });
    if (isSmallState(state.isoNumeric)) smallStates.push(state);
  }
  const otherD = COUNTRY_SHAPES.filter((s) => s.isoNumeric === null || !given.has(s.isoNumeric))
    .map((s) => s.d)
    .join("");
  const placed = placeMarkers(smallStates.map((s) => s.isoNumeric));
  const small = smallStates.map((state) => ({
    state,
    point: placed.get(normalizeIsoNumeric(state.isoNumeric)) ?? null,
  }));
  return { shaped, otherD, small };
}
