import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ActionFeed, FeedAction } from "../data/action-feed";
import { seedSnapshot } from "../embed/seed-snapshots.test-support";
import { buildActionsAtom } from "./atom-feed";

const ORIGIN = "https://tracker.example.org";

type Link = { rel?: string; href: string };
type Entry = { id: string; title: string; updated: string; link: Link[]; summary: string };
type Atom = {
  feed: {
    xmlns: string;
    id: string;
    title: string;
    updated: string;
    author: { name: string };
    link: Link[];
    entry?: Entry[];
  };
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  textNodeName: "text",
  isArray: (name) => name === "entry" || name === "link",
  // Titles and summaries are type="html": keep their text, not the attribute object.
  updateTag: (_name, _path, attributes) => {
    if (attributes) delete attributes.type;
    return true;
  },
});
const parse = (xml: string) => parser.parse(xml) as Atom;

/** The CCM's latest 100 actions, as lib/data/action-feed.ts lists them, with the depositary as source. */
function ccmFeed(): ActionFeed {
  const snapshot = seedSnapshot("ccm");
  const treaty = {
    slug: snapshot.slug,
    shortName: snapshot.shortName,
    depositaryUrl: snapshot.depositaryUrl,
    depositaryReference: snapshot.depositaryReference,
  };
  const actions: FeedAction[] = snapshot.recentActions.slice(0, 100).map((a) => ({
    treaty,
    iso3: a.stateIso3,
    stateName: snapshot.stateByIso.get(a.stateIso3)?.shortName ?? a.stateIso3,
    type: a.type,
    depositedOn: a.depositedOn,
    source: snapshot.depositaryUrl,
  }));
  return { treaty, actions, checkedOn: snapshot.depositaryCheckedOn };
}

describe("the Atom feed of actions", () => {
  it("has the feed elements RFC 4287 requires, updated at its latest entry", () => {
    const feed = ccmFeed();
    const { feed: atom } = parse(buildActionsAtom(feed, ORIGIN));
    expect(atom.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(atom.id).toBe("tag:tracker.example.org,2026:feeds/ccm");
    expect(atom.title).toBe("Convention on Cluster Munitions: treaty actions");
    expect(atom.author.name).toBe("Treaty Tracker");
    expect(atom.updated).toBe(`${feed.actions[0]?.depositedOn}T00:00:00.000Z`);
    expect(atom.link).toEqual(
      expect.arrayContaining([
        { rel: "self", href: `${ORIGIN}/feeds/ccm.atom` },
        { rel: "alternate", href: `${ORIGIN}/treaties/ccm` },
      ]),
    );
  });

  it("lists one entry per action, newest first, linking to the state's page", () => {
    const feed = ccmFeed();
    const entries = parse(buildActionsAtom(feed, ORIGIN)).feed.entry ?? [];
    expect(entries).toHaveLength(100);
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort((a, b) => b.localeCompare(a)));
    for (const entry of entries) {
      expect(entry.title).toBeTruthy();
      expect(entry.summary).toBeTruthy();
      expect(entry.link).toEqual([
        { href: expect.stringMatching(/^https:\/\/tracker\.example\.org\/states\/[A-Z]{3}$/) },
      ]);
    }
  });

  it("gives every entry a unique tag: id that stays the same from one build to the next", () => {
    const ids = (parse(buildActionsAtom(ccmFeed(), ORIGIN)).feed.entry ?? []).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("tag:tracker.example.org,2026:ccm/NIU/accession/2020-08-06");
    const again = (parse(buildActionsAtom(ccmFeed(), ORIGIN)).feed.entry ?? []).map((e) => e.id);
    expect(again).toEqual(ids);
  });

  it("titles an action in words and gives its date in words and its source", () => {
    const entries = parse(buildActionsAtom(ccmFeed(), ORIGIN)).feed.entry ?? [];
    const niue = entries.find((e) => e.id.endsWith(":ccm/NIU/accession/2020-08-06"));
    expect(niue?.title).toBe("Niue: accession to the Convention on Cluster Munitions");
    expect(niue?.updated).toBe("2020-08-06T00:00:00.000Z");
    expect(niue?.summary).toContain(
      "Niue deposited its instrument of accession to the Convention on Cluster Munitions on 6 Aug 2020.",
    );
    expect(niue?.summary).toContain(
      'Source: <a href="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&amp;mtdsg_no=XXVI-6&amp;chapter=26&amp;clang=_en">UN depositary record, MTDSG XXVI-6</a>',
    );
    const lithuania = entries.find((e) => e.id.endsWith(":ccm/LTU/withdrawal/2024-09-06"));
    expect(lithuania?.title).toBe("Lithuania: notice of withdrawal from the Convention on Cluster Munitions");
  });

  it("escapes names and sources, and says a source that is not a link as text", () => {
    const feed = ccmFeed();
    const [first] = feed.actions;
    if (!first) throw new Error("no action");
    const odd = { ...first, stateName: "A & <B>", source: "Letter of 1 May <2026>" };
    const xml = buildActionsAtom({ ...feed, actions: [odd] }, ORIGIN);
    const [entry] = parse(xml).feed.entry ?? [];
    expect(entry?.title).toContain("A &amp; &lt;B&gt;:");
    expect(entry?.summary).toContain("<p>Source: Letter of 1 May &lt;2026&gt;</p>");
  });

  it("is still a valid feed with no entry: the treaty's check date as its date, every treaty's ids", () => {
    const { feed: atom } = parse(
      buildActionsAtom({ treaty: null, actions: [], checkedOn: "2026-02-03" }, "http://127.0.0.1:3000"),
    );
    expect(atom.id).toBe("tag:127.0.0.1,2026:feeds/actions");
    expect(atom.updated).toBe("2026-02-03T00:00:00.000Z");
    expect(atom.entry).toBeUndefined();
    expect(atom.link).toEqual(
      expect.arrayContaining([
        { rel: "self", href: "http://127.0.0.1:3000/feeds/actions.atom" },
        { rel: "alternate", href: "http://127.0.0.1:3000/" },
      ]),
    );
  });
});
