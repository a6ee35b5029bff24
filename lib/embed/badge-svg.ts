// The badge (/embed/{slug}/badge.svg): "CCM | 112 States Parties" as a small
// SVG in the style of build badges, for an <img> on any site. Accessible: it
// has role="img" and a <title> saying the same as its text. No script, no
// font from elsewhere (a system font stack; textLength fits the text to the
// widths estimated here, whatever font the viewer has).
import { escapeHtml } from "../html-escape";
import { STATUS_FILLS } from "../status-colors";

/** "Convention on Cluster Munitions" -> "CCM": a long name as the initials of its capitalised words; a short one as it is. */
export function badgeLabel(shortName: string): string {
  if (shortName.length <= 16) return shortName;
  const initials = shortName
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
  return initials.length >= 2 ? initials : shortName;
}

const NARROW = new Set("fijlrtI.,:;!' ()[]|");
const WIDE = new Set("mwMW");

/** An estimate of the text's width at 11px in Verdana-like fonts, in pixels. */
export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    if (NARROW.has(c)) width += 3.9;
    else if (WIDE.has(c)) width += 10.7;
    else if (/[A-Z0-9]/.test(c)) width += 7.6;
    else width += 6.6;
  }
  return Math.ceil(width);
}

const PAD = 6;
const LABEL_FILL = "#555"; // 7.5:1 with white text
const VALUE_FILL = STATUS_FILLS.party; // 5.9:1 with white text

export function renderBadgeSvg(label: string, value: string): string {
  const labelWidth = textWidth(label) + 2 * PAD;
  const valueWidth = textWidth(value) + 2 * PAD;
  const width = labelWidth + valueWidth;
  const said = escapeHtml(`${label}: ${value}`);
  const text = (x: number, content: string) =>
    `<text x="${x}" y="14" textLength="${textWidth(content)}" lengthAdjust="spacingAndGlyphs">${escapeHtml(content)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${said}">` +
    `<title>${said}</title>` +
    `<rect width="${labelWidth}" height="20" fill="${LABEL_FILL}"/>` +
    `<rect x="${labelWidth}" width="${valueWidth}" height="20" fill="${VALUE_FILL}"/>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,'DejaVu Sans',Geneva,sans-serif" font-size="11">` +
    text(labelWidth / 2, label) +
    text(labelWidth + valueWidth / 2, value) +
    `</g></svg>`
  );
}
