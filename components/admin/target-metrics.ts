// What a target measures, as the admin's forms and lists name them: membership
// (a goal to reach) or obligations remaining (a goal to come down to).
export const METRIC_OPTIONS = [
  { value: "states_parties_by_deposit", label: "States Parties, counted from the deposit of each instrument" },
  { value: "states_parties_in_force", label: "States Parties, counted from entry into force for each state" },
  { value: "clearance_obligations_remaining", label: "States Parties with clearance obligations remaining (at most)" },
  { value: "stockpile_obligations_remaining", label: "States Parties with stockpile destruction remaining (at most)" },
];

export const metricLabel = (metric: string) =>
  METRIC_OPTIONS.find((option) => option.value === metric)?.label ?? metric;
