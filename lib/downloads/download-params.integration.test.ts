// Every download refuses a bad query parameter with a 400 naming it, and an
// unknown treaty, state or region with a 404, in the API's error shape.
import { describe, expect, it } from "vitest";
import { GET as regionDownload } from "@/app/regions/[grouping]/[region]/download/route";
import { GET as stateDownload } from "@/app/states/[iso3]/download/route";
import { GET as actionsDownload } from "@/app/treaties/[slug]/actions/download/route";
import { GET as treatyDownload } from "@/app/treaties/[slug]/download/route";
import { GET as obligationsDownload } from "@/app/treaties/[slug]/obligations/download/route";
import { GET as outsideDownload } from "@/app/treaties/[slug]/outside/download/route";
import { GET as seriesDownload } from "@/app/treaties/[slug]/series/download/route";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { get, refusal, refused } from "./download.test-support";

withSeededDatabase();

// Bad on every download: the format, a date that is not one, a date before the treaty opened or too far ahead.
const EVERY_DOWNLOAD_DATED = [
  ["format=xml", "format"],
  ["format=CSV", "format"],
  ["asOf=2020-02-30", "asOf"],
  ["asOf=31/08/2020", "asOf"],
  ["asOf=2008-12-02", "asOf"], // the day before the CCM opened for signature
  ["asOf=2999-01-01", "asOf"],
] as const;

describe("a download with a bad parameter", () => {
  it("treaty table: 400 naming the format, date, counting rule or filter", async () => {
    for (const [query, parameter] of [
      ...EVERY_DOWNLOAD_DATED,
      ["counting=whenever", "counting"],
      ["status=maybe", "status"],
      ["grouping=atlantis", "grouping"],
      ["grouping=campaign&region=atlantis", "region"],
      ["region=pacific", "region"], // the Pacific is a campaign region, not a UN regional group
      ["sort=population", "sort"],
      ["dir=up", "dir"],
      [`q=${"x".repeat(101)}`, "q"],
    ] as const)
      expect({
        query,
        ...(await refusal(await get(treatyDownload, `/treaties/ccm/download?${query}`, { slug: "ccm" }))),
      }).toEqual({ query, ...refused(400, parameter) });
  });

  it("outside list: 400 naming the format, date or grouping", async () => {
    for (const [query, parameter] of [...EVERY_DOWNLOAD_DATED, ["grouping=atlantis", "grouping"]] as const)
      expect({
        query,
        ...(await refusal(await get(outsideDownload, `/treaties/ccm/outside/download?${query}`, { slug: "ccm" }))),
      }).toEqual({ query, ...refused(400, parameter) });
  });

  it("series: 400 naming the format, date or counting rule", async () => {
    for (const [query, parameter] of [...EVERY_DOWNLOAD_DATED, ["counting=ratified", "counting"]] as const)
      expect({
        query,
        ...(await refusal(await get(seriesDownload, `/treaties/ccm/series/download?${query}`, { slug: "ccm" }))),
      }).toEqual({ query, ...refused(400, parameter) });
  });

  it("obligations: 400 naming the format or date", async () => {
    for (const [query, parameter] of EVERY_DOWNLOAD_DATED)
      expect({
        query,
        ...(await refusal(
          await get(obligationsDownload, `/treaties/ccm/obligations/download?${query}`, { slug: "ccm" }),
        )),
      }).toEqual({ query, ...refused(400, parameter) });
  });

  it("region: 400 naming the format or date (from the first treaty's opening, 3 Dec 1997)", async () => {
    for (const [query, parameter] of [
      ["format=xlsx", "format"],
      ["asOf=2020-02-30", "asOf"],
      ["asOf=1997-12-02", "asOf"],
      ["asOf=2999-01-01", "asOf"],
    ] as const)
      expect({
        query,
        ...(await refusal(
          await get(regionDownload, `/regions/campaign/pacific/download?${query}`, {
            grouping: "campaign",
            region: "pacific",
          }),
        )),
      }).toEqual({ query, ...refused(400, parameter) });
  });

  it("action log: 400 naming the format, state, type or dates", async () => {
    for (const [query, parameter] of [
      ["format=xml", "format"],
      ["state=XYZ", "state"],
      ["state=NIUE", "state"],
      ["type=ratify", "type"],
      ["from=2020-02-30", "from"],
      ["to=yesterday", "to"],
      ["from=2020-09-01&to=2020-08-01", "to"],
    ] as const)
      expect({
        query,
        ...(await refusal(await get(actionsDownload, `/treaties/ccm/actions/download?${query}`, { slug: "ccm" }))),
      }).toEqual({ query, ...refused(400, parameter) });
  });

  it("state history: 400 naming the format or date (from the first treaty's opening, 3 Dec 1997)", async () => {
    for (const [query, parameter] of [
      ["format=pdf", "format"],
      ["asOf=2020-02-30", "asOf"],
      ["asOf=1997-12-02", "asOf"],
      ["asOf=2999-01-01", "asOf"],
    ] as const)
      expect({
        query,
        ...(await refusal(await get(stateDownload, `/states/NIU/download?${query}`, { iso3: "NIU" }))),
      }).toEqual({ query, ...refused(400, parameter) });
  });
});

describe("a download of something unknown", () => {
  it("is a 404 naming what is unknown", async () => {
    for (const handler of [treatyDownload, outsideDownload, seriesDownload, actionsDownload, obligationsDownload])
      expect(
        await refusal(await get(handler, "/treaties/no-such-treaty/x/download", { slug: "no-such-treaty" })),
      ).toEqual(refused(404, "slug"));
    expect(await refusal(await get(stateDownload, "/states/XYZ/download", { iso3: "XYZ" }))).toEqual(
      refused(404, "iso3"),
    );
    expect(
      await refusal(
        await get(regionDownload, "/regions/campaign/atlantis/download", { grouping: "campaign", region: "atlantis" }),
      ),
    ).toEqual(refused(404, "region"));
  });

  it("answers aliases and lower-case codes as the pages do", async () => {
    for (const response of [
      await get(outsideDownload, "/treaties/mbt/outside/download", { slug: "mbt" }),
      await get(obligationsDownload, "/treaties/ottawa-treaty/obligations/download", { slug: "ottawa-treaty" }),
      await get(stateDownload, "/states/civ/download", { iso3: "civ" }),
    ])
      expect(response.status).toBe(200);
  });
});
