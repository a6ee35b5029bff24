"use client";

// next/dynamic with ssr:false may only be called from a client module, so this
// tiny file sits between the server component and the recharts chart. recharts
// then loads in its own chunk after the page, never blocking first paint.
import dynamic from "next/dynamic";
import styles from "./charts.module.css";
import type { PartiesOverTimeClientProps } from "./parties-over-time-client";

const Chart = dynamic(() => import("./parties-over-time-client").then((m) => m.PartiesOverTimeClient), {
  ssr: false,
  loading: () => (
    <div className={styles.loading} aria-hidden>
      Loading chart…
    </div>
  ),
});

export function PartiesOverTimeLazy(props: PartiesOverTimeClientProps) {
  return <Chart {...props} />;
}
