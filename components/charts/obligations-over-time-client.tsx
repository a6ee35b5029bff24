"use client";

// The recharts half of ObligationsOverTimeChart: completions and the states
// still bound, as steps. Every number arrives computed from the server.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS, CHART_GRID, CHART_LEGEND_STYLE } from "./colors";
import { COUNT_Y_AXIS, dateTooltipLabel, TIME_X_AXIS } from "./time-axis-props";

export type ObligationTimePoint = { t: number; completed: number; remaining: number };

export type ObligationsOverTimeClientProps = {
  points: ObligationTimePoint[];
  domain: [number, number];
  ticks: number[];
  height: number;
};

export function ObligationsOverTimeClient({ points, domain, ticks, height }: ObligationsOverTimeClientProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={points} margin={{ top: 16, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis {...TIME_X_AXIS} domain={domain} ticks={ticks} />
        <YAxis {...COUNT_Y_AXIS} />
        <Tooltip labelFormatter={dateTooltipLabel} />
        <Legend wrapperStyle={CHART_LEGEND_STYLE} />
        <Line
          type="stepAfter"
          dataKey="completed"
          name="Completed"
          stroke={CHART_COLORS.statesParties}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="remaining"
          name="Obligation remains"
          stroke={CHART_COLORS.signatories}
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
