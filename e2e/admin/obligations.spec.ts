// An editor records the United Kingdom's declaration that Mine Ban Treaty
// clearance concluded on 14 Nov 2020 (UK statement to the Eighteenth Meeting of
// the States Parties) on a database without it (e2e/accounts.ts); the public state
// page follows at once. A completion before the treaty bound the state is refused.
import { E2E_EDITOR } from "../accounts";
import { expect, test } from "../fixtures";
import { signIn } from "./sign-in";

const SOURCE =
  "https://www.politicmag.net/politics-news/anti-personnel-mine-ban-convention-18th-meeting-of-state-parties-uk-statement-22438-2020/";

test("an editor records a completion; the state page shows it, and an impossible one is refused", async ({ page }) => {
  test.setTimeout(90_000);
  const clearanceOnTheDay = async () => {
    await page.goto("/states/GBR?asOf=2020-11-20");
    return page.getByRole("region", { name: "Mine Ban Treaty" }).getByTestId("obligation-clearance");
  };
  await expect(await clearanceOnTheDay()).toContainText("Obligation remains: due by 1 Mar 2024.");

  await signIn(page, E2E_EDITOR);
  await page.goto("/admin/obligations/new");
  const fill = async (date: string) => {
    await page.getByLabel("Treaty").selectOption("mine-ban-treaty");
    await page.getByLabel("State", { exact: true }).fill("United Kingdom (GBR)");
    await page.getByLabel("Obligation", { exact: true }).selectOption("clearance");
    await page.getByLabel("Event", { exact: true }).selectOption("completed");
    await page.getByLabel("Date of the event").fill(date);
    await page.getByLabel("Date of the information").fill(date);
    await page.getByLabel("Source", { exact: true }).fill(SOURCE);
    await page.getByRole("button", { name: "Record the event" }).click();
  };
  // The treaty entered into force for the United Kingdom on 1 Mar 1999.
  await fill("1998-12-01");
  await expect(page.locator("#record-obligation").getByRole("alert")).toContainText(
    "before the treaty entered into force for the state (1999-03-01)",
  );

  await page.goto("/admin/obligations/new");
  await fill("2020-11-14");
  // Saved: the list of the state's events (the form was at /admin/obligations/new).
  await expect(page).toHaveURL(/\/admin\/obligations\?/);
  await expect(await clearanceOnTheDay()).toContainText("Completed: declared 14 Nov 2020.");
});
