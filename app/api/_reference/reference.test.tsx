// The /api page's parts rendered from the real OpenAPI document (the page itself
// reads request headers, so its e2e journey is in e2e/json-api.spec.ts).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { EndpointSection } from "./endpoint-section";
import { SchemaSection } from "./schema-section";
import type { Schema } from "./schema-view";

const document = buildOpenApiDocument();
const schemas = document.components.schemas as Record<string, Schema>;

function statusSection(): string {
  const path = "/api/v1/treaties/{slug}/status";
  const get = document.paths[path]?.get;
  if (!get) throw new Error("no status endpoint");
  const endpoint = {
    path,
    operationId: get.operationId,
    summary: get.summary,
    description: get.description,
    parameters: get.parameters.map((p) => ({ ...p, schema: p.schema as Schema })),
    example: get["x-example-request"],
    response: get.responses["200"].content["application/json"].schema.$ref,
    errors: ["400", "404"],
  };
  return renderToStaticMarkup(<EndpointSection endpoint={endpoint} origin="https://tt.example" schemas={schemas} />);
}

describe("the /api reference", () => {
  it("shows an endpoint's parameters with their defaults, a curl line, a link and the answer's fields", () => {
    const html = statusSection();
    expect(html).toContain("<code>GET /api/v1/treaties/{slug}/status</code>");
    expect(html).toMatch(/<code>counting<\/code>.*<code>deposit<\/code> \| <code>in-force<\/code>, default deposit/s);
    expect(html).toContain("curl -s &#x27;https://tt.example/api/v1/treaties/ccm/status?asOf=2020-08-06&#x27;");
    expect(html).toContain('href="/api/v1/treaties/ccm/status?asOf=2020-08-06"');
    expect(html).toContain('array of <a href="#schema-StateStatusEntry">StateStatusEntry</a>');
    expect(html).toContain("<code>checkedAgainstDepositaryOn</code>");
  });

  it("shows every type: fields, nested fields, values and variants", () => {
    const html = Object.entries(schemas)
      .map(([name, schema]) => renderToStaticMarkup(<SchemaSection name={name} schema={schema} />))
      .join("");
    expect(html).toContain('id="schema-TreatyStatus"');
    expect(html).toContain("<code>standing.deadlinePassed</code>");
    expect(html).toContain("<code>regions[].members</code>");
    expect(html).toContain("<code>first-day-of-month-after</code>");
    expect(html).toMatch(/One of: <code>party<\/code> \| <code>signatory<\/code>/);
  });
});
