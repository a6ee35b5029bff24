// What a dated page shows for a link it cannot show (a date that is not a
// date, before the treaty opened, too far ahead; an unknown counting rule or
// grouping): the parameter and the problem, named, and the form to pick another.
import type { ReactNode } from "react";
import { todayIso, type IsoDate } from "@/lib/domain/dates";
import type { QueryError } from "@/lib/validations/status-query";
import { AsOfForm } from "./as-of-form";

export function InvalidDate({
  heading,
  error,
  action,
  min,
  showCounting = true,
  form,
}: {
  heading: string;
  error: QueryError;
  action: string;
  min: IsoDate;
  showCounting?: boolean;
  /** The page's own controls, when they are not the date (and counting) form. */
  form?: ReactNode;
}) {
  return (
    <>
      <h1>{heading}</h1>
      <div role="alert" className="error-box">
        <p>
          {error.parameter === "asOf" ? "The date in this link" : "This link"} cannot be shown:{" "}
          <strong>{error.parameter}</strong> {error.message}.
        </p>
      </div>
      {form ?? <AsOfForm action={action} asOf={todayIso()} counting="deposit" min={min} showCounting={showCounting} />}
    </>
  );
}
