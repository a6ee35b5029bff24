// One fill colour per status for the map and every chart, so a colour means one
// status everywhere. Each has at least 3:1 contrast with white (WCAG 1.4.11) and
// they stay apart under simulated deuteranopia, protanopia and tritanopia.
// (Text uses darker shades for 4.5:1: see the --party ... variables in app/globals.css.)
// Kept apart from the map module so client charts never pull in map geometry.
export const STATUS_FILLS = {
  party: "#2166ac", // 5.9:1 on white
  signatory: "#c9690a", // 3.8:1
  "not-party": "#928b83", // 3.4:1
  withdrawn: "#5b0a44", // 13.4:1
} as const;

/** Territories, Antarctica and anything else on the map that is not one of the states. */
export const OTHER_FILL = "#e6e6e6";
