import { describe, expect, it } from "vitest";
import { actionsQuery, statePath, statusQuery } from "./params";
import { parsePath, parseQuery } from "./query";

const query = (text: string) => new URLSearchParams(text);

describe("parseQuery", () => {
  it("applies defaults and ignores parameters the endpoint does not name", () => {
    expect(parseQuery(statusQuery, query("asOf=2020-08-06&utm_source=x"))).toEqual({
      ok: true,
      data: { asOf: "2020-08-06", counting: "deposit" },
    });
  });

  it.each([
    ["asOf=2020-02-30", "asOf", /YYYY-MM-DD/],
    ["asOf=", "asOf", /YYYY-MM-DD/],
    ["counting=ratified", "counting", /deposit, in-force/],
    ["counting=deposit&counting=in-force", "counting", /given once/],
  ])("refuses %s naming %s", (text, parameter, message) => {
    expect(parseQuery(statusQuery, query(text))).toEqual({
      ok: false,
      problem: { status: 400, parameter, message: expect.stringMatching(message) },
    });
  });

  it("reads the actions filters: a list of types, dates, a limit", () => {
    expect(parseQuery(actionsQuery, query("type=ratification, accession&from=2020-01-01&limit=20"))).toEqual({
      ok: true,
      data: { type: ["ratification", "accession"], from: "2020-01-01", limit: 20 },
    });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=501", "limit"],
    ["limit=2.5", "limit"],
    ["limit=ten", "limit"],
    ["type=ratification,ratified", "type"],
    ["state=NZ", "state"],
    ["to=2020-1-1", "to"],
  ])("refuses the actions filter %s", (text, parameter) => {
    const parsed = parseQuery(actionsQuery, query(text));
    expect(parsed.ok ? null : parsed.problem.parameter).toBe(parameter);
  });
});

describe("parsePath", () => {
  it("takes a state's code in any case and refuses what cannot be one", () => {
    expect(parsePath(statePath, { iso3: "niu" })).toEqual({ ok: true, data: { iso3: "NIU" } });
    expect(parsePath(statePath, { iso3: "NZ" })).toMatchObject({ ok: false, problem: { parameter: "iso3" } });
  });
});
