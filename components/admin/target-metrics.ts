// The two ways a target counts States Parties, as the admin's forms and lists name them.
export const METRIC_OPTIONS = [
  { value: "states_parties_by_deposit", label: "States Parties, counted from the deposit of each instrument" },
  { value: "states_parties_in_force", label: "States Parties, counted from entry into force for each state" },
];

export const metricLabel = (metric: string) =>
  METRIC_OPTIONS.find((option) => option.value === metric)?.label ?? metric;
