// The OpenAPI 3.1 document of the JSON API, generated from the zod schemas that
// validate its requests and type its answers (lib/api/endpoints.ts) with zod's
// own z.toJSONSchema (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Served at
// /api/v1/openapi.json and read by the /api page.
import { z } from "zod";
import { ENDPOINTS, type Endpoint } from "./endpoints";
import { CACHE_CONTROL } from "./http-policy";
import { COMPONENT_SCHEMAS } from "./schemas";

export type JsonSchema = z.core.JSONSchema.BaseSchema;
export type Parameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  example?: unknown;
};
export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  responses: {
    "200": { description: string; headers: object; content: { "application/json": { schema: { $ref: string } } } };
  } & Record<string, { $ref: string } | { description: string; headers: object; content?: object }>;
  /** A request with real values (an extension: OpenAPI has no field for an example URL). */
  "x-example-request": string;
};
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  externalDocs: { description: string; url: string };
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, JsonSchema>; responses: object; headers: object };
};

const ref = (id: string) => `#/components/schemas/${id}`;
const TARGET = "draft-2020-12";

/** z.int() states JavaScript's safe-integer bounds: true, but noise in a document people read. */
function dropSafeIntegerBounds({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
}

function idOf(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("every API response schema needs .meta({ id })");
  return id;
}

/** Each named schema as a component; a reference to another is a $ref to its component. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const schema of COMPONENT_SCHEMAS) registry.add(schema, { id: idOf(schema) });
  const { schemas } = z.toJSONSchema(registry, { target: TARGET, uri: ref, override: dropSafeIntegerBounds });
  if ("__shared" in schemas) {
    const missing = Object.keys((schemas.__shared as { $defs?: object }).$defs ?? {}).join(", ");
    throw new Error(`named schemas missing from COMPONENT_SCHEMAS (lib/api/schemas/index.ts): ${missing}`);
  }
  // The document is one resource: the components need no $id or $schema of their own.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]),
  );
}

function parameters(object: z.ZodObject | undefined, place: Parameter["in"]): Parameter[] {
  if (!object) return [];
  const { properties = {}, required = [] } = z.toJSONSchema(object, {
    target: TARGET,
    io: "input",
    override: dropSafeIntegerBounds,
  });
  return Object.entries(properties).map(([name, property]) => {
    const { description, example, ...schema } = property as JsonSchema & { example?: unknown };
    return { name, in: place, required: place === "path" || required.includes(name), description, schema, example };
  });
}

const headers = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};

function operation(endpoint: Endpoint): Operation {
  const id = idOf(endpoint.response);
  const responses: Operation["responses"] = {
    "200": {
      description: z.globalRegistry.get(endpoint.response)?.description ?? endpoint.summary,
      headers,
      content: { "application/json": { schema: { $ref: ref(id) } } },
    },
    "304": { $ref: "#/components/responses/NotModified" },
  };
  if (endpoint.errors.includes(400)) responses["400"] = { $ref: "#/components/responses/BadRequest" };
  if (endpoint.errors.includes(404)) responses["404"] = { $ref: "#/components/responses/NotFound" };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: [...parameters(endpoint.pathParams, "path"), ...parameters(endpoint.query, "query")],
    responses,
    "x-example-request": endpoint.example,
  };
}

const DESCRIPTION = `Who has joined the Mine Ban Treaty, the Convention on Cluster Munitions and any treaty added here, on any date, computed from the UN depositary record.

- Every answer with counts says its counting rule (\`counting\`), and every answer about a treaty the date its data was checked against the depositary record (\`checkedAgainstDepositaryOn\`).
- A refused parameter answers 400, an unknown treaty, state or grouping in the path 404, both as \`{ "error": { "parameter", "message" } }\`. Parameters an endpoint does not name are ignored.
- Answers carry a weak \`ETag\`; send it back in \`If-None-Match\` to get a 304 without the body while nothing changed. \`Cache-Control: ${CACHE_CONTROL}\`: caches must ask again each time, so an edit shows at once.
- Any site may read the API from a browser (CORS \`Access-Control-Allow-Origin: *\`).`;

function build(): OpenApiDocument {
  const errorResponse = (description: string) => ({
    description,
    headers,
    content: { "application/json": { schema: { $ref: ref("Error") } } },
  });
  return {
    openapi: "3.1.0",
    info: { title: "Treaty Tracker API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/" }],
    externalDocs: { description: "The API described for people", url: "/api" },
    paths: Object.fromEntries(ENDPOINTS.map((endpoint) => [endpoint.path, { get: operation(endpoint) }])),
    components: {
      schemas: componentSchemas(),
      responses: {
        NotModified: { description: "The ETag sent in If-None-Match is still current: no body.", headers },
        BadRequest: errorResponse("A parameter was refused: `error.parameter` names it."),
        NotFound: errorResponse("The treaty, state or grouping in the path is not known here."),
      },
      headers: {
        ETag: { description: "A weak tag of the body, for If-None-Match.", schema: { type: "string" } },
        "Cache-Control": { description: "Always `" + CACHE_CONTROL + "`.", schema: { type: "string" } },
        "Access-Control-Allow-Origin": { description: "Always `*`.", schema: { type: "string" } },
      },
    },
  };
}

let built: OpenApiDocument | undefined;

/** Built once per process: it depends on the code only. */
export function buildOpenApiDocument(): OpenApiDocument {
  return (built ??= build());
}
