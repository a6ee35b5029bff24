"use client";

// The recharts half of ObligationsOverTimeChart: completions and the states
// still bound, as steps. Every number arrives computed from the server.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { isoFromUtcDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { CHART_COLORS, CHART_GRID, CHART_LABEL_STYLE, CHART_LEGEND_STYLE } from "./colors";

export type ObligationTimePoint = { t: number; completed: number; remaining: number };

export type ObligationsOverTimeClientProps = {
  points: ObligationTimePoint[];
  domain: [number, number];
  ticks: number[];
  height: number;
};

const year = (ms: number) => String(new Date(ms).getUTCFullYear());
const dateLabel = (ms: number) => formatDate(isoFromUtcDate(new Date(ms)));

export function ObligationsOverTimeClient({ points, domain, ticks, height }: ObligationsOverTimeClientProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={points} margin={{ top: 16, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          ticks={ticks}
          tickFormatter={year}
          interval="preserveStartEnd"
          minTickGap={8}
          tick={CHART_LABEL_STYLE}
        />
        <YAxis allowDecimals={false} domain={[0, "auto"]} width={40} tick={CHART_LABEL_STYLE} />
        <Tooltip labelFormatter={(label) => (typeof label === "number" ? dateLabel(label) : label)} />
        <Legend wrapperStyle={CHART_LEGEND_STYLE} />
        <Line
          type="stepAfter"
          dataKey="completed"
          name="Completed"
          stroke={CHART_COLORS.statesParties}
          strokeWidth={2.5}
          dot={false}
        />
        <Line
          type="stepAfter"
          dataKey="remaining"
          name="Obligation remains"
          stroke={CHART_COLORS.signatories}
          strokeWidth={1.5}
          dot={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
