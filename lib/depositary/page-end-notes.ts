// The end notes of a status page ("End Note" section): each note's number, its
// text, and the withdrawal notices in it. A participant points to its notes with
// a superscript number, which the note repeats as an anchor (<a name='3'>3</a>).
import type { CheerioAPI } from "cheerio/slim";
import { withdrawalNotices } from "./end-notes";
import type { EndNote } from "./status-page";

export function readEndNotes($: CheerioAPI): EndNote[] {
  return $(".divNotesAll, [id$='_divNotesAll']")
    .toArray()
    .flatMap((element): EndNote[] => {
      const note = $(element).clone();
      const anchor = note.find("a[name]").first();
      const number = Number(anchor.attr("name") ?? /^\s*(\d+)/.exec(note.text())?.[1]);
      if (!Number.isInteger(number)) return [];
      anchor.remove();
      note.find("br").replaceWith(" ");
      const text = note.text().replace(/\s+/g, " ").trim();
      return [{ number, text, withdrawals: withdrawalNotices(text) }];
    })
    .filter((note, index, notes) => notes.findIndex((other) => other.number === note.number) === index);
}
