// The outside list on any date and by any grouping, and the downloads of every
// view: the advocate's journey, on the public server.
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { expect, expectHttpErrors, test } from "./fixtures";

// The Cluster Munition Coalition's Pacific states outside the CCM in August 2020, after Niue's accession.
const PACIFIC_OUTSIDE_CCM_2020 = [
  "Kiribati",
  "Marshall Islands",
  "Micronesia",
  "Papua New Guinea",
  "Solomon Islands",
  "Tonga",
  "Tuvalu",
  "Vanuatu",
];

test("an advocate picks a date and the campaign's regions for the outside list, then downloads it", async ({
  page,
}) => {
  await page.goto("/treaties/ccm/outside");
  await page.getByLabel("As of").fill("2020-08-31");
  await page.getByRole("combobox", { name: "Grouping" }).selectOption({ label: "Campaign regions" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/treaties\/ccm\/outside\?asOf=2020-08-31&grouping=campaign$/);
  await expect(page.getByText(/^On 31 Aug 2020, \d+ of 197 states are not party, by Campaign regions\./)).toBeVisible();
  const pacific = page.getByRole("region", { name: /^Pacific/ });
  expect((await pacific.getByRole("link").allTextContents()).sort()).toEqual(PACIFIC_OUTSIDE_CCM_2020);
  // The form shows what is on screen.
  await expect(page.getByLabel("As of")).toHaveValue("2020-08-31");
  await expect(page.getByRole("combobox", { name: "Grouping" })).toHaveValue("campaign");

  const csvLink = page.getByRole("link", { name: "CSV", exact: true });
  await expect(csvLink).toHaveAttribute(
    "href",
    "/treaties/ccm/outside/download?format=csv&asOf=2020-08-31&grouping=campaign",
  );
  const downloadPromise = page.waitForEvent("download");
  await csvLink.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("ccm-outside-2020-08-31-campaign.csv");
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
  expect(
    rows
      .filter((r) => r.region === "pacific")
      .map((r) => r.short_name)
      .sort(),
  ).toEqual(PACIFIC_OUTSIDE_CCM_2020);
});

test("a dated outside list is rendered once, then served from the page cache", async ({ request }) => {
  const url = "/treaties/mine-ban-treaty/outside?asOf=2020-06-30&grouping=un-m49-region";
  expect((await request.get(url)).status()).toBe(200);
  const again = await request.get(url);
  // From the cache ("STALE" once older than its two seconds).
  expect(["HIT", "STALE"]).toContain(again.headers()["x-nextjs-cache"]);
});

test("an outside list link it cannot show says which parameter, with status 400", async ({ page }) => {
  expectHttpErrors(400);
  for (const [url, message] of [
    ["/treaties/ccm/outside?grouping=atlantis", /grouping must be one of: .*campaign \(Campaign regions\)/],
    [
      "/treaties/ccm/outside?asOf=2020-02-30&grouping=campaign",
      /asOf must be a date written YYYY-MM-DD, from 2008-12-03/,
    ],
  ] as const) {
    expect((await page.goto(url))?.status(), url).toBe(400);
    await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toContainText(message);
    await expect(page.getByRole("combobox", { name: "Grouping" })).toBeVisible();
  }
});

test("a region, a state's history and a treaty's series and log link their downloads", async ({ page, request }) => {
  await page.goto("/regions/campaign/pacific?asOf=2020-08-31");
  await expect(page.getByRole("link", { name: "JSON", exact: true })).toHaveAttribute(
    "href",
    "/regions/campaign/pacific/download?format=json&asOf=2020-08-31",
  );
  await page.goto("/states/NIU");
  await expect(page.getByRole("link", { name: "CSV", exact: true })).toHaveAttribute(
    "href",
    "/states/NIU/download?format=csv",
  );
  await page.goto("/treaties/ccm?asOf=2020-08-10&counting=in-force");
  await expect(page.getByRole("link", { name: "CSV of the series" })).toHaveAttribute(
    "href",
    "/treaties/ccm/series/download?counting=in-force&format=csv&asOf=2020-08-10",
  );
  await expect(page.getByRole("link", { name: "JSON of the action log" })).toHaveAttribute(
    "href",
    "/treaties/ccm/actions/download?format=json",
  );

  const niue = await request.get("/states/NIU/download?format=json");
  expect(niue.headers()["content-disposition"]).toMatch(/^attachment; filename="NIU-history-\d{4}-\d{2}-\d{2}\.json"$/);
  const series = await request.get("/treaties/ccm/series/download?format=csv&asOf=2020-08-06");
  const points = parse(await series.body(), { bom: true, columns: true }) as Record<string, string>[];
  expect(points.at(-1)).toMatchObject({ date: "2020-08-06", states_parties: "109" });
});

test("a download with a bad parameter answers 400 naming it", async ({ request }) => {
  const response = await request.get("/treaties/ccm/outside/download?grouping=atlantis");
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ error: { parameter: "grouping" } });
});
