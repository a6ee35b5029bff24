import { readSeed } from "../seed/read-seed";
import { expect, expectHttpErrors, test } from "./fixtures";

// Today's counts from published events, each in the action files (verified to the
// depositary pages of 3 Feb 2026). The last change to them is Poland's withdrawal taking
// effect on 20 Feb 2026, so they hold on any day from then until a new event is recorded:
const TODAY = {
  // CCM: 108 in early 2020 (campaign text), then Niue (Aug 2020), Saint Lucia (Sep 2020),
  // Nigeria (111th, Feb 2023), South Sudan (112th, Aug 2023); Lithuania's withdrawal took
  // effect on 6 Mar 2025 (111) and Vanuatu acceded on 5 Sep 2025 (112). Of the 13 signatories
  // of 2020 only Nigeria has ratified since (12); Lithuania is the one withdrawn state.
  // "Not party" is the rest of the 197 states, the withdrawn included.
  ccm: { "states-parties": 112, signatories: 12, "not-party": 73, withdrawn: 1 },
  // Mine Ban Treaty: 164 in 2020 (campaign text), the Marshall Islands (165th, Mar 2025, the
  // last signatory) and Tonga (166th, Jun 2025); withdrawals effective 27 Dec 2025 (Estonia,
  // Latvia, Lithuania), 10 Jan 2026 (Finland) and 20 Feb 2026 (Poland): 166 - 5 = 161.
  "mine-ban-treaty": { "states-parties": 161, signatories: 0, "not-party": 36, withdrawn: 5 },
};

test("the home page lists both treaties with today's published counts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const treaties = page.getByRole("list", { name: "Treaties" });

  for (const [slug, name] of [
    ["ccm", "Convention on Cluster Munitions"],
    ["mine-ban-treaty", "Mine Ban Treaty"],
  ] as const) {
    const card = treaties.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(card).toBeVisible();
    for (const [figure, value] of Object.entries(TODAY[slug])) {
      await expect(card.getByTestId(`${slug}-${figure}`), `${slug} ${figure}`).toHaveText(String(value));
    }
  }
  // The Dubrovnik Action Plan's 130 by the Second Review Conference (25 Nov 2020): 110 by deposit
  // that day, 108 + Niue + Saint Lucia ("the treaty's 110 states parties", Human Rights Watch, late 2020).
  await expect(page.getByTestId("target-dubrovnik-130")).toHaveText(
    "110 States Parties on 25 Nov 2020: 20 short of 130.",
  );
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
  expectHttpErrors(400);
  await page.goto("/?asOf=2099-01-01");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toContainText(
    // The Mine Ban Treaty, the first tracked, opened for signature in Ottawa on 3 Dec 1997.
    /asOf must be a date written YYYY-MM-DD, from 1997-12-03 \(when the Mine Ban Treaty opened for signature\) to \d{4}-\d{2}-\d{2}/,
  );
  await expect(page.getByLabel("As of")).toBeVisible();
});
