"use client";

// The recharts half of RegionalBreakdownChart: one horizontal bar per region,
// stacked parties / signatories / not party, so bar length is the region's size.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from "recharts";
import {
  CHART_COLORS,
  CHART_STATUSES,
  CHART_GRID,
  CHART_INK,
  CHART_LABEL_STYLE,
  CHART_LEGEND_STYLE,
  statusOrder,
} from "./colors";
import { COUNT_LABELS } from "@/lib/labels";

export type RegionDatum = { name: string; statesParties: number; signatories: number; notParty: number };

export type RegionalBreakdownClientProps = { regions: RegionDatum[]; height: number };

// Wide enough that the longest group name ("Latin American and Caribbean States") takes two lines, not four.
const NAME_WIDTH = 140;

// Region names such as "Latin America and the Caribbean" are too long for one
// line on a phone; recharts' Text wraps them when given a width.
function RegionTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <Text x={x} y={y} width={NAME_WIDTH - 8} textAnchor="end" verticalAnchor="middle" fontSize={12} fill={CHART_INK}>
      {String(payload.value)}
    </Text>
  );
}

export function RegionalBreakdownClient({ regions, height }: RegionalBreakdownClientProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      {/* accessibilityLayer off: the wrapper is role="img"; the table below serves keyboard users. */}
      <BarChart
        data={regions}
        layout="vertical"
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={CHART_GRID} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={CHART_LABEL_STYLE} />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} interval={0} tick={RegionTick} />
        <Tooltip cursor={{ fill: "rgba(0, 0, 0, 0.05)" }} itemSorter={statusOrder} />
        <Legend wrapperStyle={CHART_LEGEND_STYLE} itemSorter={statusOrder} />
        {CHART_STATUSES.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={COUNT_LABELS[status]}
            stackId="status"
            fill={CHART_COLORS[status]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
