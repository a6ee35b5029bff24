// World map of every state's status in a treaty. A server component: static SVG and HTML, no client
// JavaScript. Geometry is precomputed in lib/map/map-geometry.ts; a render only assigns colours and labels.
// The map is a picture (role="img"); the legend, the small-states list and the page's table carry
// the same facts as text and links.
import type { JSX } from "react";
import { MAP_HEIGHT, MAP_WIDTH, planMap } from "@/lib/map/map-geometry";
import type { MapState } from "@/lib/map/map-svg";
import { STATUS_LABELS } from "@/lib/labels";
import { STATE_STATUSES, type StateStatus } from "@/lib/domain/status";
import { OTHER_FILL, STATUS_FILLS } from "@/lib/status-colors";
import styles from "./status-map.module.css";

// Fills shared with the charts and the SVG (lib/status-colors.ts); words from lib/labels.ts.

// The map colours withdrawn states apart, so its "not party" is those that never
// joined; elsewhere on the page "Not party" counts withdrawn states too.
const LEGEND_LABELS: Record<StateStatus, string> = {
  ...STATUS_LABELS,
  "not-party": "Not party, never joined",
  withdrawn: "Withdrawn (not party)",
};

/** A stable id prefix from the title, so two maps on one page get distinct ids without hooks. */
function idPrefix(title: string): string {
  let hash = 2166136261;
  for (let i = 0; i < title.length; i++) hash = Math.imul(hash ^ title.charCodeAt(i), 16777619);
  return `status-map-${(hash >>> 0).toString(36)}`;
}

export function StatusMap({
  states,
  title,
  description,
  imageSrc,
}: {
  states: MapState[];
  title: string;
  description: string;
  imageSrc: string;
}): JSX.Element {
  const plan = planMap(states);
  const counts = Object.fromEntries(STATE_STATUSES.map((s) => [s, 0])) as Record<StateStatus, number>;
  for (const state of states) counts[state.status] += 1;
  const countsText = STATE_STATUSES.map((s) => `${LEGEND_LABELS[s]}: ${counts[s]}`).join(", ");
  const small = [...plan.small].sort((a, b) => a.state.name.localeCompare(b.state.name, "en"));
  const id = idPrefix(title);

  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>
        <span className={styles.title}>{title}</span> {description}
      </figcaption>
      {/* The picture comes from a cached SVG route (see lib/map/map-svg.ts); the legend and list below carry the same facts as text.
          next/image would add nothing for an SVG drawn by our own server. */}
      {/* oxlint-disable-next-line next/no-img-element */}
      <img
        className={styles.map}
        src={imageSrc}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        loading="lazy"
        decoding="async"
        alt={`${title}. ${countsText}.`}
      />
      <ul className={styles.legend} aria-label="Legend">
        {STATE_STATUSES.map((s) => (
          <li key={s}>
            <span className={styles.swatch} style={{ background: STATUS_FILLS[s] }} aria-hidden="true" />
            {LEGEND_LABELS[s]} <span className={styles.count}>{counts[s]}</span>
          </li>
        ))}
        <li>
          <span className={styles.swatch} style={{ background: OTHER_FILL }} aria-hidden="true" />
          Territory or not listed
        </li>
        {small.length > 0 && (
          <li>
            <span className={styles.dot} aria-hidden="true" />
            Small state (circle)
          </li>
        )}
      </ul>
      {small.length > 0 && (
        <section className={styles.small} aria-labelledby={`${id}-small`}>
          <h3 id={`${id}-small`}>Small states</h3>
          <p className={styles.note}>
            Too small to see at this scale;{" "}
            {small.every((s) => s.point) ? "each is" : "those with a known location are"} marked with a circle on the
            map.
          </p>
          <ul>
            {small.map(({ state }) => (
              <li key={state.iso3}>
                <span className={styles.swatch} style={{ background: STATUS_FILLS[state.status] }} aria-hidden="true" />
                <a href={state.href}>{state.name}</a>: {STATUS_LABELS[state.status]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </figure>
  );
}
