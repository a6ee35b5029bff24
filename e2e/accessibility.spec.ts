// Automated accessibility audit (axe-core, WCAG 2.1 A/AA rules) of every kind of page.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, expectHttpErrors, test } from "./fixtures";

const PAGES = [
  "/",
  "/treaties",
  "/treaties/ccm?asOf=2020-08-06",
  "/treaties/mine-ban-treaty?counting=in-force",
  "/treaties/ccm/outside",
  "/regions",
  "/regions/campaign/pacific?asOf=2020-08-31",
  "/states/SSD",
  "/treaties/no-such-treaty",
];
/** Pages that answer an error status on purpose. */
const HTTP_ERRORS: Record<string, number> = { "/treaties/no-such-treaty": 404 };

for (const url of PAGES) {
  test(`${url} has no WCAG A/AA violations`, async ({ page }) => {
    const status = HTTP_ERRORS[url];
    if (status) expectHttpErrors(status);
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(" ")}`,
    );
    expect(summary).toEqual([]);
  });
}

test("the treaty page passes the audit on a phone too, where its tables scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/treaties/ccm");
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  // The scrolling table can be reached and scrolled by keyboard.
  await expect(page.getByRole("region", { name: "Status of every state" })).toHaveAttribute("tabindex", "0");
});

test("pages work on a phone-sized screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const url of ["/", "/treaties/ccm", "/states/NIU", "/regions/campaign/pacific"]) {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test("no request leaves the site", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname)) outside.push(request.url());
  });
  for (const url of ["/", "/treaties/ccm", "/states/NIU"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  expect(outside).toEqual([]);
});
