// The outside list's controls: the date and the grouping its regions come from.
// A plain GET form, as on the treaty page: it works without JavaScript and its
// result is a shareable URL (?asOf=...&grouping=...).
import type { IsoDate } from "@/lib/domain/dates";
import { latestAllowedDate } from "@/lib/domain/date-bounds";

export function OutsideForm({
  action,
  asOf,
  grouping,
  groupings,
  min,
  max = latestAllowedDate(),
}: {
  action: string;
  asOf: IsoDate;
  grouping: string;
  groupings: readonly { slug: string; name: string }[];
  min: IsoDate;
  max?: IsoDate;
}) {
  return (
    <form className="as-of-form" action={action} method="get" aria-label="Choose the date and grouping">
      <label>
        As of
        <input type="date" name="asOf" defaultValue={asOf} min={min} max={max} required />
      </label>
      <label>
        Grouping
        <select name="grouping" defaultValue={grouping}>
          {groupings.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}
