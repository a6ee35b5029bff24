// The OpenAPI document: valid references, compilable schemas, examples that
// conform, a route file per path, and the published status contract unchanged.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "./endpoints";
import { buildOpenApiDocument } from "./openapi";
import { openApiValidator } from "./openapi-validator.test-support";
import { parseQuery } from "./query";

const document = buildOpenApiDocument();
const validator = openApiValidator(document);
const schemas = document.components.schemas as Record<
  string,
  { example?: unknown; required?: string[]; properties?: object }
>;

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

function resolve(pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
}

describe("buildOpenApiDocument", () => {
  it("is OpenAPI 3.1 with a path per endpoint", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(ENDPOINTS.map((e) => e.path));
  });

  it("has every $ref pointing into the document", () => {
    const refs = [...new Set(refsIn(document))];
    expect(refs.length).toBeGreaterThan(30);
    expect(refs.filter((ref) => resolve(ref) === undefined)).toEqual([]);
  });

  it("has every schema compile in strict JSON Schema 2020-12 and every example conform", () => {
    // errorsAgainst compiles the schema (ajv throws on a keyword it does not know), then checks the example.
    const failures = Object.entries(schemas).flatMap(([name, { example }]) => {
      const errors = validator.errorsAgainst(name, example);
      return example === undefined ? [] : errors.map((error) => `${name}: ${error}`);
    });
    expect(failures).toEqual([]);
  });

  it("describes every parameter, with an example its own schema accepts", () => {
    const problems = Object.entries(document.paths).flatMap(([route, { get }]) =>
      get.parameters.flatMap((parameter) => {
        const name = `${route} ${parameter.name}`;
        if (!parameter.description) return [`${name}: no description`];
        if (parameter.example === undefined) return [];
        return validator.ajv.compile(parameter.schema)(parameter.example) ? [] : [`${name}: example refused`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("gives each endpoint an example request its own parameters accept", () => {
    const problems = ENDPOINTS.flatMap((endpoint) => {
      const url = new URL(endpoint.example, "http://localhost");
      const template = new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, "[^/]+")}$`);
      const documented = new Set(Object.keys(endpoint.query.shape));
      return [
        template.test(url.pathname) ? [] : [`${endpoint.example}: not a ${endpoint.path}`],
        parseQuery(endpoint.query, url.searchParams).ok ? [] : [`${endpoint.example}: refused`],
        [...url.searchParams.keys()].filter((key) => !documented.has(key)).map((key) => `${endpoint.example}: ${key}?`),
      ].flat();
    });
    expect(problems).toEqual([]);
  });

  it("has a route file with GET and the CORS preflight for every path", () => {
    const problems = [...Object.keys(document.paths), "/api/v1/openapi.json"].flatMap((route) => {
      const file = path.join("app", route.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      if (!existsSync(file)) return [`${file}: missing`];
      const source = readFileSync(file, "utf8");
      return [
        /export (async )?function GET/.test(source) ? [] : [`${file}: no GET`],
        source.includes("export { preflight as OPTIONS }") ? [] : [`${file}: no OPTIONS`],
      ].flat();
    });
    expect(problems).toEqual([]);
  });

  it("keeps the status answer's published fields (README, JSON API)", () => {
    expect(schemas.TreatyStatus?.required).toEqual([
      "treaty",
      "asOf",
      "counting",
      "checkedAgainstDepositaryOn",
      "counts",
      "states",
    ]);
    expect(schemas.StateStatusEntry?.required).toEqual([
      "iso3",
      "name",
      "status",
      "withdrawalPending",
      "signedOn",
      "consentOn",
      "consentType",
      "entryIntoForceOn",
      "withdrawalNoticeOn",
      "withdrawalEffectiveOn",
      "annotations",
    ]);
    expect(schemas.StatusCounts?.required).toEqual(["statesParties", "signatories", "notParty", "withdrawn", "total"]);
  });

  it("has every answer with counts say its counting rule, and every one about a treaty its checked-as-at date", () => {
    const has = (field: string, names: string[]) =>
      names.filter((name) => !Object.hasOwn(schemas[name]?.properties ?? {}, field));
    const withCounts = [
      "TreatyStatus",
      "TreatySeries",
      "RegionBreakdown",
      "StateHistory",
      "Target",
      "TreatyObligations",
    ];
    expect(has("counting", withCounts)).toEqual([]);
    const aboutATreaty = [
      "TreatySummary",
      "Treaty",
      "TreatyStatus",
      "TreatySeries",
      "TreatyRef",
      "StateTreatyHistory",
      "TreatyObligations",
    ];
    expect(has("checkedAgainstDepositaryOn", aboutATreaty)).toEqual([]);
  });

  it("writes obligation dates as precisely as their source, and kinds and event types in kebab-case", () => {
    const validate = validator.ajv.compile({
      $ref: "https://treaty-tracker.test/api/v1/openapi.json#/components/schemas/ObligationEvent",
    });
    const event = {
      type: "extension-granted",
      date: "2019-12",
      datePrecision: "month",
      deadline: "2025-03-01",
      meeting: "Test meeting",
      informationOn: "2020",
      source: "https://example.org/test",
      confidence: "reported",
      note: null,
    };
    expect(validate(event)).toBe(true);
    for (const date of ["2019-12-31", "2019"]) expect(validate({ ...event, date })).toBe(true);
    for (const date of ["19-12", "2019/12", "2019-12-1"]) expect(validate({ ...event, date })).toBe(false);
    expect(validate({ ...event, type: "extension_granted" })).toBe(false);
    expect(validator.errorsAgainst("ObligationKind", "stockpile-destruction")).toEqual([]);
    expect(validator.errorsAgainst("ObligationKind", "stockpile_destruction")).not.toEqual([]);
    expect(schemas.StateTreatyHistory?.required).toEqual(expect.arrayContaining(["initialReportDue", "obligations"]));
  });
});
