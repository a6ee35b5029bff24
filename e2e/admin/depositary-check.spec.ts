// An admin checks the Mine Ban Treaty against a status page saved from the UN
// site (a project-written page, e2e/fixtures-data/mine-ban-treaty-status-page.ts,
// as at 2 Mar 2026) that differs from the admin server's data in one thing:
// Tonga's accession of 25 Jun 2025, the 166th State Party, is missing here.
// Applying it changes the public page and moves the treaty's "checked against
// the depositary record" date to the page's. (The Mine Ban Treaty, not the CCM: other specs
// record CCM accessions on this server while this one runs, so a full CCM page
// could not be left without differences.)
import { AxeBuilder } from "@axe-core/playwright";
import { E2E_ADMIN, E2E_EDITOR } from "../accounts";
import { expect, test } from "../fixtures";
import { mineBanTreatyStatusPage } from "../fixtures-data/mine-ban-treaty-status-page";
import { signIn } from "./sign-in";

const CHECK_PAGE = "/admin/treaties/mine-ban-treaty/depositary";

test("an admin uploads a status page, applies its difference, and the public page and checked date follow", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const tongaOnThePublicPage = async () => {
    await page.goto("/treaties/mine-ban-treaty?asOf=2025-06-25");
    await page.getByRole("searchbox", { name: "Search" }).fill("Tonga");
    return page.getByRole("row", { name: /Tonga/ });
  };
  await expect(await tongaOnThePublicPage()).toContainText("Not party");
  await expect(page.getByTestId("freshness-note")).toContainText(
    "Checked against the UN depositary record as at 3 Feb 2026.",
  );

  await signIn(page, E2E_ADMIN);
  await page.goto("/admin/treaties");
  await page
    .locator("#treaty-mine-ban-treaty")
    .getByRole("link", { name: "Check against the depositary record" })
    .click();
  await expect(page).toHaveURL(new RegExp(`${CHECK_PAGE}$`));

  await page.getByLabel("Saved status page").setInputFiles({
    name: "mine-ban-treaty-status.html",
    mimeType: "text/html",
    buffer: Buffer.from(mineBanTreatyStatusPage()),
  });
  await expect(page.getByTestId("depositary-chosen")).toContainText("To check: mine-ban-treaty-status.html");
  await page.getByRole("button", { name: "Check the page" }).click();
  await expect(page.getByTestId("depositary-summary")).toContainText(
    /\(Convention on the Prohibition of the Use, .*\) as at 2 Mar 2026: \d+ participants\. Found 1 difference\./,
  );

  const tonga = page.getByRole("group", { name: "Tonga" });
  const difference = tonga.getByRole("checkbox", { name: "Record the accession of 25 Jun 2025" });
  await expect(difference).toBeChecked();
  await expect(tonga).toContainText("Missing here");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ")}`)).toEqual([]);
  await page.getByRole("button", { name: "Apply the ticked differences" }).click();

  const results = page.getByTestId("depositary-results");
  await expect(results).toContainText("1 of 1 applied.");
  await expect(results).toContainText("Tonga: Record the accession of 25 Jun 2025: Recorded.");
  await expect(results).toContainText("The data now matches the depositary record as at 2 Mar 2026.");
  await expect(page.getByTestId("depositary-checked-on")).toHaveText("2 Mar 2026");

  // The public page at once: Tonga a State Party from its deposit, and the new checked date.
  await expect(await tongaOnThePublicPage()).toContainText("State Party");
  await expect(page.getByTestId("count-states-parties")).toHaveText("166");
  await expect(page.getByTestId("freshness-note")).toContainText(
    "Checked against the UN depositary record as at 2 Mar 2026.",
  );

  // The audit log says who recorded it, with the page as its source.
  await page.goto("/admin/audit?state=TON");
  await expect(page.getByText("From the depositary status page as at 2 Mar 2026 (MTDSG XXVI-5)").first()).toBeVisible();
});

test("a page that is not a status page is refused with what was expected, and an editor is turned away", async ({
  page,
}) => {
  await signIn(page, E2E_ADMIN);
  await page.goto(CHECK_PAGE);
  await page.getByLabel("Or paste the page's HTML").fill("<html><body><h1>Depositary notifications</h1></body></html>");
  await page.getByRole("button", { name: "Check the page" }).click();
  await expect(
    page.getByText(
      /^This is not a depositary status page: it has no table of participants; expected the status page of a treaty saved from the UN Treaty Collection/,
    ),
  ).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, E2E_EDITOR);
  await page.goto(CHECK_PAGE);
  await expect(page).toHaveURL(/\/admin\?denied=1$/);
});
