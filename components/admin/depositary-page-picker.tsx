// Where the status page comes from: the HTML file saved from the UN Treaty
// Collection, or its HTML pasted. Either is read here, in the browser, and
// checked for size before anything is sent.
import { useState, type ChangeEvent } from "react";
import { TextAreaField, TextField } from "./field";

export type ChosenPage = { text: string; from: string; bytes: number };

type Props = {
  chosen: ChosenPage | null;
  onChoose: (page: ChosenPage | null) => void;
  maxBytes: number;
  /** "MTDSG XXVI-6" */
  expected: string;
};

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en-GB")} KB`;
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? kilobytes(bytes) : `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

export function DepositaryPagePicker({ chosen, onChoose, maxBytes, expected }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const tooLarge = (bytes: number) =>
    `is too large (${size(bytes)}): the depositary's status pages are about 200 KB, and at most ${size(maxBytes)} is accepted`;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setProblem(null);
    if (!file) return onChoose(null);
    if (file.size > maxBytes) {
      setProblem(tooLarge(file.size));
      return onChoose(null);
    }
    onChoose({ text: await file.text(), from: file.name, bytes: file.size });
  }

  function onPaste(event: ChangeEvent<HTMLTextAreaElement>) {
    const text = event.currentTarget.value;
    const bytes = new TextEncoder().encode(text).length;
    setProblem(bytes > maxBytes ? tooLarge(bytes) : null);
    onChoose(text.trim() && bytes <= maxBytes ? { text, from: "the pasted HTML", bytes } : null);
  }

  return (
    <fieldset className="depositary-picker">
      <legend>The status page</legend>
      <p className="field-hint">
        On the UN Treaty Collection site, open the treaty&apos;s status page ({expected}, “View details”) and save it as
        HTML. Choose the file, or paste the page&apos;s HTML.
      </p>
      <TextField
        id="depositary-file"
        label="Saved status page"
        type="file"
        accept=".html,.htm,text/html"
        errors={problem ? [problem] : undefined}
        onChange={onFile}
      />
      <TextAreaField
        id="depositary-html"
        label="Or paste the page's HTML"
        rows={3}
        spellCheck={false}
        onChange={onPaste}
      />
      <p className="field-hint" data-testid="depositary-chosen">
        {chosen ? `To check: ${chosen.from} (${size(chosen.bytes)}).` : "No page chosen yet."}
      </p>
    </fieldset>
  );
}
