// For tests (vitest and Playwright): checks a real answer against the schema
// the OpenAPI document gives for it, with ajv's JSON Schema 2020-12 (the dialect
// of OpenAPI 3.1). Takes the document as served, so e2e can check the server's own.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Document = {
  paths: Record<string, { get: { responses: Record<string, unknown> } }>;
  components: { schemas: Record<string, unknown> };
};

const BASE = "https://treaty-tracker.test/api/v1/openapi.json";

export function openApiValidator(document: Document) {
  // Strict: a keyword ajv does not know fails the compile, except OpenAPI's own `example`.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addKeyword("example");
  ajv.addKeyword("components");
  ajv.addSchema({ $id: BASE, components: { schemas: document.components.schemas } });

  /** Errors of `body` against a component (`TreatyStatus`), as readable lines; empty when it conforms. */
  function errorsAgainst(component: string, body: unknown): string[] {
    const validate = ajv.getSchema(`${BASE}#/components/schemas/${component}`);
    if (!validate) throw new Error(`no schema ${component} in the document`);
    if (validate(body)) return [];
    return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
  }

  /** The component the document names for a path's answer with this status ("200", "400" ...). */
  function componentFor(path: string, status: string): string {
    const response = document.paths[path]?.get.responses[status];
    const text = JSON.stringify(response ?? {});
    const named = /#\/components\/(schemas|responses)\/(\w+)/.exec(text);
    if (!named?.[2]) throw new Error(`the document gives no ${status} answer for ${path}`);
    return named[1] === "responses" ? "Error" : named[2];
  }

  return { errorsAgainst, componentFor, ajv };
}
