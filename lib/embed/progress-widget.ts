// The embeddable progress widget (/embed/{slug}/progress): a small HTML page
// that any site may frame, with the States Parties and the progress toward the
// current target in the site's own words (lib/views/target-wording.ts). No
// script, no font or stylesheet from elsewhere: inline CSS only, a few KB.
// Written as a string and served by a route handler, so the root layout (site
// header, Next's scripts) is not in it.
import type { IsoDate } from "../domain/dates";
import { countsFromSeries } from "../domain/series";
import type { Counting } from "../domain/status";
import { targetViews, type TargetView, type TreatySnapshot } from "../domain/treaty-snapshot";
import { formatDate } from "../format";
import { escapeHtml } from "../html-escape";
import { COUNTING_LABELS } from "../labels";
import type { EmbedQuery, EmbedSize } from "../validations/embed-query";
import { targetGapSentence, targetProjectionSentence } from "../views/target-wording";

const STYLE = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;line-height:1.4}
body{margin:0;font-size:14px}main{padding:.6rem .9rem}
h1{font-size:1.05rem;margin:0 0 .2rem}a{color:#0b5394}a:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
p{margin:.3rem 0}.count{margin:0}.count strong{font-size:2rem;line-height:1.1;color:#2166ac}
.muted{color:#555;font-size:.85rem}.label{font-weight:600;margin-top:.5rem}progress{width:100%;height:.8rem;accent-color:#2166ac}
.compact body{font-size:13px}.compact main{padding:.4rem .6rem}.compact h1{font-size:.95rem;margin:0}.compact .count strong{font-size:1.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`
  .trim()
  .replaceAll("\n", "");

/** The target shown: the first whose deadline has not passed, else the latest. */
export function currentTarget(targets: readonly TargetView[]): TargetView | undefined {
  return targets.find((t) => !t.progress.standing.deadlinePassed) ?? targets.at(-1);
}

const NEW_TAB = `<span class="visually-hidden"> (opens in a new tab)</span>`;

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(text)}${NEW_TAB}</a>`;
}

function targetHtml(target: TargetView, size: EmbedSize): string {
  const { progress } = target;
  const shown = progress.standing.value;
  const label = size === "compact" ? "" : `<p class="label" id="target-label">${escapeHtml(target.label)}</p>`;
  const named = size === "compact" ? `aria-label="${escapeHtml(target.label)}"` : `aria-labelledby="target-label"`;
  const projection =
    size === "compact"
      ? ""
      : `<p class="muted">Now ${progress.valueAsOf}. ${escapeHtml(targetProjectionSentence(progress))}</p>`;
  return (
    label +
    `<progress max="${target.value}" value="${Math.min(shown, target.value)}" ${named} aria-describedby="target-gap">${shown} of ${target.value}</progress>` +
    `<p id="target-gap">${escapeHtml(targetGapSentence(target))}</p>` +
    projection
  );
}

/** The rule in a few words, for the compact size. */
const SHORT_COUNTING: Record<Counting, string> = {
  deposit: "counted from deposit",
  "in-force": "counted from entry into force",
};

function checkedNote(checkedOn: IsoDate, asOf: IsoDate, size: EmbedSize): string {
  const checked = formatDate(checkedOn);
  if (size === "compact") return `<p class="muted">UN depositary record as at ${checked}.</p>`;
  const later = asOf > checkedOn ? ` Events after ${checked} may not be recorded yet.` : "";
  return `<p class="muted">Checked against the UN depositary record as at ${checked}.${later}</p>`;
}

/** The widget's whole HTML document for the treaty on `asOf`. */
export function renderProgressWidget(
  snapshot: TreatySnapshot,
  { asOf, counting, size }: EmbedQuery & { asOf: IsoDate },
): string {
  const parties = countsFromSeries(snapshot.series[counting], asOf, snapshot.stateIsos.length).statesParties;
  const target = currentTarget(targetViews(snapshot, asOf));
  const page = `/treaties/${snapshot.slug}${counting === "deposit" ? "" : `?counting=${counting}`}`;
  const name = escapeHtml(snapshot.shortName);
  const rule = `On ${formatDate(asOf)}, ${(size === "compact" ? SHORT_COUNTING : COUNTING_LABELS)[counting]}.`;
  const body = [
    `<h1>${link(page, snapshot.shortName)}</h1>`,
    `<p class="count"><strong>${parties}</strong> States Parties</p>`,
    `<p class="muted">${escapeHtml(rule)}</p>`,
    target ? targetHtml(target, size) : "",
    checkedNote(snapshot.depositaryCheckedOn, asOf, size),
    size === "compact" ? "" : `<p>${link(page, "Every state's status, with sources")}</p>`,
  ].join("");
  return (
    `<!doctype html><html lang="en"${size === "compact" ? ` class="compact"` : ""}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${name}: ${parties} States Parties</title><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>`
  );
}
