"use client";

// The recharts charts, loaded in chunks of their own and drawn only once they
// come near the screen: a chart is a long task to draw (Lighthouse counts it
// as blocking time on a phone), and the treaty page has four, most of them
// below the fold. next/dynamic with ssr:false may only be called from a
// client module, hence this file between the server components and the charts.
// Each chart has a server-rendered table beside it, so nothing is lost before.
import dynamic from "next/dynamic";
import { startTransition, useEffect, useRef, useState, type ComponentProps, type ComponentType } from "react";
import styles from "./charts.module.css";

function ChartLoading() {
  return (
    <div className={styles.loading} aria-hidden>
      Loading chart…
    </div>
  );
}

/**
 * Renders `children` once the placeholder is within a quarter of a screen of
 * the viewport: a chart further down costs a phone nothing until the reader
 * scrolls towards it (with a screen's margin, the first chart was drawn on load
 * and made most of the treaty page's blocking time: bench/README.md). Without
 * JavaScript the placeholder's text is hidden (CSS): nothing promises a chart
 * that cannot come.
 */
function WhenNearScreen({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: React draws the chart in slices between which the page stays responsive,
        // rather than in one long task (Lighthouse's blocking time on a phone).
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: "25% 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (near) return children;
  return (
    <div ref={ref} className={styles.placeholder}>
      <ChartLoading />
    </div>
  );
}

function nearScreen<Props extends object>(Chart: ComponentType<Props>) {
  return function ChartNearScreen(props: Props) {
    return (
      <WhenNearScreen>
        <Chart {...(props as ComponentProps<typeof Chart>)} />
      </WhenNearScreen>
    );
  };
}

export const PartiesOverTimeLazy = nearScreen(
  dynamic(() => import("./parties-over-time-client").then((m) => m.PartiesOverTimeClient), {
    ssr: false,
    loading: ChartLoading,
  }),
);

export const RegionalBreakdownLazy = nearScreen(
  dynamic(() => import("./regional-breakdown-client").then((m) => m.RegionalBreakdownClient), {
    ssr: false,
    loading: ChartLoading,
  }),
);

export const ObligationsOverTimeLazy = nearScreen(
  dynamic(() => import("./obligations-over-time-client").then((m) => m.ObligationsOverTimeClient), {
    ssr: false,
    loading: ChartLoading,
  }),
);
