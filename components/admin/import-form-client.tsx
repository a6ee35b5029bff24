"use client";
// Bulk import: choose a treaty and a CSV file, preview what each row would do
// (computed on the server, nothing saved), then import all of it or nothing.
// The file is read here and sent as text, for the preview and again for the
// import: the server checks everything anew before writing.
import { useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { commitImportAction, previewImportAction } from "@/lib/actions/import";
import type { FormState } from "@/lib/actions/form-state";
import { MAX_IMPORT_BYTES, rowsToWrite, tooLargeProblem, type ImportPreview } from "@/lib/admin/import-result";
import type { FieldErrors } from "@/lib/admin/write-result";
import { ErrorSummary } from "./error-summary";
import { SelectField, TextAreaField, TextField, type Option } from "./field";
import { ImportPreviewTable } from "./import-preview";
import { countsSentence, importLabel, nextStep, orderedRows } from "./import-rows";
import { Notice } from "./notice";
import { useFocusOnError } from "./use-focus-on-error";

const FIELDS = {
  treaty: { id: "import-treaty", label: "Treaty" },
  file: { id: "import-file", label: "CSV file" },
  reason: { id: "import-reason", label: "Reason for the import" },
};
/** Names the server actions' checks may use for what the form sends on its own. */
const OTHER_LABELS = { csv: "CSV file", fileName: "CSV file's name" };
const FORMAT = "state,action,deposited_on,effective_on,source,confidence,note";
const NO_ANSWER = "The server did not answer. Try again; if the file is large, split it into smaller files.";

/** A preview on screen, with what it was computed from (the import sends the same file again). */
type Shown = { preview: ImportPreview; csv: string; fileName: string };

function refusal(message: string | null, fieldErrors: FieldErrors): FormState {
  const count = Object.keys(fieldErrors).length;
  const summary = message ?? (count === 1 ? "One field needs attention." : `${count} fields need attention.`);
  return { status: "error", message: summary, fieldErrors, values: {} };
}
const idle: FormState = { status: "idle", message: null, fieldErrors: {}, values: {} };

export function ImportFormClient({ treaties }: { treaties: readonly Option[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormState>(idle);
  const [shown, setShown] = useState<Shown | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const summaryRef = useFocusOnError(errors);
  const stale = () => setShown(null);

  function preview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const treaty = String(data.get("treaty") ?? "");
    const file = data.get("file");
    const fieldErrors: FieldErrors = {};
    if (!treaty) fieldErrors.treaty = ["is required: choose the treaty the rows belong to"];
    if (!(file instanceof File) || file.name === "") fieldErrors.file = ["is required: choose a CSV file"];
    else if (file.size > MAX_IMPORT_BYTES) fieldErrors.file = [tooLargeProblem(file.size)];
    setImported(null);
    setShown(null);
    if (Object.keys(fieldErrors).length > 0 || !(file instanceof File)) return setErrors(refusal(null, fieldErrors));
    setErrors(idle);
    startTransition(async () => {
      try {
        const csv = await file.text();
        const result = await previewImportAction({ treaty, csv });
        if (result.ok) setShown({ preview: result, csv, fileName: file.name });
        else {
          const { form, ...others } = result.fieldErrors;
          setErrors(refusal(form?.[0] ?? null, others));
        }
      } catch {
        setErrors(refusal(NO_ANSWER, {}));
      }
    });
  }

  function commit(current: Shown) {
    const reason = String(new FormData(formRef.current ?? undefined).get("reason") ?? "");
    const { counts, treaty } = current.preview;
    startTransition(async () => {
      try {
        const result = await commitImportAction({
          treaty: treaty.slug,
          csv: current.csv,
          fileName: current.fileName,
          reason,
          expected: { added: counts.added, changed: counts.changed },
        });
        if (result.ok) {
          setErrors(idle);
          setShown(null);
          formRef.current?.reset();
          setImported(
            `Imported ${current.fileName} into the ${treaty.shortName}: ${result.added} added, ${result.changed} changed, ${result.unchanged} unchanged. Public pages show it now.`,
          );
          return;
        }
        setErrors(refusal(result.formError, result.fieldErrors));
        if (result.preview) setShown({ ...current, preview: result.preview });
      } catch {
        setErrors(refusal(NO_ANSWER, {}));
      }
    });
  }

  const counts = shown?.preview.counts;
  const rows = useMemo(() => (shown ? orderedRows(shown.preview.rows) : []), [shown]);
  return (
    <>
      {imported && <Notice>{imported}</Notice>}
      <form ref={formRef} onSubmit={preview} noValidate className="admin-form" aria-busy={pending}>
        <ErrorSummary state={errors} fields={FIELDS} otherLabels={OTHER_LABELS} ref={summaryRef} />
        <SelectField
          {...FIELDS.treaty}
          name="treaty"
          options={treaties}
          placeholder="Choose a treaty"
          errors={errors.fieldErrors.treaty}
          onChange={stale}
          required
        />
        <TextField
          {...FIELDS.file}
          name="file"
          type="file"
          accept=".csv,text/csv"
          hint={
            <>
              The seed files&apos; format, one treaty per file: the header <code>{FORMAT}</code> (optionally{" "}
              <code>effect_deferred</code>), then one action per row. At most 5 MB or 20,000 rows.
            </>
          }
          errors={errors.fieldErrors.file}
          onChange={stale}
          required
        />
        <TextAreaField
          {...FIELDS.reason}
          name="reason"
          hint="Where the rows come from, for the audit log: each written row's entry gives the file's name and this."
          errors={errors.fieldErrors.reason}
          rows={2}
          required
        />
        <button type="submit" disabled={pending}>
          Preview
        </button>
      </form>
      <section className="import-result" aria-labelledby="import-preview-heading">
        <h2 id="import-preview-heading">Preview</h2>
        <div aria-live="polite" data-testid="import-summary">
          {pending && <p>Working…</p>}
          {!pending && !shown && <p>Choose a treaty and a file, then Preview: nothing is saved until you import.</p>}
          {counts && (
            <>
              <p className="import-counts">{countsSentence(counts)}</p>
              <p>{nextStep(counts)}</p>
            </>
          )}
        </div>
        {shown && counts && (
          <>
            <button
              type="button"
              onClick={() => commit(shown)}
              disabled={pending || counts.refused > 0 || rowsToWrite(counts) === 0}
            >
              {importLabel(rowsToWrite(counts))}
            </button>
            <ImportPreviewTable fileName={shown.fileName} rows={rows} />
          </>
        )}
      </section>
    </>
  );
}
