import styles from "../api-page.module.css";
import { FieldsTable } from "./fields-table";
import { Inline } from "./prose";
import { schemaAnchor, type Schema } from "./schema-view";
import { TypeLabel } from "./type-label";

/** One named schema of the document: its fields, its values (an enum) or its variants (oneOf). */
export function SchemaSection({ name, schema }: { name: string; schema: Schema }) {
  const id = schemaAnchor(name);
  return (
    <section aria-labelledby={id} className={styles.schema}>
      <h3 id={id}>{name}</h3>
      <p>
        <Inline text={schema.description} />
      </p>
      {schema.enum && (
        <p>
          One of: <TypeLabel schema={schema} />
        </p>
      )}
      {schema.properties && <FieldsTable schema={schema} caption={`Fields of ${name}`} />}
      {schema.oneOf?.map((variant, index) => {
        const kind = String(variant.properties?.kind?.const ?? index + 1);
        return (
          <div key={kind}>
            <p>
              When <code>kind</code> is <code>{kind}</code>:
            </p>
            <FieldsTable schema={variant} caption={`${name} with kind ${kind}`} />
          </div>
        );
      })}
    </section>
  );
}
