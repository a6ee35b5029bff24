import { describe, expect, it } from "vitest";
import { readServerEnv } from "./env";

describe("readServerEnv", () => {
  it("defaults the port and leaves the page cache bound to the handler", () => {
    expect(readServerEnv({})).toEqual({ PORT: 3000, PAGE_CACHE_MAX_MB: undefined });
    expect(readServerEnv({ PORT: "3100", PAGE_CACHE_MAX_MB: "64" })).toEqual({ PORT: 3100, PAGE_CACHE_MAX_MB: 64 });
  });

  it.each([
    [{ PORT: "http" }, 'PORT must be a number between 1 and 65535, got "http"'],
    [{ PORT: "70000" }, 'PORT must be a number between 1 and 65535, got "70000"'],
    [{ PAGE_CACHE_MAX_MB: "lots" }, 'PAGE_CACHE_MAX_MB must be a positive number of megabytes, got "lots"'],
    [{ PAGE_CACHE_MAX_MB: "-5" }, 'PAGE_CACHE_MAX_MB must be a positive number of megabytes, got "-5"'],
  ])("names the variable and its value: %o", (source, message) => {
    expect(() => readServerEnv(source)).toThrow(message);
  });
});
