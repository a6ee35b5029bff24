import { describe, expect, it } from "vitest";
import { CHART_COLORS, statusOrder } from "./colors";

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("CHART_COLORS", () => {
  it.each(Object.entries(CHART_COLORS))("%s (%s) has at least 3:1 contrast against white", (_status, hex) => {
    expect(contrastOnWhite(hex)).toBeGreaterThanOrEqual(3);
  });

  it("uses a different colour for each status", () => {
    expect(new Set(Object.values(CHART_COLORS)).size).toBe(3);
  });
});

describe("statusOrder", () => {
  it("sorts legend items parties, signatories, not party (not by name)", () => {
    const items = [{ dataKey: "notParty" }, { dataKey: "statesParties" }, { dataKey: "signatories" }];
    expect(items.sort((a, b) => statusOrder(a) - statusOrder(b)).map((i) => i.dataKey)).toEqual([
      "statesParties",
      "signatories",
      "notParty",
    ]);
  });
});
