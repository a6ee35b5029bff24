// Journeys of the people the tracker is for, in a real browser.
import { readFileSync } from "node:fs";
import { expect, expectHttpErrors, test } from "./fixtures";

test("an advocate finds the Pacific states outside the CCM and downloads the list", async ({ page }) => {
  // The campaign's eight Pacific states outside the CCM in Aug 2020, less Vanuatu (acceded 5 Sep 2025).
  const expectedOutside = ["FSM", "KIR", "MHL", "PNG", "SLB", "TON", "TUV"];

  await page.goto("/treaties/ccm");
  await page.getByRole("combobox", { name: "Grouping" }).selectOption({ label: "Campaign regions" });
  await page.getByRole("combobox", { name: "Region", exact: true }).selectOption({ label: "Pacific" });
  await page.getByRole("combobox", { name: "Status" }).selectOption("outside");
  await expect(page.getByRole("status")).toHaveText(`${expectedOutside.length} of 197 states shown`);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  const csv = readFileSync((await (await downloadPromise).path())!, "utf8");
  const codes = csv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0])
    .sort();
  expect(codes).toEqual(expectedOutside);
});

test("the Pacific in August 2020 shows 8 in and 8 out for the CCM", async ({ page }) => {
  // As the Cluster Munition Coalition listed them in August 2020, after Niue's accession.
  const joined = ["Australia", "Cook Islands", "Fiji", "Nauru", "New Zealand", "Niue", "Palau", "Samoa"];
  const outside = [
    "Kiribati",
    "Marshall Islands",
    "Micronesia",
    "Papua New Guinea",
    "Solomon Islands",
    "Tonga",
    "Tuvalu",
    "Vanuatu",
  ];
  await page.goto("/regions/campaign/pacific?asOf=2020-08-31");
  await expect(page.getByRole("heading", { level: 1, name: "Pacific" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Convention on Cluster Munitions" }).getByText(/^\d+ joined, \d+ outside$/),
  ).toHaveText("8 joined, 8 outside");
  for (const [list, names] of [
    ["joined", joined],
    ["outside", outside],
  ] as const) {
    const links = page.getByRole("list", { name: `Convention on Cluster Munitions: ${list}` }).getByRole("link");
    await expect(links).toHaveCount(8);
    expect((await links.allTextContents()).sort(), list).toEqual(names);
  }
});

test("a researcher opens a state's history and follows a source link", async ({ page }) => {
  await page.route("https://treaties.un.org/**", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<title>UN Treaty Collection (stub for the offline test)</title><h1>Depositary record</h1>",
    }),
  );
  await page.goto("/treaties/ccm");
  await page.getByRole("searchbox", { name: "Search" }).fill("Niue");
  await page.getByRole("row", { name: /Niue/ }).getByRole("link", { name: "Niue", exact: true }).click();
  await expect(page).toHaveURL(/\/states\/NIU$/);
  await expect(page.getByRole("heading", { level: 1, name: "Niue" })).toBeVisible();
  const timeline = page.getByRole("list", { name: "Convention on Cluster Munitions timeline" });
  await expect(timeline).toContainText("6 Aug 2020");
  await expect(timeline).toContainText("1 Feb 2021");
  const source = timeline.getByRole("link", { name: /source for accession/i });
  await expect(source).toHaveAttribute("href", /treaties\.un\.org.*XXVI-6/);
  await source.click();
  await expect(page).toHaveURL(/treaties\.un\.org/);
});

test("the as-of control changes the counts and survives a reload", async ({ page }) => {
  // CCM States Parties the day before Niue's accession and on it ("Niue becomes the 109th State Party").
  const before = 108;
  const after = 109;

  await page.goto("/treaties/ccm");
  await page.getByLabel("As of").fill("2020-08-05");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2020-08-05/);
  await expect(page.getByTestId("count-states-parties")).toHaveText(String(before));
  await page.reload();
  await expect(page.getByTestId("count-states-parties")).toHaveText(String(before));
  await expect(page.getByLabel("As of")).toHaveValue("2020-08-05");

  await page.getByLabel("As of").fill("2020-08-06");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("count-states-parties")).toHaveText(String(after));
});

test("the map and charts render, each with a text alternative", async ({ page }) => {
  await page.goto("/treaties/mine-ban-treaty?asOf=2020-11-25");
  const map = page.getByRole("img", { name: /status of every state/i });
  await expect(map).toBeVisible();
  // The picture is loaded lazily, below the obligations: bring it on screen first.
  await map.scrollIntoViewIfNeeded();
  // The picture really loaded (an SVG from the map route), not a broken image.
  await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: /Tuvalu/ }).first()).toBeVisible();
  // Charts are drawn as they come near the screen: bring each chart's box on screen in turn.
  const boxes = page.locator('div[role="img"][aria-label]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  // Both legends list the statuses in the order the tables do, parties first.
  const legends = page.locator(".recharts-legend-wrapper");
  // Four charts: parties over time, by region, then completions of each obligation (Art. 4, Art. 5).
  await expect(legends).toHaveCount(4);
  await expect(legends.nth(0).locator(".recharts-legend-item-text")).toHaveText(["States Parties", "Signatories"]);
  await expect(legends.nth(1).locator(".recharts-legend-item-text")).toHaveText([
    "States Parties",
    "Signatories",
    "Not party",
  ]);
  await expect(legends.nth(2).locator(".recharts-legend-item-text")).toHaveText(["Completed", "Obligation remains"]);
  await page.getByText("Show as table").first().click();
  await expect(page.getByRole("table").first()).toBeVisible();
});

test("keyboard alone reaches every control of the treaty page", async ({ page }) => {
  await page.goto("/treaties/ccm");
  const wanted = ["As of", "Show", "Search", "Status", "Grouping", "Region", "CSV", "JSON", "State"];
  const reached = new Set<string>();
  // The map's list of small states puts some 60 links before the table.
  for (let i = 0; i < 300 && reached.size < wanted.length; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labels =
        "labels" in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(" ") : "";
      return `${labels} ${el.textContent ?? ""} ${el.getAttribute("aria-label") ?? ""}`.trim();
    });
    for (const w of wanted) if (name.startsWith(w) || name.includes(` ${w}`) || name === w) reached.add(w);
  }
  expect([...reached].sort()).toEqual([...wanted].sort());
});

test("unknown treaties, states and regions get a 404 page; a bad date gets a clear message", async ({ page }) => {
  expectHttpErrors(400, 404);
  for (const url of ["/treaties/no-such-treaty", "/states/XYZ", "/regions/campaign/atlantis"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  // Answered 400 (a link checker or crawler sees the error). Every refused date of a treaty shares one
  // cached page, so a crawler trying values cannot fill the page cache: only the first is a miss.
  for (const [index, asOf] of ["2020-02-30", "1990-01-01", "soon"].entries()) {
    const response = await page.goto(`/treaties/ccm?asOf=${asOf}`);
    expect(response?.status(), asOf).toBe(400);
    // The first is rendered; the rest come from the cache ("STALE" once older than two seconds).
    expect(index === 0 ? ["MISS"] : ["HIT", "STALE"], asOf).toContain(response?.headers()["x-nextjs-cache"]);
    // The CCM opened for signature in Oslo on 3 Dec 2008.
    await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toContainText(
      "asOf must be a date written YYYY-MM-DD, from 2008-12-03 (when the Convention on Cluster Munitions opened for signature) to",
    );
  }
  for (const url of [
    "/treaties/ccm?counting=whenever",
    "/?asOf=1990-01-01",
    "/regions/campaign/pacific?asOf=soon",
    "/on/1990-01-01",
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(400);
    await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toBeVisible();
  }
  // A good date next to them is still a 200, and so is "today".
  expect((await page.goto("/treaties/ccm?asOf=2020-08-10"))?.status()).toBe(200);
  expect((await page.goto("/treaties/ccm?asOf=today"))?.status()).toBe(200);
});

test("the outside list names its grouping as written and places states that belong to no group", async ({ page }) => {
  await page.goto("/treaties/ccm/outside");
  await expect(page.getByText(/states are not party, by UN regional groups\./)).toBeVisible();
  // The United States is in no UN regional group (an observer in WEOG) and outside the CCM.
  const noGroup = page.getByRole("heading", { name: /^In none of the UN regional groups/ });
  await expect(noGroup).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: /^In none of the UN regional groups/ })
      .getByRole("link", { name: "United States", exact: true }),
  ).toBeVisible();
});
