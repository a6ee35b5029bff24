// What a dated page shows for a link it cannot show (a date that is not a
// date, before the treaty opened, too far ahead; an unknown counting rule):
// the parameter and the problem, named, and the date form to pick another.
import { todayIso, type IsoDate } from "@/lib/domain/dates";
import type { QueryError } from "@/lib/validations/status-query";
import { AsOfForm } from "./as-of-form";

export function InvalidDate({
  heading,
  error,
  action,
  min,
  showCounting = true,
}: {
  heading: string;
  error: QueryError;
  action: string;
  min: IsoDate;
  showCounting?: boolean;
}) {
  return (
    <>
      <h1>{heading}</h1>
      <div role="alert" className="error-box">
        <p>
          The date in this link cannot be shown: <strong>{error.parameter}</strong> {error.message}.
        </p>
      </div>
      <AsOfForm action={action} asOf={todayIso()} counting="deposit" min={min} showCounting={showCounting} />
    </>
  );
}
