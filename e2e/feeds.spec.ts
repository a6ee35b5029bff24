// The Atom feeds of treaty actions (/feeds/actions.atom, /feeds/{slug}.atom).
import { XMLParser } from "fast-xml-parser";
import { expect, test } from "./fixtures";

type Entry = { id: string; title: string; updated: string; link: { href: string }[] };
type Atom = { feed: { title: string; updated: string; entry: Entry[] } };
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => name === "entry" || name === "link",
  updateTag: (_name, _path, attributes) => {
    if (attributes) delete attributes.type;
    return true;
  },
});

test("the feed of every treaty lists the latest actions, newest first, linking to the states", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/feeds/actions.atom");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
  const { feed } = parser.parse(await response.text()) as Atom;
  expect(feed.entry).toHaveLength(100);
  const dates = feed.entry.map((e) => e.updated);
  expect(dates).toEqual([...dates].sort((a, b) => b.localeCompare(a)));
  const vanuatu = feed.entry.find((e) => e.id.endsWith(":ccm/VUT/accession/2025-09-05"));
  expect(vanuatu?.title).toBe("Vanuatu: accession to the Convention on Cluster Munitions");
  expect(vanuatu?.link[0]?.href).toBe(`${baseURL}/states/VUT`);

  // A reader that has it gets a 304.
  const again = await request.get("/feeds/actions.atom", {
    headers: { "If-None-Match": response.headers().etag ?? "" },
  });
  expect(again.status()).toBe(304);
});

test("a treaty's feed answers to its aliases; an unknown treaty has none", async ({ request }) => {
  const { feed } = parser.parse(await (await request.get("/feeds/mbt.atom")).text()) as Atom;
  expect(feed.title).toBe("Mine Ban Treaty: treaty actions");
  expect(feed.entry.every((e) => e.id.includes(":mine-ban-treaty/"))).toBe(true);
  expect((await request.get("/feeds/no-such-treaty.atom")).status()).toBe(404);
});

test("the home page and a treaty page announce their feeds", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    "/feeds/actions.atom",
  );
  await page.goto("/treaties/ccm");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    "/feeds/ccm.atom",
  );
});
