import styles from "../api-page.module.css";
import { Inline } from "./prose";
import { fieldRows, type Schema } from "./schema-view";
import { TypeLabel } from "./type-label";

/** An object schema's fields: name, type and what it means. */
export function FieldsTable({ schema, caption }: { schema: Schema; caption: string }) {
  const rows = fieldRows(schema);
  if (rows.length === 0) return null;
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name, schema: field, required }) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
              {!required && <span className="muted"> (optional)</span>}
            </th>
            <td>
              <TypeLabel schema={field} />
            </td>
            <td>
              <Inline text={field.description} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
