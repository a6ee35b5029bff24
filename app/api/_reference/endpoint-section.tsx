import styles from "../api-page.module.css";
import { FieldsTable } from "./fields-table";
import { Inline } from "./prose";
import { refName, schemaAnchor, type Schema } from "./schema-view";
import { TypeLabel } from "./type-label";

export type EndpointView = {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: Schema }[];
  example: string;
  /** The 200 answer's schema name and the error statuses it may answer. */
  response: string;
  errors: string[];
};

function defaultOf(schema: Schema, required: boolean): string {
  if (required) return "required";
  return schema.default === undefined ? "optional" : `default ${String(schema.default)}`;
}

export function EndpointSection({
  endpoint,
  origin,
  schemas,
}: {
  endpoint: EndpointView;
  origin: string;
  schemas: Record<string, Schema>;
}) {
  const { path, operationId, parameters, example, response } = endpoint;
  return (
    <section aria-labelledby={operationId} className={styles.endpoint}>
      <h2 id={operationId}>
        <code>GET {path}</code>
      </h2>
      <p>
        <strong>{endpoint.summary}.</strong> <Inline text={endpoint.description} />
      </p>
      <h3>Parameters</h3>
      {parameters.length === 0 ? (
        <p>None.</p>
      ) : (
        <table className={styles.table}>
          <caption className="visually-hidden">Parameters of GET {path}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Type</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((parameter) => (
              <tr key={parameter.name}>
                <th scope="row">
                  <code>{parameter.name}</code>
                </th>
                <td>{parameter.in}</td>
                <td>
                  <TypeLabel schema={parameter.schema} />, {defaultOf(parameter.schema, parameter.required)}
                </td>
                <td>
                  <Inline text={parameter.description} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Example</h3>
      <pre className={styles.code}>
        <code>curl -s &apos;{`${origin}${example}`}&apos;</code>
      </pre>
      <p>
        {/* An API answer, not a page: a plain link. */}
        {/* oxlint-disable-next-line next/no-html-link-for-pages */}
        <a href={example}>{example}</a>
      </p>
      <h3>Answer</h3>
      <p>
        200 with <TypeLabel schema={{ $ref: response }} />
        {endpoint.errors.length > 0 && `; ${endpoint.errors.join(", ")} in the error shape`}; 304 for a current ETag.
      </p>
      <FieldsTable schema={schemas[refName(response)] ?? {}} caption={`Fields of ${refName(response)}`} />
      <p>
        <a href={`#${schemaAnchor(refName(response))}`}>{refName(response)} among the types</a>
      </p>
    </section>
  );
}
