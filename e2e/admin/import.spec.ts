// An admin imports a small CSV file into the admin server's database: a note
// added to Iceland's Mine Ban Treaty ratification (changed) and its signature
// as recorded (unchanged). Other admin specs record Niue's, Vanuatu's and
// South Sudan's CCM accessions (e2e/accounts.ts); this file touches none of them.
import path from "node:path";
import { E2E_ADMIN, E2E_EDITOR } from "../accounts";
import { expect, test } from "../fixtures";
import { signIn } from "./sign-in";

const FIXTURE = path.join(import.meta.dirname, "../fixtures-data/import-mine-ban-treaty.csv");
const NOTE = 'Imported in the e2e test: instrument deposited in New York, "as is" the practice.';

test("an admin previews a CSV file, imports it, and Iceland's page shows the new note", async ({ page }) => {
  await page.goto("/states/ISL");
  await expect(page.getByText(NOTE)).toHaveCount(0);

  await signIn(page, E2E_ADMIN);
  await page.goto("/admin/import");
  await page.getByLabel("Treaty").selectOption("mine-ban-treaty");
  await page.getByLabel("CSV file").setInputFiles(FIXTURE);
  await page.getByLabel("Reason for the import").fill("Notes checked against the depositary record");
  await page.getByRole("button", { name: "Preview" }).click();

  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("0 added, 1 changed, 1 unchanged, 0 refused.");
  const table = page.getByRole("table", { name: /Rows of import-mine-ban-treaty\.csv/ });
  await expect(table.getByRole("row", { name: /ratification/ })).toContainText("Changed");
  await expect(table.getByRole("row", { name: /ratification/ })).toContainText(`note: (empty) → ${NOTE}`);
  await expect(table.getByRole("row", { name: /signature/ })).toContainText("Unchanged");

  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Imported import-mine-ban-treaty.csv into the Mine Ban Treaty: 0 added, 1 changed, 1 unchanged.",
  );

  // The public page at once, and the audit log says who and why.
  await page.goto("/states/ISL");
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.goto("/admin/audit?state=ISL");
  await expect(
    page.getByText("Bulk import: import-mine-ban-treaty.csv: Notes checked against the depositary record"),
  ).toBeVisible();
});

test("an editor is turned away from the import page", async ({ page }) => {
  await signIn(page, E2E_EDITOR);
  await page.goto("/admin/import");
  await expect(page).toHaveURL(/\/admin\?denied=1$/);
});
