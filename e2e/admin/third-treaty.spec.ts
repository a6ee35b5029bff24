// A third treaty is data: an admin adds the Treaty on the Prohibition of Nuclear
// Weapons (TPNW) in the browser, records Honduras's signature and ratification
// (the 50th instrument, which brought the treaty into force on 22 Jan 2021), and
// every public page shows it at once, with no code change.
//
// Facts (checked with published sources, see lib/admin/third-treaty.integration.test.ts
// for where each was verified): MTDSG XXVI-9; adopted 7 Jul 2017; opened for signature
// 20 Sep 2017, when Honduras signed (UN press release DC/3740); in force 22 Jan 2021,
// 90 days after Honduras's ratification of 24 Oct 2020, the 50th (ICAN); later joiners:
// the ninetieth day after deposit (Art. 15(2)); withdrawal: 12 months (Art. 17(3)).
//
// The admin server's database is shared with the other admin specs (CCM actions of
// Niue, Vanuatu and South Sudan, a Mine Ban Treaty note): this spec touches only the TPNW.
import type { Page } from "@playwright/test";
import { E2E_ADMIN } from "../accounts";
import { expect, test } from "../fixtures";
import { signIn } from "./sign-in";

const UN_PRESS_2017 = "https://press.un.org/en/2017/dc3740.doc.htm";
const ICAN_50TH = "https://www.icanw.org/tpnw_reaches_50_states_parties_entry_into_force";

async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function recordAction(page: Page, type: string, depositedOn: string, source: string) {
  await page.goto("/admin/actions/new");
  await page.getByLabel("Treaty", { exact: true }).selectOption("tpnw");
  await page.getByLabel("State", { exact: true }).fill("Honduras");
  await page.getByLabel("Action type").selectOption(type);
  await page.getByLabel("Deposit date").fill(depositedOn);
  await page.getByLabel("Source").fill(source);
  await page.getByRole("button", { name: "Record the action" }).click();
  await expect(page).toHaveURL(/\/admin\/actions\/\d+\?saved=recorded$/);
}

test("an admin adds the TPNW and records Honduras's ratification; every public page shows it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, E2E_ADMIN);

  // The treaty, as data.
  await page.goto("/admin/treaties");
  await page.getByRole("link", { name: "New treaty" }).click();
  await expect(page).toHaveURL(/\/admin\/treaties\/new$/);
  await fill(page, "Official name", "Treaty on the Prohibition of Nuclear Weapons");
  await fill(page, "Short name", "TPNW");
  await fill(page, "Slug", "tpnw");
  await fill(page, "Aliases", "nuclear-ban-treaty");
  await fill(page, "Depositary reference", "MTDSG XXVI-9");
  await fill(
    page,
    "Depositary status page",
    "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-9&chapter=26&clang=_en",
  );
  await fill(page, "Checked against the depositary record as at", "2026-02-03");
  await fill(page, "Adopted on", "2017-07-07");
  await fill(page, "Opened for signature on", "2017-09-20");
  await fill(page, "In force since", "2021-01-22");
  await fill(page, "Instruments needed", "50");
  await page.getByLabel("Rule for later joiners", { exact: true }).selectOption("days_after");
  await fill(page, "Days after deposit", "90");
  await fill(page, "Withdrawal notice in months", "12");
  await page.getByRole("button", { name: "Add the treaty" }).click();
  await expect(page).toHaveURL(/\/admin\/treaties\/tpnw\?saved=created$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("TPNW");

  // Its actions, through the editors' form.
  await recordAction(page, "signature", "2017-09-20", UN_PRESS_2017);
  await recordAction(page, "ratification", "2020-10-24", ICAN_50TH);

  // The treaty page: one State Party recorded, in force for Honduras on the treaty's own date.
  await page.goto("/treaties/tpnw");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("TPNW");
  await expect(page.getByTestId("count-states-parties")).toHaveText("1");
  await page.getByRole("searchbox", { name: "Search" }).fill("Honduras");
  await expect(page.getByRole("row", { name: /Honduras/ })).toContainText("22 Jan 2021");
  // On the day of the 50th instrument, by its alias.
  await page.goto("/treaties/nuclear-ban-treaty?asOf=2020-10-23");
  await expect(page.getByTestId("count-states-parties")).toHaveText("0");

  // The home page's card, and the list of treaties the main navigation leads to.
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "TPNW", exact: true }) });
  await expect(card.getByTestId("tpnw-states-parties")).toHaveText("1");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Treaties" }).click();
  await expect(page.getByRole("heading", { name: "TPNW", exact: true })).toBeVisible();
  await expect(
    page.getByText("for a state that joins later, in force on the 90th day after its deposit"),
  ).toBeVisible();

  // The advocates' list: everyone but Honduras.
  await page.goto("/treaties/tpnw/outside");
  await expect(page.getByTestId("outside-total")).toHaveText("196");

  // A state's page.
  await page.goto("/states/HND");
  const history = page.getByRole("list", { name: "TPNW timeline" });
  await expect(history).toContainText("24 Oct 2020");
  await expect(history).toContainText("Entry into force for the state");

  // The status API and the CSV download.
  const status = await page.request.get("/api/v1/treaties/tpnw/status");
  expect(status.status()).toBe(200);
  const body = (await status.json()) as {
    treaty: string;
    counts: Record<string, number>;
    states: { iso3: string; status: string; consentOn: string | null; entryIntoForceOn: string | null }[];
  };
  expect(body.treaty).toBe("tpnw");
  expect(body.counts).toMatchObject({ statesParties: 1, total: 197 });
  expect(body.states.find((s) => s.iso3 === "HND")).toMatchObject({
    status: "party",
    consentOn: "2020-10-24",
    entryIntoForceOn: "2021-01-22",
  });
  const csv = await (await page.request.get("/treaties/tpnw/download?format=csv")).text();
  const honduras = csv.split("\n").find((line) => line.startsWith("HND,"));
  expect(honduras).toContain("2020-10-24");
  expect(honduras).toContain("2021-01-22");
});
