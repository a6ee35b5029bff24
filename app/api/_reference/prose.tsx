import { Fragment, type ReactNode } from "react";

/** Text with `code` spans, as the OpenAPI document writes its descriptions (a small part of CommonMark). */
export function Inline({ text }: { text: string | undefined }): ReactNode {
  return (text ?? "")
    .split("`")
    .map((part, index) =>
      index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
    );
}

/** Paragraphs and one level of "- " list items, with `code` spans. */
export function Prose({ text }: { text: string }) {
  return text.split("\n\n").map((block, index) => {
    const lines = block.split("\n");
    if (!lines.every((line) => line.startsWith("- "))) {
      return (
        <p key={index}>
          <Inline text={block} />
        </p>
      );
    }
    return (
      <ul key={index}>
        {lines.map((line) => (
          <li key={line}>
            <Inline text={line.slice(2)} />
          </li>
        ))}
      </ul>
    );
  });
}
