import styles from "./charts.module.css";

/**
 * The box a lazily loaded chart draws into. It reserves the chart's height so
 * nothing shifts when the chart replaces its placeholder, and gives the drawing
 * a single accessible name: screen readers hear `label` (the table below each
 * chart carries the detail) instead of stray SVG text.
 */
export function ChartBox({ label, height, children }: { label: string; height?: number; children: React.ReactNode }) {
  const style = height === undefined ? undefined : { height };
  return (
    // An <img> element cannot hold an SVG drawn by React, so the role is the only way to name it as one image.
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <div className={styles.chartBox} style={style} role="img" aria-label={label}>
      {children}
    </div>
  );
}

/** A chart with its caption: a title and a note on what is counted. */
export function ChartFigure({ title, note, children }: { title: string; note: string; children: React.ReactNode }) {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>
        <span className={styles.title}>{title}</span>
        <span className={styles.note}>{note}</span>
      </figcaption>
      {children}
    </figure>
  );
}

/** The colour key of a status in a table heading, matching the chart. */
export function Swatch({ color }: { color: string }) {
  return <span className={styles.swatch} style={{ background: color }} aria-hidden />;
}
