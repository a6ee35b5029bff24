// The date and counting controls: a plain GET form, so it works without
// JavaScript and its result is a shareable URL (?asOf=...&counting=...).
import type { IsoDate } from "@/lib/domain/dates";
import { COUNTING_RULES, type Counting } from "@/lib/domain/status";
import { COUNTING_LABELS } from "@/lib/labels";
import { latestAllowedDate } from "@/lib/domain/date-bounds";
import { RequestedDateInput, type ShownDate } from "./requested-date";

/** `asOf` is a date the server knows, or (treaty pages, cached per period) a period whose exact day only the URL knows. */
export function AsOfForm({
  action,
  asOf,
  counting,
  min,
  max = latestAllowedDate(),
  showCounting = true,
}: {
  action: string;
  asOf: IsoDate | ShownDate;
  counting?: Counting;
  min: IsoDate;
  max?: IsoDate;
  showCounting?: boolean;
}) {
  return (
    <form className="as-of-form" action={action} method="get" aria-label="Choose the date and counting rule">
      <label>
        As of
        {typeof asOf === "string" ? (
          <input type="date" name="asOf" defaultValue={asOf} min={min} max={max} required />
        ) : (
          <RequestedDateInput shown={asOf} min={min} max={max} />
        )}
      </label>
      {showCounting && (
        <fieldset>
          <legend>Count States Parties</legend>
          {COUNTING_RULES.map((rule) => (
            <label key={rule}>
              <input type="radio" name="counting" value={rule} defaultChecked={counting === rule} />
              {COUNTING_LABELS[rule]}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit">Show</button>
    </form>
  );
}
