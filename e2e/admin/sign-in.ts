// Signing in through the form, as a person does.
import type { Page } from "@playwright/test";
import { expect } from "../fixtures";

export async function signIn(page: Page, account: { email: string; password: string; name: string }) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(account.name);
}
