import { describe, expect, it } from "vitest";
import { parseEmbedQuery } from "./embed-query";

const parse = (query: string, names?: Parameters<typeof parseEmbedQuery>[1]) =>
  parseEmbedQuery(new URLSearchParams(query), names);

describe("the embed query", () => {
  it("defaults to deposit counting at the normal size and ignores other parameters", () => {
    expect(parse("utm_source=x")).toEqual({ ok: true, query: { counting: "deposit", size: "normal" } });
    expect(parse("counting=in-force&size=compact")).toEqual({
      ok: true,
      query: { counting: "in-force", size: "compact" },
    });
  });

  it("refuses an unknown or empty value, naming the parameter", () => {
    expect(parse("counting=ratified")).toEqual({
      ok: false,
      error: { parameter: "counting", message: "must be one of: deposit, in-force" },
    });
    expect(parse("size=")).toEqual({
      ok: false,
      error: { parameter: "size", message: "must be one of: normal, compact" },
    });
  });

  it("reads only the parameters named (the badge has no size)", () => {
    expect(parse("size=huge", ["counting"])).toEqual({ ok: true, query: { counting: "deposit", size: "normal" } });
  });
});
