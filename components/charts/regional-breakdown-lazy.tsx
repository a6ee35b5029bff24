"use client";

// Client-side boundary for next/dynamic with ssr:false (not allowed in server
// components); recharts loads in its own chunk after the page has rendered.
import dynamic from "next/dynamic";
import styles from "./charts.module.css";
import type { RegionalBreakdownClientProps } from "./regional-breakdown-client";

const Chart = dynamic(() => import("./regional-breakdown-client").then((m) => m.RegionalBreakdownClient), {
  ssr: false,
  loading: () => (
    <div className={styles.loading} aria-hidden>
      Loading chart…
    </div>
  ),
});

export function RegionalBreakdownLazy(props: RegionalBreakdownClientProps) {
  return <Chart {...props} />;
}
