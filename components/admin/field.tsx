// A labelled control with its hint and its error beside it, tied together for
// screen readers (aria-describedby, aria-invalid). No hooks: server and client
// forms both use these.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { fieldErrorSentence } from "./field-errors";

type Frame = { id: string; label: string; hint?: ReactNode; errors?: string[] };
export type Option = { value: string; label: string };

function controlProps({ id, hint, errors }: Frame) {
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-describedby": described || undefined, "aria-invalid": errors?.length ? true : undefined };
}

function Notes({ id, label, hint, errors }: Frame) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.map((message) => fieldErrorSentence(label, message)).join(" ")}
        </p>
      ) : null}
    </>
  );
}

const shellClass = (frame: Frame, extra?: string) =>
  ["admin-field", frame.errors?.length ? "has-error" : null, extra].filter(Boolean).join(" ");

function Shell({ frame, className, children }: { frame: Frame; className?: string; children: ReactNode }) {
  return (
    <div className={shellClass(frame, className)}>
      <label htmlFor={frame.id}>{frame.label}</label>
      <Notes {...frame} />
      {children}
    </div>
  );
}

type InputProps = Frame & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

export function TextField({ id, label, hint, errors, className, ...input }: InputProps) {
  const frame = { id, label, hint, errors };
  return (
    <Shell frame={frame} className={className}>
      <input type="text" {...input} {...controlProps(frame)} />
    </Shell>
  );
}

type SelectProps = Frame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & { options: readonly Option[]; placeholder?: string };

export function SelectField({ id, label, hint, errors, className, options, placeholder, ...select }: SelectProps) {
  const frame = { id, label, hint, errors };
  return (
    <Shell frame={frame} className={className}>
      {/* Keyed by its default: after a form action React resets the form, and a select would
          return to the option it was first rendered with (facebook/react#30580). */}
      <select key={String(select.defaultValue ?? "")} {...select} {...controlProps(frame)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

type TextAreaProps = Frame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">;

export function TextAreaField({ id, label, hint, errors, className, ...textarea }: TextAreaProps) {
  const frame = { id, label, hint, errors };
  return (
    <Shell frame={frame} className={className}>
      <textarea rows={3} {...textarea} {...controlProps(frame)} />
    </Shell>
  );
}

export function CheckboxField({ id, label, hint, errors, className, ...input }: InputProps) {
  const frame = { id, label, hint, errors };
  return (
    <div className={shellClass(frame, ["admin-check", className].filter(Boolean).join(" "))}>
      <input key={String(input.defaultChecked)} {...input} type="checkbox" {...controlProps(frame)} />
      <label htmlFor={id}>{label}</label>
      <Notes {...frame} />
    </div>
  );
}
