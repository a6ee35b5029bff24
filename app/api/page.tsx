// /api: the JSON API described for people, read from the OpenAPI document the
// API serves, so the two say the same. No database: the document depends on
// the code only. Rendered per request only to write the site's own address
// into the curl examples.
import type { Metadata } from "next";
import { headers } from "next/headers";
// The one page that reads lib/api: it shows the API's own document (the issue that asked for it allows it).
// oxlint-disable-next-line no-restricted-imports
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { EndpointSection, type EndpointView } from "./_reference/endpoint-section";
import { Prose } from "./_reference/prose";
import { SchemaSection } from "./_reference/schema-section";
import type { Schema } from "./_reference/schema-view";

export const metadata: Metadata = {
  title: "JSON API",
  description: "Every treaty, state, action and region as JSON: endpoints, parameters, examples and answers.",
};

async function siteOrigin(): Promise<string> {
  const request = await headers();
  const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost:3000";
  const protocol = request.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

export default async function ApiPage() {
  const document = buildOpenApiDocument();
  const schemas = document.components.schemas as Record<string, Schema>;
  const endpoints: EndpointView[] = Object.entries(document.paths).map(([path, { get }]) => ({
    path,
    operationId: get.operationId,
    summary: get.summary,
    description: get.description,
    parameters: get.parameters.map((p) => ({ ...p, schema: p.schema as Schema })),
    example: get["x-example-request"],
    response: get.responses["200"].content["application/json"].schema.$ref,
    errors: ["400", "404"].filter((status) => status in get.responses),
  }));
  const origin = await siteOrigin();
  return (
    <>
      <h1>JSON API</h1>
      <p className="lede">
        Everything this site shows, as JSON, for anyone to use. The machine-readable description is the OpenAPI 3.1
        document {/* oxlint-disable-next-line next/no-html-link-for-pages */}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>; this page is generated from it.
      </p>
      <Prose text={document.info.description} />
      <nav aria-label="Endpoints">
        <ul>
          {endpoints.map((endpoint) => (
            <li key={endpoint.operationId}>
              <a href={`#${endpoint.operationId}`}>
                <code>GET {endpoint.path}</code>
              </a>{" "}
              {endpoint.summary}
            </li>
          ))}
        </ul>
      </nav>
      {endpoints.map((endpoint) => (
        <EndpointSection key={endpoint.operationId} endpoint={endpoint} origin={origin} schemas={schemas} />
      ))}
      <h2>Types</h2>
      {Object.entries(schemas).map(([name, schema]) => (
        <SchemaSection key={name} name={name} schema={schema} />
      ))}
    </>
  );
}
