// The axes both time charts draw (parties over time, obligation completions):
// years along the bottom on a time scale in epoch ms, whole counts up the side,
// dates in the tooltip. Spread into recharts' XAxis, YAxis and Tooltip.
import { isoFromUtcDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { CHART_LABEL_STYLE } from "./colors";

export const dateLabel = (ms: number) => formatDate(isoFromUtcDate(new Date(ms)));

export const TIME_X_AXIS = {
  dataKey: "t",
  type: "number",
  scale: "time",
  tickFormatter: (ms: number) => String(new Date(ms).getUTCFullYear()),
  interval: "preserveStartEnd",
  minTickGap: 8,
  tick: CHART_LABEL_STYLE,
} as const;

/** Counts of states: whole numbers from 0 (a target line may sit above the data). */
export const COUNT_Y_AXIS = { allowDecimals: false, domain: [0, "auto"], width: 40, tick: CHART_LABEL_STYLE } as const;

export const dateTooltipLabel = (label: unknown) => (typeof label === "number" ? dateLabel(label) : String(label));
