"use client";

// The recharts half of PartiesOverTimeChart. It only draws: every number it
// shows arrives already computed from the server component, as epoch ms.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
} from "recharts";
import { useRequestedDate, type ShownDate } from "@/components/treaties/requested-date";
import { CHART_COLORS, CHART_GRID, CHART_LABEL_STYLE, CHART_LEGEND_STYLE, statusOrder } from "./colors";
import { COUNT_Y_AXIS, dateLabel, dateTooltipLabel, TIME_X_AXIS } from "./time-axis-props";
import { COUNT_LABELS } from "@/lib/labels";
import { toEpochMs } from "./time-axis";

export type TimePoint = { t: number; statesParties: number; signatories: number };

export type PartiesOverTimeClientProps = {
  /** Step series already extended to asOf. */
  points: TimePoint[];
  domain: [number, number];
  ticks: number[];
  asOf: number;
  target: { value: number; deadline: number; label: string } | null;
  height: number;
  /** On a page cached per period, the day asked for in the URL moves the asOf marker within the period. */
  shown?: ShownDate;
};

/** The counts hold all period long, so the last step is simply drawn on to the day asked for. */
function withRequestedDay(props: PartiesOverTimeClientProps, day: string | null): PartiesOverTimeClientProps {
  if (!day) return props;
  const asOf = toEpochMs(day);
  if (asOf <= props.asOf) return props;
  const last = props.points.at(-1);
  return {
    ...props,
    asOf,
    points: last ? [...props.points, { ...last, t: asOf }] : props.points,
    domain: [props.domain[0], Math.max(props.domain[1], asOf)],
  };
}

const MARKER = "#555";

/** Put a vertical line's label on whichever side of it has more room. */
function sideOf(x: number, [min, max]: [number, number], edge: "Top" | "Bottom"): LabelProps["position"] {
  return x > (min + max) / 2 ? `inside${edge}Right` : `inside${edge}Left`;
}

export function PartiesOverTimeClient(props: PartiesOverTimeClientProps) {
  const { points, domain, ticks, asOf, target, height } = withRequestedDay(props, useRequestedDate(props.shown));
  const showAsOf = asOf > domain[0] && asOf <= domain[1];
  return (
    <ResponsiveContainer width="100%" height={height}>
      {/* accessibilityLayer off: the wrapper is role="img" (children are presentational), so a
          focusable SVG inside it would be hidden interactive content; the table serves keyboard users. */}
      <LineChart data={points} margin={{ top: 16, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis {...TIME_X_AXIS} domain={domain} ticks={ticks} />
        {/* Counts of states: whole numbers, and the target line may sit above the data. */}
        <YAxis {...COUNT_Y_AXIS} />
        <Tooltip labelFormatter={dateTooltipLabel} itemSorter={statusOrder} />
        <Legend wrapperStyle={CHART_LEGEND_STYLE} itemSorter={statusOrder} />
        <Line
          type="stepAfter"
          dataKey="statesParties"
          name={COUNT_LABELS.statesParties}
          stroke={CHART_COLORS.statesParties}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        {/* Secondary series: thinner, so the parties line stays the one to read. */}
        <Line
          type="stepAfter"
          dataKey="signatories"
          name={COUNT_LABELS.signatories}
          stroke={CHART_COLORS.signatories}
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
        {target && (
          <ReferenceLine
            y={target.value}
            stroke={MARKER}
            // Grow the y axis to the target rather than dropping a line that is out of range.
            ifOverflow="extendDomain"
            label={{ value: target.label, position: "insideTopLeft", ...CHART_LABEL_STYLE }}
          />
        )}
        {target && (
          <ReferenceLine
            x={target.deadline}
            stroke={MARKER}
            label={{ value: "target date", position: sideOf(target.deadline, domain, "Top"), ...CHART_LABEL_STYLE }}
          />
        )}
        {showAsOf && (
          <ReferenceLine
            x={asOf}
            stroke={MARKER}
            strokeDasharray="4 4"
            label={{ value: dateLabel(asOf), position: sideOf(asOf, domain, "Bottom"), ...CHART_LABEL_STYLE }}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
