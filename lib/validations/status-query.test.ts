import { describe, expect, it } from "vitest";
import { parseStatusQuery } from "./status-query";

const ccm = { shortName: "CCM", openedForSignatureOn: "2008-12-03" };
const TODAY = "2026-11-23";

describe("parseStatusQuery", () => {
  it("defaults to today and deposit counting", () => {
    expect(parseStatusQuery({}, ccm, TODAY)).toEqual({ ok: true, query: { asOf: TODAY, counting: "deposit" } });
  });

  it.each([
    [{ asOf: "2020-13-01" }, "asOf", /YYYY-MM-DD/],
    [{ asOf: "yesterday" }, "asOf", /YYYY-MM-DD/],
    [{ asOf: "2008-12-02" }, "asOf", /before 2008-12-03/],
    [{ asOf: "2100-01-01" }, "asOf", /after 2028-11-23/],
    [{ counting: "ratified" }, "counting", /deposit, in-force/],
  ])("rejects %o naming the parameter", (params, parameter, message) => {
    expect(parseStatusQuery(params, ccm, TODAY)).toEqual({
      ok: false,
      error: { parameter, message: expect.stringMatching(message) },
    });
  });
});
