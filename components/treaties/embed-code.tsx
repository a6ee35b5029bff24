import { EmbedSnippetsClient } from "./embed-snippets-client";

// Feeds are files served by route handlers, not pages: plain links, no client navigation.
const feedHref = (name: string) => `/feeds/${name}.atom`;

/** The treaty page's "Embed" section: the widget and badge code to copy, and the treaty's feed. */
export function EmbedCode({ slug, shortName }: { slug: string; shortName: string }) {
  return (
    <details className="embed-code">
      <summary>Embed these numbers on your site, or follow new actions</summary>
      <p>
        The widget shows the States Parties and the progress toward the current target, and follows the record as it
        changes. It has no script and weighs a few kilobytes; add <code>?size=compact</code> to its address for a
        smaller one (about 180 pixels high), or <code>?counting=in-force</code> to count from entry into force (also for
        the badge).
      </p>
      <EmbedSnippetsClient slug={slug} shortName={shortName} />
      <p>
        Follow new signatures, ratifications, accessions and withdrawals in a feed reader:{" "}
        <a href={feedHref(slug)} type="application/atom+xml">
          Atom feed of the {shortName}
        </a>{" "}
        ·{" "}
        <a href={feedHref("actions")} type="application/atom+xml">
          Atom feed of every treaty
        </a>
        .
      </p>
    </details>
  );
}
