// The server-rendered half of each chart: what a reader gets before (or without)
// JavaScript. The recharts half needs a browser and is covered end to end.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { targetProgress } from "@/lib/domain/progress";
import type { TargetView } from "@/lib/domain/treaty-snapshot";
import { PartiesOverTimeChart } from "./parties-over-time";
import { RegionalBreakdownChart } from "./regional-breakdown";

const cells = (html: string, row: string) =>
  html.match(new RegExp(`<tr><th scope="row">${row}.*?</tr>`))?.[0].match(/<td>(\d+)<\/td>/g);

// The CCM's Dubrovnik target, with its progress computed from the chart's own points.
const target130: TargetView = {
  slug: "dubrovnik-130",
  label: "130 States Parties by the Second Review Conference",
  metric: "states_parties_by_deposit",
  value: 130,
  deadline: "2020-11-25",
  source: "test",
  progress: targetProgress(
    [{ date: "2001-06-15", statesParties: 110, signatories: 30, notParty: 57, withdrawn: 0, total: 197 }],
    197,
    { value: 130, deadline: "2020-11-25" },
    "2026-11-23",
  ),
};

describe("PartiesOverTimeChart", () => {
  const html = renderToStaticMarkup(
    <PartiesOverTimeChart
      title="Mine Ban Treaty"
      countingLabel="Counted from the deposit of each instrument"
      points={[
        { date: "1997-12-03", statesParties: 0, signatories: 122 },
        { date: "2001-06-15", statesParties: 110, signatories: 30 },
        { date: "2030-01-01", statesParties: 150, signatories: 0 },
      ]}
      asOf="2026-11-23"
      target={target130}
    />,
  );

  it("names the chart with its latest values and target", () => {
    expect(html).toContain(
      'role="img" aria-label="States Parties over time: 110 on 23 Nov 2026; signatories: 30; target 130 by 25 Nov 2020"',
    );
  });

  it("reserves the chart's place with a placeholder until recharts loads", () => {
    expect(html).toContain("Loading chart…");
  });

  it("has a yearly table behind a disclosure, ending at asOf", () => {
    expect(html).toContain("<details");
    expect(html).toContain("<summary>Show as table</summary>");
    expect(cells(html, "1997")).toEqual(["<td>0</td>", "<td>122</td>"]);
    expect(cells(html, "2001")).toEqual(["<td>110</td>", "<td>30</td>"]);
    expect(html).toContain("2026<span");
    expect(html).toContain("(to 23 Nov 2026)");
    // Changes after asOf are not shown.
    expect(html).not.toContain('<th scope="row">2027');
  });

  it("states the target against the count on the deadline", () => {
    expect(html).toContain("Target: 130 by 25 Nov 2020; reached: 110 (20 short)");
  });

  it("says so instead of drawing an empty chart", () => {
    const empty = renderToStaticMarkup(
      <PartiesOverTimeChart
        title="t"
        countingLabel="c"
        points={[{ date: "2008-12-03", statesParties: 0, signatories: 94 }]}
        asOf="2000-01-01"
        target={null}
      />,
    );
    expect(empty).toContain("No state had signed or joined by 1 Jan 2000.");
    expect(empty).not.toContain('role="img"');
  });
});

describe("RegionalBreakdownChart", () => {
  const html = renderToStaticMarkup(
    <RegionalBreakdownChart
      title="By region"
      description="UN regions"
      regions={[
        { slug: "africa", name: "Africa", statesParties: 52, signatories: 1, notParty: 1, href: "/regions/un/africa" },
        { slug: "asia", name: "Asia", statesParties: 20, signatories: 2, notParty: 26 },
      ]}
    />,
  );

  it("links region names that have an href, and only those", () => {
    expect(html).toContain('<a href="/regions/un/africa">Africa</a>');
    expect(html).toContain('<th scope="row">Asia</th>');
  });

  it("totals each region and all regions", () => {
    expect(cells(html, "<a[^>]*>Africa</a>")).toEqual(["<td>52</td>", "<td>1</td>", "<td>1</td>", "<td>54</td>"]);
    expect(cells(html, "All regions")).toEqual(["<td>72</td>", "<td>3</td>", "<td>27</td>", "<td>102</td>"]);
  });

  it("compares treaties without adding them up, on a region page", () => {
    const treaties = renderToStaticMarkup(
      <RegionalBreakdownChart
        title="Pacific"
        description="per treaty"
        rowHeading="Treaty"
        totalsLabel={null}
        regions={[{ slug: "ccm", name: "CCM", statesParties: 8, signatories: 1, notParty: 7 }]}
      />,
    );
    expect(treaties).toContain('<th scope="col">Treaty</th>');
    expect(treaties).not.toContain("<tfoot>");
  });

  it("summarises the regions for screen readers", () => {
    expect(html).toContain(
      'aria-label="By region: Africa 52 of 54 States Parties, 1 signatory; Asia 20 of 48 States Parties, 2 signatories"',
    );
  });
});
