"use client";
// What saving would change, recomputed on the server ~300 ms after the editor
// stops typing, with the same rules as the public pages. Nothing is saved.
import { useEffect, useState } from "react";
import { previewActionAction } from "@/lib/actions/treaty-actions";
import type { PreviewResult } from "@/lib/admin/preview-action";
import { ACTION_FIELD_LABELS } from "./action-form-fields";
import { fieldErrorSentence } from "./field-errors";
import { previewSentences } from "./preview-sentences";

// The source too: previewActionAction validates the whole action (see the report on lib/actions).
const NEEDED = ["treaty", "state", "type", "depositedOn"] as const;
const DEBOUNCE_MS = 300;
const FAILED: PreviewResult = {
  ok: false,
  fieldErrors: { form: ["The preview could not be computed just now; saving still checks everything"] },
};

type Shown = { values: Record<string, string>; result: PreviewResult };

function Problems({ fieldErrors }: { fieldErrors: Extract<PreviewResult, { ok: false }>["fieldErrors"] }) {
  const labels: Record<string, string> = ACTION_FIELD_LABELS;
  const lines = Object.entries(fieldErrors).flatMap(([name, messages = []]) =>
    messages.map((message) => (labels[name] ? fieldErrorSentence(labels[name], message) : `${message}.`)),
  );
  return (
    <>
      <p>No preview yet:</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

export function ActionPreviewClient({ values, replacing }: { values: Record<string, string>; replacing?: number }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const ready = NEEDED.every((name) => values[name]?.trim());
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const timer = setTimeout(() => {
      previewActionAction(values, replacing).then(
        (result) => {
          if (live) setShown({ values, result });
        },
        () => {
          if (live) setShown({ values, result: FAILED });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [values, ready, replacing]);

  const result = ready ? shown?.result : undefined;
  return (
    <section className="preview-panel" aria-labelledby="action-preview-heading">
      <h2 id="action-preview-heading">Preview</h2>
      <div aria-live="polite" aria-busy={ready && shown?.values !== values} data-testid="action-preview">
        {!result && (
          <p>
            {ready
              ? "Working out what saving would change…"
              : "Fill in the treaty, the state, the action type, the deposit date and the source to see what saving would change."}
          </p>
        )}
        {result?.ok &&
          previewSentences(result.preview, result.stateName, values.type ?? "").map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        {result && !result.ok && <Problems fieldErrors={result.fieldErrors} />}
      </div>
      <p className="field-hint">
        Computed on the log as it is now, with the rules of the public pages. Nothing is saved yet.
      </p>
    </section>
  );
}
