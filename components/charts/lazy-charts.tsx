"use client";

// The recharts charts, loaded after the page in chunks of their own so they
// never block first paint. next/dynamic with ssr:false may only be called from
// a client module, hence this file between the server components and the charts.
import dynamic from "next/dynamic";
import styles from "./charts.module.css";

function ChartLoading() {
  return (
    <div className={styles.loading} aria-hidden>
      Loading chart…
    </div>
  );
}

export const PartiesOverTimeLazy = dynamic(
  () => import("./parties-over-time-client").then((m) => m.PartiesOverTimeClient),
  { ssr: false, loading: ChartLoading },
);

export const RegionalBreakdownLazy = dynamic(
  () => import("./regional-breakdown-client").then((m) => m.RegionalBreakdownClient),
  { ssr: false, loading: ChartLoading },
);

export const ObligationsOverTimeLazy = dynamic(
  () => import("./obligations-over-time-client").then((m) => m.ObligationsOverTimeClient),
  { ssr: false, loading: ChartLoading },
);
