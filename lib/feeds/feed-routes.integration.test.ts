// The feed routes on a seeded database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), called as Next calls them.
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as namedFeed } from "@/app/feeds/[file]/route";
import { GET as allActionsFeed } from "@/app/feeds/actions.atom/route";
import { recordAction } from "../admin/record-action";
import { createUser } from "../admin/users";
import type { Actor } from "../auth/sessions";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { todayIso } from "../domain/dates";

withSeededDatabase();
let editor: Actor;

beforeAll(async () => {
  const created = await createUser(null, {
    email: "editor@example.org",
    name: "Edith Editor",
    role: "editor",
    password: "correct horse battery",
  });
  if (!created.ok) throw new Error("no editor");
  editor = { id: created.value.id, email: "editor@example.org", name: "Edith Editor", role: "editor" };
});

type Entry = { id: string; title: string; updated: string; link: { href: string }[]; summary: string };
type Atom = { feed: { id: string; updated: string; link: { rel: string; href: string }[]; entry: Entry[] } };
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => name === "entry" || name === "link",
  updateTag: (_name, _path, attributes) => {
    if (attributes) delete attributes.type;
    return true;
  },
});

const HOST = { host: "tracker.example.org" };
const get = (path: string, headers: Record<string, string> = HOST) => {
  const request = new Request(`http://localhost:3000${path}`, { headers });
  const file = path.replace(/^\/feeds\//, "");
  return file === "actions.atom"
    ? allActionsFeed(request)
    : namedFeed(request, { params: Promise.resolve({ file: decodeURIComponent(file) }) });
};
const atomOf = async (response: Response) => parser.parse(await response.text()) as Atom;

describe("GET /feeds/actions.atom", () => {
  it("lists the latest 100 actions of every treaty, newest first, with their sources", async () => {
    const response = await get("/feeds/actions.atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=2, stale-while-revalidate=30");
    const { feed } = await atomOf(response);
    expect(feed.entry).toHaveLength(100);
    const dates = feed.entry.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort((a, b) => b.localeCompare(a)));
    expect(feed.updated).toBe(dates[0]);
    // Both treaties' latest actions: Vanuatu's CCM accession, Poland's Mine Ban Treaty withdrawal notice.
    expect(feed.entry[0]?.title).toBe("Vanuatu: accession to the Convention on Cluster Munitions");
    const poland = feed.entry.find(
      (e) => e.id === "tag:tracker.example.org,2026:mine-ban-treaty/POL/withdrawal/2025-08-20",
    );
    expect(poland?.title).toBe("Poland: notice of withdrawal from the Mine Ban Treaty");
    expect(poland?.link[0]?.href).toBe("http://tracker.example.org/states/POL");
    expect(poland?.summary).toContain("on 20 Aug 2025.");
    expect(poland?.summary).toContain("UN depositary record, MTDSG XXVI-5</a>");
    // A source other than the depositary (Ukraine's suspension notice, reported by HRW).
    const ukraine = feed.entry.find((e) => e.id.endsWith(":mine-ban-treaty/UKR/suspension/2025-07-18"));
    expect(ukraine?.summary).toContain(
      '<a href="https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty">',
    );
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(100);
  });

  it("answers 304 to a reader that has the same feed", async () => {
    const first = await get("/feeds/actions.atom");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const again = await get("/feeds/actions.atom", { ...HOST, "if-none-match": etag });
    expect(again.status).toBe(304);
  });
});

describe("GET /feeds/{slug}.atom", () => {
  it("lists one treaty's actions; an alias gives the same feed under the canonical name", async () => {
    const { feed } = await atomOf(await get("/feeds/mbt.atom"));
    expect(feed.id).toBe("tag:tracker.example.org,2026:feeds/mine-ban-treaty");
    expect(feed.link).toContainEqual({ rel: "self", href: "http://tracker.example.org/feeds/mine-ban-treaty.atom" });
    expect(feed.entry.every((e) => e.id.includes(",2026:mine-ban-treaty/"))).toBe(true);
    expect(feed.entry[0]?.title).toBe("Poland: notice of withdrawal from the Mine Ban Treaty");
  });

  it("is a 404 for an unknown treaty or a name that is not a feed", async () => {
    for (const path of ["/feeds/tpnw.atom", "/feeds/ccm.rss", "/feeds/ccm"]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).toContain("/feeds/ccm.atom");
    }
  });

  it("builds its links from the address the request was made to", async () => {
    const { feed } = await atomOf(
      await get("/feeds/ccm.atom", {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "t.example",
        "x-forwarded-proto": "https",
      }),
    );
    expect(feed.link).toContainEqual({ rel: "alternate", href: "https://t.example/treaties/ccm" });
  });
});

describe("a new action", () => {
  it("is at the top of the feeds on the next request, with its source, and the ETag moves", async () => {
    const before = await get("/feeds/ccm.atom");
    const today = todayIso();
    const saved = await recordAction(editor, {
      treaty: "ccm",
      state: "United States",
      type: "accession",
      depositedOn: today,
      effectiveOn: null,
      effectDeferred: false,
      source: "https://example.org/usa-accession",
      confidence: "confirmed",
      note: null,
    });
    expect(saved.ok).toBe(true);
    for (const path of ["/feeds/ccm.atom", "/feeds/actions.atom"]) {
      const response = await get(path);
      const [top] = (await atomOf(response)).feed.entry;
      expect({ path, id: top?.id }).toEqual({ path, id: `tag:tracker.example.org,2026:ccm/USA/accession/${today}` });
      expect(top?.summary).toContain('Source: <a href="https://example.org/usa-accession">');
    }
    const after = await get("/feeds/ccm.atom", { ...HOST, "if-none-match": before.headers.get("etag") ?? "" });
    expect(after.status).toBe(200);
  });
});
