import { expect, test } from "@playwright/test";
import { todayIso } from "../lib/domain/dates";
import { countsOn } from "../lib/domain/status";
import { buildTimelines } from "../lib/domain/timeline";
import { readSeed } from "../seed/read-seed";
import { seedTreatyRules, seedActionRecords } from "../seed/to-domain";

test("the home page lists both treaties with their States Parties counted from the action log", async ({ page }) => {
  const seed = readSeed();
  const stateIsos = seed.states.map((state) => state.iso3);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const treaties = page.getByRole("list", { name: "Treaties" });

  for (const { treaty, actions } of seed.treaties) {
    const expected = countsOn(
      buildTimelines(seedTreatyRules(treaty), seedActionRecords(actions)),
      stateIsos,
      todayIso(),
    );
    const card = treaties
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: treaty.shortName, exact: true }) });
    await expect(card).toBeVisible();
    await expect(card.getByTestId(`${treaty.slug}-states-parties`)).toHaveText(String(expected.statesParties));
    expect(expected.statesParties).toBeGreaterThan(0);
  }
});

test("on a past date the latest actions are those up to that date, newest first", async ({ page }) => {
  const seed = readSeed();
  const asOf = "2020-08-06"; // Niue's CCM accession
  const newest = seed.treaties
    .flatMap(({ actions }) => actions.map((a) => a.deposited_on))
    .filter((date) => date <= asOf)
    .sort()
    .at(-1);
  expect(newest).toBe(asOf);

  await page.goto(`/?asOf=${asOf}`);
  const firstRow = page
    .getByRole("table", { name: /Latest treaty actions/ })
    .getByRole("row")
    .nth(1);
  await expect(firstRow).toContainText("6 Aug 2020");
  await expect(firstRow).toContainText("Niue");
});

test("a home link with a date it cannot show says what is wrong", async ({ page }) => {
  await page.goto("/?asOf=2099-01-01");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toContainText("asOf must not be after");
  await expect(page.getByLabel("As of")).toBeVisible();
});
