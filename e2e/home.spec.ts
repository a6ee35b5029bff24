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
    const expected = countsOn(buildTimelines(seedTreatyRules(treaty), seedActionRecords(actions)), stateIsos, todayIso());
    const card = treaties.getByRole("listitem").filter({ has: page.getByRole("heading", { name: treaty.shortName, exact: true }) });
    await expect(card).toBeVisible();
    await expect(card.getByTestId(`${treaty.slug}-states-parties`)).toHaveText(String(expected.statesParties));
    expect(expected.statesParties).toBeGreaterThan(0);
  }
});
