// Two `npm start` instances on one PostgreSQL: a save on one shows on the other
// within a second, cached pages included (the data revision bumped in the
// save's transaction; lib/data/treaty-snapshots.ts, lib/cache/page-cache-handler.ts).
// Vanuatu acceded to the CCM on 5 Sep 2025; the admin server's data lacks it.
import { request as playwrightRequest } from "@playwright/test";
import { E2E_EDITOR } from "../accounts";
import { SECOND_INSTANCE_URL } from "../servers";
import { expect, test } from "../fixtures";
import { signIn } from "./sign-in";

const PACIFIC_ON_THE_DAY = "/regions/campaign/pacific?asOf=2025-09-05";
const SOURCE = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en";

/** Whether the second instance lists Vanuatu among the Pacific states that joined the CCM on 5 Sep 2025. */
async function vanuatuJoinedOnSecondInstance(): Promise<boolean> {
  const context = await playwrightRequest.newContext({ baseURL: SECOND_INSTANCE_URL });
  const html = await (await context.get(PACIFIC_ON_THE_DAY)).text();
  await context.dispose();
  const joined = /aria-label="Convention on Cluster Munitions: joined"[^]*?<\/ol>/.exec(html)?.[0] ?? "";
  return joined.includes(">Vanuatu<");
}

test("a save on one instance shows on a second instance within a second, its cached page dropped", async ({ page }) => {
  // The second instance renders and caches the page before the save.
  expect(await vanuatuJoinedOnSecondInstance()).toBe(false);
  expect(await vanuatuJoinedOnSecondInstance()).toBe(false);

  await signIn(page, E2E_EDITOR);
  await page.goto("/admin/actions/new");
  await page.getByLabel("Treaty").selectOption("ccm");
  await page.getByLabel("State", { exact: true }).fill("Vanuatu");
  await page.getByLabel("Action type").selectOption("accession");
  await page.getByLabel("Deposit date").fill("2025-09-05");
  await page.getByLabel("Source").fill(SOURCE);
  await page.getByRole("button", { name: "Record the action" }).click();
  await expect(page).toHaveURL(/saved=recorded$/);
  const saved = Date.now();

  await expect.poll(vanuatuJoinedOnSecondInstance, { timeout: 3_000, intervals: [100] }).toBe(true);
  const elapsed = Date.now() - saved;
  test.info().annotations.push({ type: "seen on the second instance after", description: `${elapsed} ms` });
  expect(elapsed).toBeLessThan(1_000);
});
