import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isNextDataScript } from "./inline-script-hashes";

// The first inline script of every page Next 16 writes, and its SHA-256 (base64),
// computed outside this code; Chromium runs the pages of the browser tests under it.
const NEXT_INIT = "(self.__next_f=self.__next_f||[]).push([0])";
const NEXT_INIT_HASH = "'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='";
const NEXT_DATA = String.raw`self.__next_f.push([1,"0:[]\n"])`;

describe("inlineScriptHashes", () => {
  it("hashes Next's scripts once each, and skips scripts loaded from a file", () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script><script>${NEXT_INIT}</script></head>
      <body><p>&lt;script&gt;not a script&lt;/script&gt;</p><script>${NEXT_DATA}</script><script>${NEXT_INIT}</script></body></html>`;
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe(NEXT_INIT_HASH);
  });

  it("leaves out a script that stored text smuggled into the page, even one dressed as Next's", () => {
    const smuggled = [
      "alert(document.cookie)",
      `self.__next_f.push([1,"x"]);alert(1)`,
      `self.__next_f.push([1,"x"]),alert(1)`,
      `self.__next_f.push(alert(1))`,
    ];
    const page = smuggled.map((text) => `<script>${text}</script>`).join("");
    expect(inlineScriptHashes(`<script>${NEXT_INIT}</script>${page}`)).toEqual([NEXT_INIT_HASH]);
  });
});

describe("isNextDataScript", () => {
  it("accepts Next's and Turbopack's hand-overs of one JSON value", () => {
    expect(isNextDataScript(NEXT_INIT)).toBe(true);
    expect(isNextDataScript(NEXT_DATA)).toBe(true);
    expect(
      isNextDataScript(
        '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
      ),
    ).toBe(true);
  });
});
