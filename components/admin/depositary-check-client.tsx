"use client";
// The depositary check: choose the status page saved from the UN site (or
// paste its HTML), see what differs from the database state by state, tick
// what to apply, apply. The page's text stays here and goes with each step:
// the server parses and compares it anew before writing anything.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import {
  applyDepositaryDifferencesAction,
  checkDepositaryPageAction,
  type DepositaryState,
} from "@/lib/actions/depositary-check";
import type { IsoDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { DepositaryDifferences } from "./depositary-differences";
import { DepositaryPagePicker, type ChosenPage } from "./depositary-page-picker";
import { DepositaryResults } from "./depositary-results";
import { DepositarySummary } from "./depositary-summary";

type Props = {
  treaty: { slug: string; shortName: string; depositaryReference: string; depositaryCheckedOn: IsoDate };
  maxBytes: number;
};

const IDLE: DepositaryState = { status: "idle" };
const NO_ANSWER = "The server did not answer. Try again; if it happens again, reload the page.";

async function step(previous: DepositaryState, formData: FormData): Promise<DepositaryState> {
  try {
    return formData.get("intent") === "apply"
      ? await applyDepositaryDifferencesAction(previous, formData)
      : await checkDepositaryPageAction(previous, formData);
  } catch {
    return { status: "error", message: NO_ANSWER };
  }
}

export function DepositaryCheckClient({ treaty, maxBytes }: Props) {
  const [page, setPage] = useState<ChosenPage | null>(null);
  /** The page the differences shown were computed from: choosing another hides them until it is checked. */
  const [checked, setChecked] = useState<ChosenPage | null>(null);
  const [state, dispatch, pending] = useActionState(step, IDLE);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);

  function send(intent: "check" | "apply", form?: HTMLFormElement) {
    if (!page) return;
    if (intent === "check") setChecked(page);
    const data = new FormData(form);
    data.set("intent", intent);
    data.set("treaty", treaty.slug);
    data.set("page", page.text);
    startTransition(() => dispatch(data));
  }
  const onCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send("check");
  };
  const onApply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send("apply", event.currentTarget);
  };

  const current = page !== null && page === checked;
  const shown = !current
    ? null
    : state.status === "checked"
      ? state.check
      : state.status === "applied"
        ? state.outcome.after
        : null;
  const checkedOn =
    state.status === "applied"
      ? state.outcome.checkedOn.after
      : state.status === "checked"
        ? state.checkedOn
        : treaty.depositaryCheckedOn;
  return (
    <>
      <p>
        Checked against the depositary record as at{" "}
        <strong data-testid="depositary-checked-on">{formatDate(checkedOn)}</strong>.
      </p>
      <form onSubmit={onCheck} noValidate className="admin-form" aria-busy={pending}>
        <DepositaryPagePicker
          chosen={page}
          onChoose={setPage}
          maxBytes={maxBytes}
          expected={treaty.depositaryReference}
        />
        <button type="submit" disabled={!page || pending}>
          Check the page
        </button>
      </form>
      <div role="alert" ref={alertRef} tabIndex={-1} className={state.status === "error" ? "error-summary" : undefined}>
        {state.status === "error" && <p className="error-summary-title">{state.message}</p>}
      </div>
      <div aria-live="polite" data-testid="depositary-status">
        {pending && <p>Working…</p>}
        {!pending && current && state.status === "applied" && (
          <DepositaryResults outcome={state.outcome} shortName={treaty.shortName} />
        )}
        {!pending && shown && (
          <DepositarySummary check={shown} checkedOn={state.status === "checked" ? state.checkedOn : null} />
        )}
      </div>
      {shown && (
        <DepositaryDifferences
          key={shown.differences.map((difference) => difference.id).join(" ")}
          check={shown}
          checkedOn={checkedOn}
          pending={pending}
          onApply={onApply}
        />
      )}
    </>
  );
}
