import { Fragment, type ReactNode } from "react";
import { refName, schemaAnchor, type Schema } from "./schema-view";

function joined(parts: ReactNode[], separator: string): ReactNode {
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      {part}
    </Fragment>
  ));
}

/** A JSON Schema as a reader says it: "date or null", "array of StateStatusEntry" (linked), "deposit | in-force". */
export function TypeLabel({ schema }: { schema: Schema }): ReactNode {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#${schemaAnchor(name)}`}>{name}</a>;
  }
  if (schema.anyOf)
    return joined(
      schema.anyOf.map((s, i) => <TypeLabel key={i} schema={s} />),
      " or ",
    );
  if (schema.oneOf)
    return joined(
      schema.oneOf.map((s, i) => <TypeLabel key={i} schema={s} />),
      " or ",
    );
  if (schema.enum)
    return joined(
      schema.enum.map((value) => <code key={String(value)}>{String(value)}</code>),
      " | ",
    );
  if (schema.const !== undefined) return <code>{String(schema.const)}</code>;
  if (schema.items) return <>array of {<TypeLabel schema={schema.items} />}</>;
  if (typeof schema.additionalProperties === "object") {
    return <>map of string to {<TypeLabel schema={schema.additionalProperties} />}</>;
  }
  if (schema.format === "date") return "date (YYYY-MM-DD)";
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"];
  return types.join(" or ");
}
