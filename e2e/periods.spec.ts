// A dated treaty link is served from the cached page of its period (proxy.ts,
// lib/domain/periods.ts): the reader must still see the exact day asked for,
// and every link on the page must carry it.
import { expect, test } from "@playwright/test";
import { countsOn } from "../lib/domain/status";
import { buildTimelines } from "../lib/domain/timeline";
import { readSeed } from "../seed/read-seed";
import { seedActionRecords, seedTreatyRules } from "../seed/to-domain";

const seed = readSeed();
const stateIsos = seed.states.map((s) => s.iso3);
const ccmSeed = seed.treaties.find(({ treaty }) => treaty.slug === "ccm")!;
const ccm = buildTimelines(seedTreatyRules(ccmSeed.treaty), seedActionRecords(ccmSeed.actions));

// Niue acceded on 6 Aug 2020; nothing in the CCM log falls on the days after it that these tests use.
const NIUE = "2020-08-06";
const LATER_DAYS = ["2020-08-10", "2020-08-11", "2020-08-12"];

test("the test days share one period: no CCM action falls between Niue's accession and them", () => {
  const dates = ccmSeed.actions.flatMap((a) => [a.deposited_on, a.effective_on ?? ""]);
  expect(dates.filter((d) => d > NIUE && d <= "2020-08-12")).toEqual([]);
});

test("a dated link shows its own day, and its links and downloads carry it", async ({ page }) => {
  await page.goto("/treaties/ccm?asOf=2020-08-10");
  await expect(page.getByRole("heading", { name: "On 10 Aug 2020" })).toBeVisible();
  await expect(page.getByLabel("As of")).toHaveValue("2020-08-10");
  await expect(page.getByTestId("count-states-parties")).toHaveText(
    String(countsOn(ccm, stateIsos, "2020-08-10").statesParties),
  );
  await expect(page.getByTestId("period-note")).toContainText("6 Aug 2020");
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", /asOf=2020-08-10/);
  // The chart's marker stands on the day asked for, not on the period's first day.
  await expect(page.locator(".recharts-surface").getByText("10 Aug 2020")).toBeVisible();
  await page.getByText("Show as table").nth(1).click();
  await expect(page.getByRole("link", { name: "Asia-Pacific States" })).toHaveAttribute("href", /asOf=2020-08-10/);
});

test("every day of a period is served from one cached page", async ({ request }) => {
  const responses = [];
  for (const day of LATER_DAYS) responses.push(await request.get(`/treaties/ccm?asOf=${day}`));
  const [first, second, third] = responses;
  expect(first?.ok()).toBe(true);
  expect(second?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(third?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await third?.text()).toBe(await second?.text());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a dated link shows the period it falls in, with its numbers", async ({ page }) => {
    await page.goto("/treaties/ccm?asOf=2020-08-10");
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^6 Aug 2020 – \d+ \w+ 2020$/);
    await expect(page.getByTestId("count-states-parties")).toHaveText(
      String(countsOn(ccm, stateIsos, "2020-08-10").statesParties),
    );
    // Nothing that needs JavaScript is left waiting: no chart placeholder, no filters that cannot act.
    await expect(page.getByText("Loading chart…").first()).toBeHidden();
    await expect(page.getByLabel("Search")).toBeHidden();
    await expect(page.getByRole("link", { name: "CSV" })).toBeVisible();
  });
});

test("the chart's target note counts the target's own way, whatever rule the page counts by", async ({ page }) => {
  // The CCM's 130 is States Parties by deposit; under in-force counting the chart's line is lower.
  const deadline = "2020-11-25";
  const byDeposit = countsOn(ccm, stateIsos, deadline, "deposit").statesParties;
  expect(countsOn(ccm, stateIsos, deadline, "in-force").statesParties).not.toBe(byDeposit);
  await page.goto("/treaties/ccm?counting=in-force");
  await page.getByText("Show as table").first().click();
  await expect(
    page.getByText(`Target: 130 by 25 Nov 2020; reached: ${byDeposit} (${130 - byDeposit} short)`),
  ).toBeVisible();
});
