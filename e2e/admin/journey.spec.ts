// An editor's day: record Niue's accession to the CCM (deposited 6 Aug 2020, the
// 109th State Party, in force for Niue on 1 Feb 2021) on a database without it,
// watch the public page follow, then correct, delete and restore it.
// The admin server's database lacks that accession (e2e/accounts.ts).
import { E2E_EDITOR } from "../accounts";
import { expect, test } from "../fixtures";
import { signIn } from "./sign-in";

const SOURCE = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en";

test("an editor records, corrects, deletes and restores Niue's accession; the public page follows each step", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ccmOnTheDay = async () => {
    await page.goto("/treaties/ccm?asOf=2020-08-06");
    return page.getByTestId("count-states-parties");
  };
  // The campaign's figure before Niue: 108 States Parties.
  await expect(await ccmOnTheDay()).toHaveText("108");

  await signIn(page, E2E_EDITOR);
  await page.goto("/admin/actions/new");
  await page.getByLabel("Treaty").selectOption("ccm");
  await page.getByLabel("State", { exact: true }).fill("Niue (NIU)");
  await page.getByLabel("Action type").selectOption("accession");
  await page.getByLabel("Deposit date").fill("2020-08-06");
  await expect(page.getByTestId("action-preview")).toContainText(
    "States Parties on 6 Aug 2020: 108 → 109 counted from deposit; 108 → 108 counted from entry into force.",
  );
  await expect(page.getByTestId("action-preview")).toContainText("1 Feb 2021");
  await page.getByLabel("Source").fill(SOURCE);
  await page.getByRole("button", { name: "Record the action" }).click();
  await expect(page).toHaveURL(/\/admin\/actions\/\d+\?saved=recorded$/);
  const actionPage = page.url().replace(/\?.*$/, "");

  // The public page at once: 109, and Niue's row with its entry into force.
  await expect(await ccmOnTheDay()).toHaveText("109");
  await page.getByRole("searchbox", { name: "Search" }).fill("Niue");
  await expect(page.getByRole("row", { name: /Niue/ })).toContainText("1 Feb 2021");

  // Correct it: add a note, with a reason.
  await page.goto(actionPage);
  const correct = page.locator("#correct");
  await correct.getByLabel("Note").fill("Instrument of accession deposited with the Secretary-General.");
  await correct.getByLabel("Reason for the correction").fill("Add where the instrument was deposited");
  await correct.getByRole("button", { name: "Save the correction" }).click();
  await expect(page).toHaveURL(/saved=corrected$/);
  await expect(page.getByTestId("action-row")).toContainText("Instrument of accession deposited");

  // Delete it, with a reason: the public page is back to 108.
  await page.getByLabel("Reason for deleting").fill("Testing deletion");
  await page.getByRole("button", { name: "Delete the action" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?deleted=\d+/);
  const auditUrl = page.url();
  await expect(await ccmOnTheDay()).toHaveText("108");

  // Restore it from the audit log: 109 again, the correction kept.
  await page.goto(auditUrl);
  const deletion = page.getByRole("article", { name: /Deleted Niue's accession of 6 Aug 2020/ });
  await deletion.getByLabel("Reason for restoring").fill("The deletion was a test");
  await deletion.getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(/saved=restored$/);
  await expect(page.getByTestId("action-row")).toContainText("Instrument of accession deposited");
  await expect(await ccmOnTheDay()).toHaveText("109");

  // Every step is in the audit log, with who and why.
  await page.goto("/admin/audit?state=NIU");
  for (const reason of ["Add where the instrument was deposited", "Testing deletion", "The deletion was a test"]) {
    await expect(page.getByText(reason)).toBeVisible();
  }
});

test("a refused form says what is wrong beside each field and keeps what was typed", async ({ page }) => {
  await signIn(page, E2E_EDITOR);
  await page.goto("/admin/actions/new");
  await page.getByLabel("Treaty").selectOption("ccm");
  await page.getByLabel("State", { exact: true }).fill("Atlantis");
  await page.getByLabel("Action type").selectOption("accession");
  await page.getByLabel("Deposit date").fill("2020-08-06");
  await page.getByLabel("Source").fill("somewhere");
  await page.getByRole("button", { name: "Record the action" }).click();
  const source = page.getByLabel("Source");
  await expect(source).toHaveAttribute("aria-invalid", "true");
  await expect(source).toHaveAccessibleDescription(/must be a web address/);
  await expect(page.getByLabel("State", { exact: true })).toHaveValue("Atlantis");
  await expect(page.getByLabel("Deposit date")).toHaveValue("2020-08-06");

  // With a good source, the server looks the state up and says it knows no Atlantis.
  await source.fill(SOURCE);
  await page.getByRole("button", { name: "Record the action" }).click();
  const state = page.getByLabel("State", { exact: true });
  await expect(state).toHaveAttribute("aria-invalid", "true");
  await expect(state).toHaveAccessibleDescription(/no state matches "Atlantis"/);
  await expect(source).toHaveValue(SOURCE);
});
