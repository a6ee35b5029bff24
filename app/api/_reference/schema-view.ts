// Reading the OpenAPI document's JSON Schemas for the /api page: the fields of
// an object as rows (inline objects flattened into dotted names), and the name
// of a referenced schema. Structural types: pages do not import lib/api.
export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  description?: string;
  default?: unknown;
  example?: unknown;
  minimum?: number;
  maximum?: number;
};

export type FieldRow = { name: string; schema: Schema; required: boolean };

export const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1);
export const schemaAnchor = (name: string): string => `schema-${name}`;

function isInlineObject(schema: Schema): boolean {
  return schema.type === "object" && schema.properties !== undefined;
}

/** The fields of an object schema; an inline object's fields follow it as `name.field`, an array's as `name[].field`. */
export function fieldRows(schema: Schema, prefix = ""): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
    const name = `${prefix}${key}`;
    const row = { name, schema: property, required: schema.required?.includes(key) ?? false };
    if (isInlineObject(property)) return [row, ...fieldRows(property, `${name}.`)];
    if (property.items && isInlineObject(property.items)) return [row, ...fieldRows(property.items, `${name}[].`)];
    return [row];
  });
}
