// How current a treaty's data is: the date of the UN depositary page it was last
// checked against, and, when the view can show a later day, that later events may
// be missing. The one place this wording lives (downloads and the API carry the date).
import type { IsoDate } from "@/lib/domain/dates";
import type { Period } from "@/lib/domain/periods";
import { formatDate } from "@/lib/format";

/**
 * The days a view may show: one date, or a period when the cached page serves
 * several (a treaty page's period; `until: null` for a page that moves on with
 * the days, such as today's).
 */
export type ShownDays = IsoDate | Period;

/** Whether any day shown can be later than the check, so events after it may not be recorded yet. */
function mayMissLaterEvents(checkedOn: IsoDate, shows: ShownDays): boolean {
  const lastDay = typeof shows === "string" ? shows : shows.until;
  return lastDay === null || lastDay > checkedOn;
}

export function FreshnessNote({ checkedOn, shows }: { checkedOn: IsoDate; shows: ShownDays }) {
  const checked = formatDate(checkedOn);
  return (
    <p className="muted" data-testid="freshness-note">
      Checked against the UN depositary record as at {checked}.
      {mayMissLaterEvents(checkedOn, shows) && ` Events after ${checked} may not be recorded yet.`}
    </p>
  );
}
