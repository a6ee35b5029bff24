// The map picture as an SVG document string. Served by its own cached route
// (app/treaties/[slug]/map/...) and shown with <img>, so the shapes never weigh
// on the page's HTML and RSC payload, and load without blocking it (see
// bench/README.md, 2026-11-23 first pages run: map as SVG).
import { MAP_HEIGHT, MAP_WIDTH, MARKER_RADIUS, SPHERE_PATH, planMap } from "./map-geometry";
import type { StateStatus } from "../domain/status";
import { STATUS_LABELS } from "../labels";
import { OTHER_FILL, STATUS_FILLS } from "../status-colors";

/** A state as the map draws it. */
export type MapState = { iso3: string; isoNumeric: string; name: string; status: StateStatus; href: string };

const escape = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c);

export function renderMapSvg(states: MapState[], title: string): string {
  const plan = planMap(states);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">`,
    `<title>${escape(title)}</title>`,
    `<path d="${SPHERE_PATH}" fill="none" stroke="#d0d7de" stroke-width="0.75"/>`,
    `<g stroke="#fff" stroke-width="0.4" stroke-linejoin="round">`,
  ];
  if (plan.otherD) parts.push(`<path d="${plan.otherD}" fill="${OTHER_FILL}"/>`);
  for (const { state, shape } of plan.shaped) {
    parts.push(
      `<path d="${shape.d}" fill="${STATUS_FILLS[state.status]}"><title>${escape(`${state.name}: ${STATUS_LABELS[state.status]}`)}</title></path>`,
    );
  }
  parts.push(`</g><g stroke="#1a1a1a" stroke-width="0.8">`);
  for (const { state, point } of plan.small) {
    if (point)
      parts.push(
        `<circle cx="${point[0]}" cy="${point[1]}" r="${MARKER_RADIUS}" fill="${STATUS_FILLS[state.status]}"><title>${escape(`${state.name}: ${STATUS_LABELS[state.status]}`)}</title></circle>`,
      );
  }
  parts.push(`</g></svg>`);
  return parts.join("");
}
