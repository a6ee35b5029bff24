import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./inline-script-hashes";

// The worked example of the CSP specification and MDN: this script's source is
// 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='.
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

describe("inlineScriptHashes", () => {
  it("hashes each inline script's raw text, once, and skips scripts loaded from a file", () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script><script>${HELLO}</script></head>
      <body><p>&lt;script&gt;not a script&lt;/script&gt;</p><script id="_R_">${HELLO}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([HELLO_HASH]);
  });

  it("hashes entities and markup inside a script as written, not decoded", () => {
    const [hash] = inlineScriptHashes(`<script>${HELLO}</script><script>a &amp;&amp; b("<p>")</script>`).slice(1);
    expect(hash).not.toBe(inlineScriptHashes(`<script>a && b("<p>")</script>`)[0]);
    expect(inlineScriptHashes(`<script></script>`)).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
  });
});
