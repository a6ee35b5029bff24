"use client";
// The embed code to copy, with this site's address in it. The treaty page is
// cached once for every host name the site answers to, so the address is read
// in the browser: the server's HTML (and a browser without JavaScript) shows
// the paths and says to put the site's address before them.
import { useId, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const useSiteOrigin = () =>
  useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );

const attribute = (text: string) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

function Snippet({ label, code }: { label: string; code: string }) {
  const id = useId();
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={code} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

export function EmbedSnippetsClient({ slug, shortName }: { slug: string; shortName: string }) {
  const origin = useSiteOrigin();
  const name = attribute(shortName);
  const widget = `<iframe src="${origin}/embed/${slug}/progress" title="${name}: States Parties and progress" width="340" height="400" style="border:1px solid #c6ced6;border-radius:8px"></iframe>`;
  const badge = `<a href="${origin}/treaties/${slug}"><img src="${origin}/embed/${slug}/badge.svg" alt="${name}: number of States Parties"></a>`;
  return (
    <>
      {!origin && (
        <p className="muted">
          Put this site’s address, as in your browser’s address bar, before each /embed/ and /treaties/ in the code.
        </p>
      )}
      <Snippet label="Widget (an iframe)" code={widget} />
      <Snippet label="Badge (an image)" code={badge} />
    </>
  );
}
