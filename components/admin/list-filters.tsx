// The filters above an admin list: a plain GET form, so the filtered list is a
// link to share and works without JavaScript.
import Link from "next/link";
import type { IsoDate } from "@/lib/domain/dates";
import { SelectField, TextField } from "./field";
import { StateDatalist } from "./state-datalist";

type Values = {
  treaty: string | null;
  state: string | null;
  user?: number | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
};

type Props = {
  path: string;
  label: string;
  values: Values;
  treaties: readonly { slug: string; shortName: string }[];
  states: readonly { iso3: string; label: string }[];
  /** The audit log also filters by account and by day. */
  users?: readonly { id: number; label: string }[];
  /** Query parameters that could not be used (lib/validations/admin-filters.ts). */
  ignored: readonly string[];
};

export function ListFilters({ path, label, values, treaties, states, users, ignored }: Props) {
  return (
    <form className="admin-filters" action={path} method="get" aria-label={label}>
      <SelectField
        id="filter-treaty"
        name="treaty"
        label="Treaty"
        options={treaties.map((t) => ({ value: t.slug, label: t.shortName }))}
        placeholder="All treaties"
        defaultValue={values.treaty ?? ""}
      />
      <TextField
        id="filter-state"
        name="state"
        label="State"
        list="filter-states"
        autoComplete="off"
        defaultValue={values.state ?? ""}
      />
      <StateDatalist id="filter-states" states={states} />
      {users && (
        <>
          <SelectField
            id="filter-user"
            name="user"
            label="Account"
            options={users.map((u) => ({ value: String(u.id), label: u.label }))}
            placeholder="Everyone"
            defaultValue={values.user ? String(values.user) : ""}
          />
          <TextField id="filter-from" name="from" label="From (UTC day)" type="date" defaultValue={values.from ?? ""} />
          <TextField id="filter-to" name="to" label="To (UTC day)" type="date" defaultValue={values.to ?? ""} />
        </>
      )}
      <button type="submit">Filter</button>
      <Link href={path}>Clear the filters</Link>
      {ignored.length > 0 && <p className="field-error">Ignored, as they could not be read: {ignored.join(", ")}.</p>}
    </form>
  );
}
