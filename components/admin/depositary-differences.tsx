// The differences of a check, grouped by state, each with a box to tick (all
// ticked but the rows the page does not have: applying those deletes data),
// the names that matched no state, and what to check by hand.
import Link from "next/link";
import type { FormEvent } from "react";
import type { DepositaryCheck } from "@/lib/admin/depositary-records";
import { changeLabel, describeAction, KIND_LABELS, pageReference } from "@/lib/depositary/describe";
import type { Difference } from "@/lib/depositary/diff";
import type { IsoDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { CheckboxField } from "./field";

type Props = {
  check: DepositaryCheck;
  checkedOn: IsoDate;
  pending: boolean;
  onApply: (event: FormEvent<HTMLFormElement>) => void;
};

function Detail({ difference }: { difference: Difference }) {
  const { kind, page, here } = difference;
  const where = page && pageReference(page);
  return (
    <>
      {KIND_LABELS[kind]}. The page: {page ? `${describeAction(page)}${where ? ` (${where})` : ""}` : "nothing"}. Here:{" "}
      {here ? (
        <>
          {describeAction(here)} (<Link href={`/admin/actions/${here.id}`}>row {here.id}</Link>)
        </>
      ) : (
        "nothing"
      )}
      .{kind === "not-on-page" && " Applying it deletes the row (it stays in the audit log)."}
    </>
  );
}

function byState(differences: readonly Difference[]) {
  const groups = new Map<string, Difference[]>();
  for (const difference of differences) {
    groups.set(difference.state.iso3, [...(groups.get(difference.state.iso3) ?? []), difference]);
  }
  return [...groups.values()];
}

export function DepositaryDifferences({ check, checkedOn, pending, onApply }: Props) {
  const { page, differences, unmatched, problems, clean } = check;
  const asAt = formatDate(page.statusAsAt);
  const movesDate = page.statusAsAt > checkedOn;
  if (clean && !movesDate) return null;
  return (
    <section aria-labelledby="differences-heading" className="depositary-differences">
      <h2 id="differences-heading">Differences from the page as at {asAt}</h2>
      {unmatched.length > 0 && (
        <>
          <h3>Names that match no state</h3>
          <p>
            These were not compared: the database knows no state by that name (depositary or short name). Fix the
            state&apos;s names, or check these by hand.
          </p>
          <ul data-testid="depositary-unmatched">
            {unmatched.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {problems.length > 0 && (
        <>
          <h3>To check by hand</h3>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={onApply} noValidate className="admin-form">
        {byState(differences).map((group) => {
          const state = group[0]?.state;
          return (
            <fieldset key={state?.iso3} className="depositary-state">
              <legend>{state?.name}</legend>
              {group.map((difference) => (
                <CheckboxField
                  key={difference.id}
                  id={`difference-${difference.id.replace(/\W/g, "-")}`}
                  name="difference"
                  value={difference.id}
                  label={changeLabel(difference)}
                  hint={<Detail difference={difference} />}
                  defaultChecked={difference.kind !== "not-on-page"}
                />
              ))}
            </fieldset>
          );
        })}
        <p className="field-hint">
          Each ticked difference is written as an editor&apos;s change would be (same rules, audit log), with the
          treaty&apos;s depositary page as its source. When nothing is left to apply, the treaty is marked as checked
          against the depositary record as at {asAt}.
        </p>
        {(differences.length > 0 || clean) && (
          <button type="submit" disabled={pending}>
            {differences.length > 0 ? "Apply the ticked differences" : `Mark as checked as at ${asAt}`}
          </button>
        )}
      </form>
    </section>
  );
}
