// The map picture as an SVG document string. Served by its own cached route
// (app/treaties/[slug]/map/...) and shown with <img>, so the ~70 KB of shapes
// never weigh on the page's HTML and RSC payload, and load without blocking it.
import { MAP_HEIGHT, MAP_WIDTH, MARKER_RADIUS, SPHERE_PATH, planMap } from "./map-geometry";
import type { MapState, MapStatus } from "./status-map";

const OTHER_COLOR = "#e6e6e6";

const escape = (text: string) => text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c);

export function renderMapSvg(states: MapState[], colors: Readonly<Record<MapStatus, string>>, labels: Readonly<Record<MapStatus, string>>, title: string): string {
  const plan = planMap(states);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">`,
    `<title>${escape(title)}</title>`,
    `<path d="${SPHERE_PATH}" fill="none" stroke="#d0d7de" stroke-width="0.75"/>`,
    `<g stroke="#fff" stroke-width="0.4" stroke-linejoin="round">`,
  ];
  if (plan.otherD) parts.push(`<path d="${plan.otherD}" fill="${OTHER_COLOR}"/>`);
  for (const { state, shape } of plan.shaped) {
    parts.push(`<path d="${shape.d}" fill="${colors[state.status]}"><title>${escape(`${state.name}: ${labels[state.status]}`)}</title></path>`);
  }
  parts.push(`</g><g stroke="#1a1a1a" stroke-width="0.8">`);
  for (const { state, point } of plan.small) {
    if (point) parts.push(`<circle cx="${point[0]}" cy="${point[1]}" r="${MARKER_RADIUS}" fill="${colors[state.status]}"><title>${escape(`${state.name}: ${labels[state.status]}`)}</title></circle>`);
  }
  parts.push(`</g></svg>`);
  return parts.join("");
}
