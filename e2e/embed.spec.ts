// The embeddable widget and badge, framed by another site, while every other
// page refuses to be framed (next.config.js headers(); lib/embed/embed-response.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, expectConsoleErrors, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** What Chromium logs for a frame whose response refuses to be framed. */
const REFUSED = /Refused to (frame|display)|frame-ancestors/;

/**
 * "Another site": a page on another origin (http://localhost:PORT, while the app
 * answers on 127.0.0.1) served by a real server on this machine. (A page made
 * up with page.route counts as a public site, and Chromium then blocks its
 * frames to the loopback address whatever their headers say.)
 */
async function anotherSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test.describe("framing by another site", () => {
  test("shows the widget in another site's iframe and refuses to show the treaty page there", async ({
    page,
    baseURL,
  }) => {
    // Chromium refuses the treaty page's frame and says so in the console (an error the fixture then tolerates).
    expectConsoleErrors(REFUSED);
    const site = await anotherSite(`<!doctype html><html lang="en"><title>Another site</title>
          <iframe name="widget" title="CCM widget" src="${baseURL}/embed/ccm/progress" width="340" height="400"></iframe>
          <iframe name="treaty" title="CCM page" src="${baseURL}/treaties/ccm" width="600" height="400"></iframe>`);
    test.info().attachments.push({ name: "other site", contentType: "text/plain", body: Buffer.from(site.url) });
    const refusal = page.waitForEvent("console", { predicate: (message) => REFUSED.test(message.text()) });
    await page.goto(site.url);

    const widget = page.frameLocator('iframe[name="widget"]');
    await expect(widget.getByRole("heading", { name: /Convention on Cluster Munitions/ })).toBeVisible();
    await expect(widget.getByText(/^\d+ States Parties$/)).toBeVisible();
    await expect(widget.getByText(/Checked against the UN depositary record as at/)).toBeVisible();

    // The treaty page's response forbids any ancestor: the frame never shows it.
    expect((await refusal).text()).toMatch(/frame-ancestors 'none'|X-Frame-Options/i);
    const treaty = page.frameLocator('iframe[name="treaty"]');
    await expect(treaty.getByRole("heading", { name: "Convention on Cluster Munitions" })).toHaveCount(0);

    // The widget's links open the treaty page in a new tab, outside the frame.
    const opened = page.context().waitForEvent("page");
    await widget.getByRole("link", { name: /Every state's status/ }).click();
    const treatyPage = await opened;
    await expect(treatyPage).toHaveURL(`${baseURL}/treaties/ccm`);
    await expect(treatyPage.getByRole("heading", { level: 1, name: "Convention on Cluster Munitions" })).toBeVisible();
    await site.close();
  });

  test("sends framing headers: none for every page, the API, the admin and the feeds; any for /embed/", async ({
    request,
  }) => {
    for (const path of [
      "/",
      "/treaties/ccm",
      "/treaties/ccm?asOf=2020-08-06",
      "/api/v1/treaties/ccm/status",
      "/admin/sign-in",
      "/feeds/actions.atom",
      "/treaties/ccm/map/2020-08-06/deposit",
      "/no-such-page",
    ]) {
      const headers = (await request.get(path, { maxRedirects: 0 })).headers();
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    for (const path of ["/embed/ccm/progress", "/embed/ccm/progress?size=compact", "/embed/ccm/badge.svg"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["x-frame-options"], path).toBeUndefined();
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors *");
    }
  });
});

test.describe("the widget and the badge", () => {
  test("the widget is a small page without script that passes the accessibility audit", async ({ page, request }) => {
    for (const query of ["", "?size=compact&counting=in-force"]) {
      const body = await (await request.get(`/embed/ccm/progress${query}`)).body();
      expect(body.length, query).toBeLessThan(20 * 1024);
      expect(body.toString("utf8"), query).not.toContain("<script");
    }
    const loaded: string[] = [];
    page.on("request", (r) => {
      if (["script", "stylesheet", "font", "image", "fetch", "xhr"].includes(r.resourceType())) loaded.push(r.url());
    });
    await page.goto("/embed/ccm/progress");
    // Nothing else is loaded: no script, stylesheet, font or image.
    expect(loaded).toEqual([]);
    await expect(page.getByRole("progressbar")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  });

  test("a bad parameter is a 400 naming it, an unknown treaty a 404", async ({ request }) => {
    const bad = await request.get("/embed/ccm/progress?counting=ratified");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("counting must be one of: deposit, in-force");
    expect((await request.get("/embed/ccm/progress?size=huge")).status()).toBe(400);
    expect((await request.get("/embed/no-such-treaty/progress")).status()).toBe(404);
    expect((await request.get("/embed/no-such-treaty/badge.svg")).status()).toBe(404);
  });

  test("the badge is an SVG image that says the count", async ({ request }) => {
    const response = await request.get("/embed/cluster-munitions/badge.svg");
    expect(response.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg).toMatch(/<title>CCM: \d+ States Parties<\/title>/);
    expect(svg).toContain('role="img"');
  });
});

test("the treaty page offers the embed code with this site's address", async ({ page, baseURL }) => {
  await page.goto("/treaties/ccm");
  await page.getByText("Embed these numbers on your site").click();
  await expect(page.getByLabel("Widget (an iframe)")).toHaveValue(
    new RegExp(`^<iframe src="${baseURL}/embed/ccm/progress" title="Convention on Cluster Munitions: `),
  );
  await expect(page.getByLabel("Badge (an image)")).toHaveValue(
    new RegExp(`<img src="${baseURL}/embed/ccm/badge.svg" alt=`),
  );
  await expect(page.getByRole("link", { name: "Atom feed of the Convention on Cluster Munitions" })).toHaveAttribute(
    "href",
    "/feeds/ccm.atom",
  );
  const results = await new AxeBuilder({ page }).include(".embed-code").withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});
