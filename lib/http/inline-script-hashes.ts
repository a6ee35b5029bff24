// The hashes a cached page's script policy lists (lib/http/script-policy.ts).
//
// Only the scripts Next writes are hashed, not every inline script of the page:
// a hash taken from the finished page would also bless a script that stored
// text had smuggled into it. Next's inline scripts only hand data over: its
// React data (`self.__next_f.push(...)`) and Turbopack's list of chunks
// (`globalThis["TURBOPACK"]...push(...)`), each with one JSON value as the
// argument. A script of that exact shape runs nothing of its own, so it is
// hashed; anything else is left out, and the browser refuses it.
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

const NEXT_DATA_CALLS = [
  "(self.__next_f=self.__next_f||[]).push(",
  "self.__next_f.push(",
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
];

/** Whether the script is one of Next's data hand-overs: a known call whose argument is one JSON value. */
export function isNextDataScript(text: string): boolean {
  const call = NEXT_DATA_CALLS.find((prefix) => text.startsWith(prefix));
  if (!call) return false;
  const end = text.endsWith(");") ? text.length - 2 : text.endsWith(")") ? text.length - 1 : -1;
  if (end < call.length) return false;
  try {
    JSON.parse(text.slice(call.length, end));
    return true;
  } catch {
    return false;
  }
}

/** The inline scripts of a page, their text as the browser reads it (raw, between the tags). */
function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
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
        if (!external) scripts.push(text);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return scripts;
}

/** The CSP source ('sha256-...') of each of Next's inline scripts in a page, once each. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = inlineScripts(html)
    .filter(isNextDataScript)
    .map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  return [...new Set(hashes)];
}
