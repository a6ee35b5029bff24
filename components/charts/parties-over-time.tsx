// States Parties (and signatories) over time: a lazily loaded step chart plus a
// server-rendered yearly table that works without JavaScript. All the shaping
// happens here, so the client chart receives plain numbers.
import type { ShownDate } from "@/components/treaties/requested-date";
import { formatDate } from "@/lib/format";
import { extendToAsOf, yearlyRows, type PartiesPoint } from "@/lib/domain/series";
import type { TargetView } from "@/lib/domain/treaty-snapshot";
import { COUNT_LABELS } from "@/lib/labels";
import { targetSummaryLine } from "@/lib/views/target-wording";
import { ChartBox, ChartFigure, Swatch } from "./chart-box";
import styles from "./charts.module.css";
import { CHART_COLORS } from "./colors";
import { PartiesOverTimeLazy } from "./lazy-charts";
import { chartSummary, timeDomain, toEpochMs, yearTicks } from "./time-axis";

/** Matches .chartBox in charts.module.css, which reserves the space before the chart loads. */
const CHART_HEIGHT = 280;

export function PartiesOverTimeChart({
  title,
  countingLabel,
  points,
  asOf,
  target,
  shown,
}: {
  title: string;
  countingLabel: string;
  /** Sorted; one point per date on which a count changed. */
  points: PartiesPoint[];
  asOf: string;
  /** The target with its progress, counted by the target's own metric whatever rule the line is drawn with. */
  target: TargetView | null;
  /** On a page cached per period: the chart is drawn to `asOf` (the period's first day), then on to the day in the URL. */
  shown?: ShownDate;
}): React.JSX.Element {
  const series = extendToAsOf(points, asOf);
  const rows = yearlyRows(series, asOf);
  const domain = timeDomain(series, asOf, target);

  return (
    <ChartFigure title={title} note={countingLabel}>
      {series.length === 0 ? (
        <p className={styles.empty}>No state had signed or joined by {formatDate(asOf)}.</p>
      ) : (
        <>
          <ChartBox label={chartSummary(series, asOf, target)}>
            <PartiesOverTimeLazy
              points={series.map((p) => ({
                t: toEpochMs(p.date),
                statesParties: p.statesParties,
                signatories: p.signatories,
              }))}
              domain={domain}
              ticks={yearTicks(domain)}
              asOf={toEpochMs(asOf)}
              target={
                target
                  ? { value: target.value, deadline: toEpochMs(target.deadline), label: `Target: ${target.value}` }
                  : null
              }
              height={CHART_HEIGHT}
              shown={shown}
            />
          </ChartBox>

          <details className={styles.details}>
            <summary>Show as table</summary>
            <table className={styles.table}>
              <caption>{title}, at the end of each year</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">
                    <Swatch color={CHART_COLORS.statesParties} />
                    {COUNT_LABELS.statesParties} (end of year)
                  </th>
                  <th scope="col">
                    <Swatch color={CHART_COLORS.signatories} />
                    {COUNT_LABELS.signatories} (end of year)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">
                      {row.year}
                      {/* The current year is not over: say which day its numbers are from. */}
                      {row.partial && <span className={styles.note}> (to {formatDate(row.date)})</span>}
                    </th>
                    <td>{row.statesParties}</td>
                    <td>{row.signatories}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {target && <p className={styles.targetNote}>{targetSummaryLine(target)}</p>}
          </details>
        </>
      )}
    </ChartFigure>
  );
}
