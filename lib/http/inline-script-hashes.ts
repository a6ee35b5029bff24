// The hashes a cached page's script policy lists (lib/http/script-policy.ts).
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

/**
 * The CSP source ('sha256-...') of every inline script in a page, in order.
 * Read with an HTML tokenizer: a script's text is hashed exactly as the
 * browser reads it, raw, between its tags.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  let inScript = false;
  let external = false;
  let text = "";
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== "script") return;
        inScript = true;
        external = "src" in attributes;
        text = "";
      },
      ontext(chunk) {
        if (inScript) text += chunk;
      },
      onclosetag(name) {
        if (name !== "script" || !inScript) return;
        inScript = false;
        if (!external) hashes.push(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return [...new Set(hashes)];
}
