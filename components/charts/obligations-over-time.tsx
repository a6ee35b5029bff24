// Completions of one obligation over time, with the States Parties still bound:
// a lazily loaded step chart plus a yearly table that works without JavaScript.
import { formatDate } from "@/lib/format";
import { obligationPointOn, type ObligationSeriesPoint } from "@/lib/domain/obligation-summary";
import { ChartBox, ChartFigure, Swatch } from "./chart-box";
import styles from "./charts.module.css";
import { CHART_COLORS } from "./colors";
import { ObligationsOverTimeLazy } from "./lazy-charts";
import { toEpochMs, yearTicks } from "./time-axis";

const CHART_HEIGHT = 280;
const DAY_MS = 86_400_000;

export function ObligationsOverTimeChart({
  title,
  points,
  asOf,
}: {
  title: string;
  /** Sorted; one point per date on which a figure changed. */
  points: readonly ObligationSeriesPoint[];
  asOf: string;
}): React.JSX.Element {
  const shown = points.filter((p) => p.date <= asOf);
  const last = obligationPointOn(points, asOf);
  const first = shown[0];
  const series = first ? [...shown, { ...last, date: asOf }] : [];
  const min = first ? toEpochMs(first.date) : toEpochMs(asOf);
  const max = Math.max(toEpochMs(asOf), min + DAY_MS);
  const years: { year: string; point: ObligationSeriesPoint }[] = [];
  if (first) {
    for (let y = Number(first.date.slice(0, 4)); y <= Number(asOf.slice(0, 4)); y++) {
      const end = `${y}-12-31` < asOf ? `${y}-12-31` : asOf;
      years.push({ year: String(y), point: obligationPointOn(points, end) });
    }
  }
  return (
    <ChartFigure title={title} note="States Parties in force, from the sourced events below">
      {series.length === 0 ? (
        <p className={styles.empty}>No sourced event by {formatDate(asOf)}.</p>
      ) : (
        <>
          <ChartBox
            label={`${title}: ${last.completed} completed and ${last.remaining} with the obligation remaining on ${formatDate(asOf)}`}
          >
            <ObligationsOverTimeLazy
              points={series.map((p) => ({ t: toEpochMs(p.date), completed: p.completed, remaining: p.remaining }))}
              domain={[min, max]}
              ticks={yearTicks([min, max])}
              height={CHART_HEIGHT}
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
                    Completed
                  </th>
                  <th scope="col">
                    <Swatch color={CHART_COLORS.signatories} />
                    Obligation remains
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map(({ year, point }) => (
                  <tr key={year}>
                    <th scope="row">{year}</th>
                    <td>{point.completed}</td>
                    <td>{point.remaining}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </ChartFigure>
  );
}
