// The withdrawal notices in an end note's text, e.g. (MTDSG XXVI-5, note 1):
// "On 27 June 2025, the Government of the Republic of Estonia deposited with the
// Secretary-General a notification of withdrawal (See depositary notification
// C.N.360.2025.TREATIES-XXVI-5 of 3 July 2025). The withdrawal took effect for
// Estonia on 27 December 2025 in accordance with article 20 (3) of the Convention."
import { DAY_MONTH_YEAR, parseDayMonthYear } from "./page-dates";
import type { WithdrawalNotice } from "./status-page";

const NOTICE = new RegExp(
  String.raw`On (${DAY_MONTH_YEAR}),? ([^.]*?)(?:(?:notification|instrument|notice) of (?:withdrawal|denunciation)|(?:decision|intention) to withdraw)`,
  "g",
);
const EFFECT = new RegExp(
  String.raw`withdrawal (?:took|takes|will take|shall take) effect(?: for ([^.]*?))? on (${DAY_MONTH_YEAR})`,
);
const CN_REFERENCE = /C\.N\.\d+\.\d{4}\.TREATIES-[IVXLC]+[-.]\d+[a-z]?/;
const GOVERNMENT = /Government of (?:the )?(.+?) (?:deposited|notified|informed)/;
const SUBJECT = /^(?:the )?(.+?) (?:deposited|notified|informed)/;

/** Each notice of withdrawal in the text, with what follows it up to the next one. */
export function withdrawalNotices(text: string): WithdrawalNotice[] {
  const starts = [...text.matchAll(NOTICE)];
  return starts.flatMap((start, index) => {
    const noticeOn = parseDayMonthYear(start[1] ?? "");
    if (!noticeOn) return [];
    const rest = text.slice(start.index, starts[index + 1]?.index ?? text.length);
    const effect = EFFECT.exec(rest);
    const subject = start[2] ?? "";
    const named = effect?.[1] ?? GOVERNMENT.exec(subject)?.[1] ?? SUBJECT.exec(subject)?.[1] ?? "";
    return [
      {
        state: named.trim(),
        noticeOn,
        effectiveOn: effect?.[2] ? parseDayMonthYear(effect[2]) : null,
        cnReference: CN_REFERENCE.exec(rest)?.[0] ?? null,
      },
    ];
  });
}
