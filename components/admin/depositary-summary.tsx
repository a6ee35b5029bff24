// One paragraph on the page just checked: which page, how many participants,
// and what the comparison found (read out by the live region when it changes).
import type { DepositaryCheck } from "@/lib/admin/depositary-records";
import type { IsoDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Props = {
  check: DepositaryCheck;
  /** Before anything is applied: the treaty's checked-as-at date. */ checkedOn: IsoDate | null;
};

export function DepositarySummary({ check, checkedOn }: Props) {
  const { page, differences, unmatched, problems, clean } = check;
  const found = [
    count(differences.length, "difference", "differences"),
    ...(unmatched.length > 0
      ? [count(unmatched.length, "name that matches no state", "names that match no state")]
      : []),
    ...(problems.length > 0 ? [count(problems.length, "point to check by hand", "points to check by hand")] : []),
  ];
  return (
    <p data-testid="depositary-summary">
      Status page of MTDSG {page.reference} ({page.title}) as at {formatDate(page.statusAsAt)}: {page.participants}{" "}
      participants. {clean ? `No differences: the data matches this page.` : `Found ${found.join(", ")}.`}{" "}
      {clean && checkedOn && page.statusAsAt <= checkedOn
        ? `The treaty is already checked against the depositary record as at ${formatDate(checkedOn)}.`
        : null}
    </p>
  );
}
