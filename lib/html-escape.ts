// Text placed in HTML or XML that the app writes as a string (the embeddable
// widget and badge, the feeds' summaries): names and sources are data an admin
// can edit, so every value is escaped, in text and in quoted attributes alike.
const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ENTITIES[c] ?? c);
}
