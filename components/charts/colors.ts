// One colour per treaty status, shared by every chart so "orange" always means
// signatory. Blue / orange / grey stay distinct under the common colour-vision
// deficiencies, and each has at least 3:1 contrast against white (WCAG 1.4.11,
// non-text contrast); colors.test.ts checks the ratio.
import { STATUS_FILLS } from "@/lib/status-colors";

export const CHART_COLORS = {
  statesParties: STATUS_FILLS.party,
  signatories: STATUS_FILLS.signatory,
  notParty: STATUS_FILLS["not-party"],
} as const;

export type ChartStatus = keyof typeof CHART_COLORS;

/** The statuses in the order charts stack and tables list them. */
export const CHART_STATUSES: readonly ChartStatus[] = ["statesParties", "signatories", "notParty"];

/**
 * Sort key for legend and tooltip items: the status order above (recharts
 * otherwise sorts them by name, which put "Not party" first).
 */
export function statusOrder(item: { dataKey?: unknown }): number {
  return CHART_STATUSES.indexOf(item.dataKey as ChartStatus);
}

/** Text, grid and legend styling shared by the charts (text at 12 px: axis ticks, labels). */
export const CHART_INK = "#1a1a1a";
export const CHART_GRID = "#e5e5e5";
export const CHART_LABEL_STYLE = { fontSize: 12, fill: CHART_INK };
export const CHART_LEGEND_STYLE = { fontSize: 13 };
