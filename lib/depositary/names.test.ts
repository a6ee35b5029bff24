import { describe, expect, it } from "vitest";
import { nameKey, stateFinder } from "./names";

const finder = stateFinder([
  { iso3: "CIV", depositaryName: "Côte d'Ivoire", shortName: "Côte d'Ivoire" },
  { iso3: "NLD", depositaryName: "Netherlands (Kingdom of the)", shortName: "Netherlands" },
  { iso3: "EST", depositaryName: "Estonia", shortName: "Estonia" },
  { iso3: "NER", depositaryName: "Niger", shortName: "Niger" },
  { iso3: "NGA", depositaryName: "Nigeria", shortName: "Nigeria" },
]);

describe("state names", () => {
  it("ignores case, runs of spaces, curly quotes, brackets and trailing footnote numbers", () => {
    expect(nameKey("  CÔTE  D’IVOIRE 2, 3")).toBe("côte d'ivoire");
    expect(nameKey("[Estonia]")).toBe("estonia");
    expect(finder.exact("Netherlands  (Kingdom of the) 4")?.iso3).toBe("NLD");
    expect(finder.exact("netherlands")?.iso3).toBe("NLD");
  });

  it("matches no name it does not know, however close", () => {
    expect(finder.exact("Netherland")).toBeNull();
    expect(finder.exact("Atlantis")).toBeNull();
  });

  it("finds the state a phrase names by its longest whole name", () => {
    expect(finder.within("the Republic of Estonia")?.iso3).toBe("EST");
    expect(finder.within("the Federal Republic of Nigeria")?.iso3).toBe("NGA");
    expect(finder.within("Estonian authorities")).toBeNull();
  });
});
