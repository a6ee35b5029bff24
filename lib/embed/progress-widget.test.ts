import { describe, expect, it } from "vitest";
import type { TargetView } from "../domain/treaty-snapshot";
import { currentTarget, renderProgressWidget } from "./progress-widget";
import { seedSnapshot } from "./seed-snapshots.test-support";

const ccm = () => seedSnapshot("ccm");
const text = (html: string) =>
  html
    .replace(/<style>.*?<\/style>/s, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("the progress widget", () => {
  it("gives the CCM 109 States Parties on the day Niue acceded, the 109th as published", () => {
    const html = renderProgressWidget(ccm(), { asOf: "2020-08-06", counting: "deposit", size: "normal" });
    expect(text(html)).toContain("109 States Parties");
    expect(html).toContain("<title>Convention on Cluster Munitions: 109 States Parties</title>");
    // The Dubrovnik target (130 by 25 Nov 2020) is still ahead: its gap in the site's words.
    expect(text(html)).toContain("109 States Parties: 21 to go to reach 130 by 25 Nov 2020.");
    expect(html).toContain('<progress max="130" value="109"');
    expect(text(html)).toContain("Checked against the UN depositary record as at 3 Feb 2026.");
  });

  it("measures a passed target on its deadline and counts from entry into force on request", () => {
    const html = renderProgressWidget(ccm(), { asOf: "2021-03-01", counting: "in-force", size: "normal" });
    expect(text(html)).toContain("On 1 Mar 2021, counted from entry into force for each state.");
    expect(text(html)).toContain("110 States Parties on 25 Nov 2020: 20 short of 130.");
    expect(html).toContain('href="/treaties/ccm?counting=in-force"');
  });

  it("is a small page with no script, no outside resource, and links opening a new tab", () => {
    for (const size of ["normal", "compact"] as const) {
      const html = renderProgressWidget(ccm(), { asOf: "2026-03-01", counting: "deposit", size });
      expect(Buffer.byteLength(html)).toBeLessThan(20 * 1024);
      expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i);
      expect(html.match(/<a /g)?.length).toBe(html.match(/target="_blank" rel="noopener"/g)?.length);
      expect(html).toMatch(/^<!doctype html><html lang="en"/);
    }
  });

  it("leaves the target's label, the projection and the second link out of the compact size", () => {
    const normal = renderProgressWidget(ccm(), { asOf: "2026-03-01", counting: "deposit", size: "normal" });
    const compact = renderProgressWidget(ccm(), { asOf: "2026-03-01", counting: "deposit", size: "compact" });
    expect(normal).toContain("(Dubrovnik Action Plan)</p>");
    expect(compact).not.toContain("(Dubrovnik Action Plan)</p>");
    expect(compact).toContain('aria-label="130 States Parties by the Second Review Conference');
    expect(text(compact)).not.toContain("At the pace of");
    expect(text(compact)).toContain("UN depositary record as at 3 Feb 2026.");
    expect([normal.match(/<a /g)?.length, compact.match(/<a /g)?.length]).toEqual([2, 1]);
    expect(Buffer.byteLength(compact)).toBeLessThan(Buffer.byteLength(normal));
  });

  it("shows no target for a treaty without one", () => {
    const html = renderProgressWidget(seedSnapshot("mine-ban-treaty"), {
      asOf: "2020-08-06",
      counting: "deposit",
      size: "normal",
    });
    expect(html).not.toContain("<progress");
    expect(text(html)).toContain("164 States Parties");
  });

  it("escapes the treaty's names", () => {
    const snapshot = { ...ccm(), shortName: `<b>"CCM" & co</b>` };
    const html = renderProgressWidget(snapshot, { asOf: "2026-03-01", counting: "deposit", size: "normal" });
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;&quot;CCM&quot; &amp; co&lt;/b&gt;");
  });
});

describe("the current target", () => {
  const target = (slug: string, deadlinePassed: boolean) =>
    ({ slug, progress: { standing: { deadlinePassed } } }) as unknown as TargetView;

  it("is the first whose deadline has not passed, else the latest", () => {
    const passed = target("2020", true);
    const next = target("2030", false);
    const later = target("2035", false);
    expect(currentTarget([passed, next, later])).toBe(next);
    expect(currentTarget([passed, target("2024", true)])?.slug).toBe("2024");
    expect(currentTarget([])).toBeUndefined();
  });
});
