// The server's HTML of the embed section: what a reader without JavaScript gets
// (the browser puts the site's address in; e2e/embed.spec.ts).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmbedCode } from "./embed-code";

describe("EmbedCode", () => {
  const html = renderToStaticMarkup(<EmbedCode slug="ccm" shortName="Convention on Cluster Munitions" />);

  it("gives the widget and badge code with their paths, and says to put the site's address first", () => {
    expect(html).toContain("<details");
    expect(html).toContain("&lt;iframe src=&quot;/embed/ccm/progress&quot;");
    expect(html).toContain("&lt;img src=&quot;/embed/ccm/badge.svg&quot;");
    expect(html).toContain("Put this site’s address");
  });

  it("labels each code box and links the feeds", () => {
    expect(html.match(/<label for="([^"]+)">/g)).toHaveLength(2);
    for (const [, id] of html.matchAll(/<label for="([^"]+)">/g)) expect(html).toContain(`<textarea id="${id}"`);
    expect(html).toContain('href="/feeds/ccm.atom"');
    expect(html).toContain('href="/feeds/actions.atom"');
  });
});
