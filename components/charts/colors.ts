// One colour per treaty status, shared by every chart so "orange" always means
// signatory. Blue / orange / grey stay distinct under the common colour-vision
// deficiencies, and each has at least 3:1 contrast against white (WCAG 1.4.11,
// non-text contrast); colors.test.ts checks the ratio.
// The orange is a slightly darkened #e08214, which is only 2.85:1 on white.
export const CHART_COLORS = {
  statesParties: "#2166ac",
  signatories: "#d37a13",
  notParty: "#8c8c8c",
} as const;

export type ChartStatus = keyof typeof CHART_COLORS;

/** Display names for legends, tooltips and tables. */
export const STATUS_LABELS: Record<ChartStatus, string> = {
  statesParties: "States Parties",
  signatories: "Signatories",
  notParty: "Not party",
};
