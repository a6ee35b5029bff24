// A dated treaty link is served from the cached page of its period (proxy.ts,
// lib/domain/periods.ts): the reader must still see the exact day asked for,
// and every link on the page must carry it.
import { readSeed } from "../seed/read-seed";
import { expect, test } from "./fixtures";

const ccmSeed = readSeed().treaties.find(({ treaty }) => treaty.slug === "ccm")!;

// Niue acceded on 6 Aug 2020; nothing in the CCM log falls on the days after it that these tests use.
const NIUE = "2020-08-06";
const LATER_DAYS = ["2020-08-10", "2020-08-11", "2020-08-12"];
// CCM States Parties on those days: Niue was the 109th (campaign text); Saint Lucia, the next, joined in Sep 2020.
const PARTIES_AFTER_NIUE = "109";

test("the test days share one period: no CCM action falls between Niue's accession and them", () => {
  const dates = ccmSeed.actions.flatMap((a) => [a.deposited_on, a.effective_on ?? ""]);
  expect(dates.filter((d) => d > NIUE && d <= "2020-08-12")).toEqual([]);
});

test("a dated link shows its own day, and its links and downloads carry it", async ({ page }) => {
  await page.goto("/treaties/ccm?asOf=2020-08-10");
  await expect(page.getByRole("heading", { name: "On 10 Aug 2020" })).toBeVisible();
  await expect(page.getByLabel("As of")).toHaveValue("2020-08-10");
  await expect(page.getByTestId("count-states-parties")).toHaveText(PARTIES_AFTER_NIUE);
  await expect(page.getByTestId("period-note")).toContainText("6 Aug 2020");
  await expect(page.getByRole("link", { name: "CSV", exact: true })).toHaveAttribute("href", /asOf=2020-08-10/);
  // The chart's marker stands on the day asked for, not on the period's first day.
  // (Charts are drawn as they come near the screen.)
  await page.locator('div[role="img"][aria-label]').first().scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").getByText("10 Aug 2020")).toBeVisible();
  await page.getByText("Show as table").nth(1).click();
  await expect(page.getByRole("link", { name: "Asia-Pacific States" })).toHaveAttribute("href", /asOf=2020-08-10/);
});

test("every day of a period is served from one cached page", async ({ request }) => {
  const responses = [];
  for (const day of LATER_DAYS) responses.push(await request.get(`/treaties/ccm?asOf=${day}`));
  const [first, second, third] = responses;
  expect(first?.ok()).toBe(true);
  // From the cache ("STALE" once older than its two seconds, rendered again behind it).
  expect(["HIT", "STALE"]).toContain(second?.headers()["x-nextjs-cache"]);
  expect(["HIT", "STALE"]).toContain(third?.headers()["x-nextjs-cache"]);
  // The same page: its markup is byte for byte the same. (Not its inline scripts: when the
  // second answer was stale, the third may come from the render behind it, and React
  // streams the page's data in an order that can differ between two renders.)
  const markup = async (response: typeof second) =>
    (await response?.text())?.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
  expect(await markup(third)).toBe(await markup(second));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a dated link shows the period it falls in, with its numbers", async ({ page }) => {
    await page.goto("/treaties/ccm?asOf=2020-08-10");
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^6 Aug 2020 – \d+ \w+ 2020$/);
    await expect(page.getByTestId("count-states-parties")).toHaveText(PARTIES_AFTER_NIUE);
    // Nothing that needs JavaScript is left waiting: no chart placeholder, no filters that cannot act.
    await expect(page.getByText("Loading chart…").first()).toBeHidden();
    await expect(page.getByLabel("Search")).toBeHidden();
    await expect(page.getByRole("link", { name: "CSV", exact: true })).toBeVisible();
  });
});

test("the chart's target note counts the target's own way, whatever rule the page counts by", async ({ page }) => {
  // The CCM's 130 (Dubrovnik Action Plan, by the Second Review Conference of 25 Nov 2020) is States
  // Parties by deposit: 110 that day, 108 + Niue + Saint Lucia ("the treaty's 110 states parties",
  // Human Rights Watch, late 2020). In force that day were only 108: Niue's accession took effect on
  // 1 Feb 2021 and Saint Lucia's (15 Sep 2020) on 1 Mar 2021, so a note counting in force would say 108.
  await page.goto("/treaties/ccm?counting=in-force");
  await page.getByText("Show as table").first().click();
  await expect(page.getByText("Target: 130 by 25 Nov 2020; reached: 110 (20 short)")).toBeVisible();
});
