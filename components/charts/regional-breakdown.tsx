// Status of every state, region by region: a lazily loaded stacked bar chart
// plus a server-rendered table that works without JavaScript.
import Link from "next/link";
import { DatedLink, type ShownDate } from "@/components/treaties/requested-date";
import { ChartBox, ChartFigure, Swatch } from "./chart-box";
import styles from "./charts.module.css";
import { CHART_COLORS, CHART_STATUSES, type ChartStatus } from "./colors";
import { COUNT_LABELS } from "@/lib/labels";
import { RegionalBreakdownLazy } from "./lazy-charts";
import { regionChartHeight, regionalSummary, regionTotal, type RegionBar } from "./regions";

export function RegionalBreakdownChart({
  title,
  description,
  regions,
  shown,
  rowHeading = "Region",
  totalsLabel = "All regions",
}: {
  title: string;
  description: string;
  regions: RegionBar[];
  /** What each row is: a region, or (on a region page) a treaty. */
  rowHeading?: string;
  /** The label of the totals row; null where a sum would mean nothing (two treaties' counts). */
  totalsLabel?: string | null;
  /** On a page cached per period, region links carry the date from the URL. */
  shown?: ShownDate;
}): React.JSX.Element {
  const height = regionChartHeight(regions.length);
  const totals = {
    statesParties: sum(regions, "statesParties"),
    signatories: sum(regions, "signatories"),
    notParty: sum(regions, "notParty"),
  };

  return (
    <ChartFigure title={title} note={description}>
      {regions.length === 0 ? (
        <p className={styles.empty}>No regions to show.</p>
      ) : (
        <>
          {/* The height depends on the number of regions, so it is set here rather than in the CSS. */}
          <ChartBox label={regionalSummary(title, regions)} height={height}>
            <RegionalBreakdownLazy
              regions={regions.map(({ name, statesParties, signatories, notParty }) => ({
                name,
                statesParties,
                signatories,
                notParty,
              }))}
              height={height}
            />
          </ChartBox>

          <details className={styles.details}>
            <summary>Show as table</summary>
            <table className={styles.table}>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{rowHeading}</th>
                  {CHART_STATUSES.map((status) => (
                    <th scope="col" key={status}>
                      <Swatch color={CHART_COLORS[status]} />
                      {COUNT_LABELS[status]}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {regions.map((region) => (
                  <tr key={region.slug}>
                    <th scope="row">
                      {!region.href ? (
                        region.name
                      ) : shown ? (
                        <DatedLink shown={shown} href={region.href}>
                          {region.name}
                        </DatedLink>
                      ) : (
                        <Link href={region.href}>{region.name}</Link>
                      )}
                    </th>
                    {CHART_STATUSES.map((status) => (
                      <td key={status}>{region[status]}</td>
                    ))}
                    <td>{regionTotal(region)}</td>
                  </tr>
                ))}
              </tbody>
              {totalsLabel && (
                <tfoot>
                  <tr>
                    <th scope="row">{totalsLabel}</th>
                    {CHART_STATUSES.map((status) => (
                      <td key={status}>{totals[status]}</td>
                    ))}
                    <td>{regionTotal(totals)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          </details>
        </>
      )}
    </ChartFigure>
  );
}

function sum(regions: readonly RegionBar[], status: ChartStatus): number {
  return regions.reduce((total, region) => total + region[status], 0);
}
