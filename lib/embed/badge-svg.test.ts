import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { badgeLabel, renderBadgeSvg, textWidth } from "./badge-svg";

describe("the badge", () => {
  it("names a treaty by its initials when its short name is long", () => {
    expect(badgeLabel("Convention on Cluster Munitions")).toBe("CCM");
    expect(badgeLabel("Treaty on the Prohibition of Nuclear Weapons")).toBe("TPNW");
    expect(badgeLabel("Mine Ban Treaty")).toBe("Mine Ban Treaty");
  });

  it("is an accessible SVG image that says what it shows, with no script", () => {
    const svg = renderBadgeSvg("CCM", "112 States Parties");
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(svg) as {
      svg: { role: string; "aria-label": string; title: string; width: string; text?: unknown };
    };
    expect(parsed.svg.role).toBe("img");
    expect(parsed.svg["aria-label"]).toBe("CCM: 112 States Parties");
    expect(parsed.svg.title).toBe("CCM: 112 States Parties");
    expect(svg).not.toMatch(/<script|href=|@import|url\(/i);
    expect(Number(parsed.svg.width)).toBe(textWidth("CCM") + textWidth("112 States Parties") + 24);
  });

  it("is wider for longer text and escapes it", () => {
    expect(textWidth("Mine Ban Treaty")).toBeGreaterThan(textWidth("CCM"));
    const svg = renderBadgeSvg("A & <B>", "1");
    expect(svg).toContain("A &amp; &lt;B&gt;");
    expect(svg).not.toContain("<B>");
  });
});
