import { z } from "zod";
import { describe, expect, it } from "vitest";
import { formatParam, oneOf, parseAsOf, parseDownloadQuery } from "./download-query";

const ccm = { shortName: "CCM", openedForSignatureOn: "2008-12-03" };
const query = (text: string) => new URLSearchParams(text);

describe("parseDownloadQuery", () => {
  const shape = {
    format: formatParam,
    grouping: oneOf(["campaign", "un-regional-group"]).default("un-regional-group"),
  };

  it("gives the defaults for absent or empty parameters and ignores the ones it does not name", () => {
    expect(parseDownloadQuery(shape, query("format=&x=1"))).toEqual({
      ok: true,
      query: { format: "csv", grouping: "un-regional-group" },
    });
  });

  it("names the first refused parameter, in the schema's order", () => {
    expect(parseDownloadQuery(shape, query("grouping=atlantis&format=xml"))).toEqual({
      ok: false,
      error: { parameter: "format", message: "must be csv or json" },
    });
    expect(parseDownloadQuery(shape, query("grouping=atlantis"))).toEqual({
      ok: false,
      error: { parameter: "grouping", message: "must be one of: campaign, un-regional-group" },
    });
  });

  it("reads a value as given, trimmed", () => {
    expect(parseDownloadQuery({ q: z.string().optional() }, query("q=%20Niue%20"))).toEqual({
      ok: true,
      query: { q: "Niue" },
    });
  });
});

describe("parseAsOf", () => {
  it("checks the date as the pages do, and the counting rule only when the download has one", () => {
    expect(parseAsOf(query("asOf=2020-08-06&counting=whenever"), ccm)).toEqual({
      ok: true,
      query: { asOf: "2020-08-06", counting: "deposit" },
    });
    expect(parseAsOf(query("counting=whenever"), ccm, { counting: true })).toMatchObject({
      ok: false,
      error: { parameter: "counting" },
    });
    expect(parseAsOf(query("asOf=2008-12-02"), ccm)).toMatchObject({
      ok: false,
      error: { parameter: "asOf", message: expect.stringMatching(/before 2008-12-03/) },
    });
  });
});
