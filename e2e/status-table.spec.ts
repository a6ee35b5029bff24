// The treaty page's table of every state: a shared link with filters opens
// filtered (the cached page has no query string: the browser applies it).
import { expect, test } from "./fixtures";

test("a shared link with a search and a sort opens the table filtered and sorted", async ({ page }) => {
  await page.goto("/treaties/ccm?q=niue");
  await expect(page.getByText("1 of 197 states shown")).toBeVisible();
  await expect(page.getByLabel("Search")).toHaveValue("niue");
  const rows = page.getByRole("table", { name: /Status of every state/ }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Niue");

  await page.goto("/treaties/ccm?sort=name&dir=desc");
  await expect(page.getByText("197 of 197 states shown")).toBeVisible();
  await expect(rows.first()).toContainText("Zimbabwe");

  // Without a filter in the link, the table is as the server drew it, A to Z.
  await page.goto("/treaties/ccm");
  await expect(rows.first()).toContainText("Afghanistan");
  await page.getByLabel("Search").fill("zimb");
  await expect(page.getByText("1 of 197 states shown")).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=zimb/);
});
