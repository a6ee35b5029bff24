// The SQL migrations are written by hand; this test proves that the database
// they produce is exactly the one prisma/schema.prisma describes: same tables,
// columns, types, nullability, enums, unique keys and foreign keys.
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-database";

type DmmfField = {
  name: string;
  dbName: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
};
type DmmfModel = {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
  uniqueFields: string[][];
};
type DmmfEnum = { name: string; dbName: string | null; values: { name: string }[] };

const { datamodel } = JSON.parse(
  get_dmmf(JSON.stringify({ prismaSchema: readFileSync("prisma/schema.prisma", "utf8") })),
) as {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[] };
};
const enumDbName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (model: DmmfModel, fieldName: string) => {
  const field = model.fields.find((f) => f.name === fieldName);
  return field?.dbName ?? fieldName;
};

/** The PostgreSQL type a Prisma field maps to, as information_schema spells it (udt_name + size). */
function expectedType(field: DmmfField): string {
  // PostgreSQL names an array type after its element with a leading underscore (text[] is _text).
  if (field.isList) return `_${expectedType({ ...field, isList: false })}`;
  if (field.kind === "enum") return enumDbName.get(field.type) ?? field.type;
  const [native, args] = field.nativeType ?? [null, []];
  switch (field.type) {
    case "String":
      return native === "Char" ? `bpchar(${args[0]})` : "text";
    case "Int":
      return "int4";
    case "Boolean":
      return "bool";
    case "Json":
      return "jsonb";
    case "DateTime":
      if (native === "Date") return "date";
      if (native === "Timestamptz") return `timestamptz(${args[0] ?? 6})`;
      return "timestamp(3)";
  }
  throw new Error(`no mapping for ${field.type}`);
}

type ColumnRow = {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: string;
  size: number | null;
  precision: number | null;
};

let db: TestDatabase;
let columns: ColumnRow[];

beforeAll(async () => {
  db = await createTestDatabase();
  columns = await db.driver.query<ColumnRow>(`
    SELECT table_name, column_name, udt_name, is_nullable, character_maximum_length AS size, datetime_precision AS precision
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
});
afterAll(() => db?.dispose());

describe("the migrated database matches prisma/schema.prisma", () => {
  it("has exactly one table per model", () => {
    const tables = new Set(columns.map((c) => c.table_name));
    expect([...tables].sort()).toEqual(datamodel.models.map(tableOf).sort());
  });

  it.each(datamodel.models.map((m) => [m.name, m] as const))(
    "%s has the model's columns, types and nullability",
    (_, model) => {
      const actual = columns
        .filter((c) => c.table_name === tableOf(model))
        .map((c) => {
          const type =
            c.udt_name === "bpchar"
              ? `bpchar(${c.size})`
              : c.udt_name === "timestamptz"
                ? `timestamptz(${c.precision})`
                : c.udt_name;
          return `${c.column_name} ${type} ${c.is_nullable === "YES" ? "null" : "not null"}`;
        })
        .sort();
      const expected = model.fields
        .filter((f) => f.kind !== "object")
        .map((f) => `${f.dbName ?? f.name} ${expectedType(f)} ${f.isRequired ? "not null" : "null"}`)
        .sort();
      expect(actual).toEqual(expected);
    },
  );

  it("has the model's enums with the same values", async () => {
    const rows = await db.driver.query<{ name: string; value: string }>(`
      SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`);
    const actual = Object.fromEntries(
      datamodel.enums.map((e) => [
        e.dbName ?? e.name,
        rows.filter((r) => r.name === (e.dbName ?? e.name)).map((r) => r.value),
      ]),
    );
    expect(actual).toEqual(
      Object.fromEntries(datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.name)])),
    );
  });

  it("has exactly the model's primary and unique keys", async () => {
    const rows = await db.driver.query<{ table_name: string; columns: string }>(`
      SELECT t.relname AS table_name, string_agg(a.attname, ',' ORDER BY k.ord) AS columns
      FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE i.indisunique AND t.relname <> '_prisma_migrations'
      GROUP BY i.indexrelid, t.relname`);
    const actual = rows.map((r) => `${r.table_name}(${r.columns})`).sort();
    const expected = datamodel.models
      .flatMap((model) => {
        const keys = [...model.uniqueFields];
        if (model.primaryKey) keys.push(model.primaryKey.fields);
        for (const field of model.fields) {
          const attributes = field as DmmfField & { isId?: boolean; isUnique?: boolean };
          if (attributes.isId || attributes.isUnique) keys.push([field.name]);
        }
        return keys.map((key) => `${tableOf(model)}(${key.map((name) => columnOf(model, name)).join(",")})`);
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has a foreign key for every relation", async () => {
    const rows = await db.driver.query<{ table_name: string; columns: string; target: string }>(`
      SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS target,
             string_agg(a.attname, ',' ORDER BY k.ord) AS columns
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'f' GROUP BY c.oid, c.conrelid, c.confrelid`);
    const actual = rows
      .map((r) => `${r.table_name.replaceAll('"', "")}(${r.columns}) -> ${r.target.replaceAll('"', "")}`)
      .sort();
    const modelByName = new Map(datamodel.models.map((m) => [m.name, m]));
    const expected = datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind === "object" && f.relationFromFields?.length)
          .map((f) => {
            const target = modelByName.get(f.type);
            const from = (f.relationFromFields ?? []).map((name) => columnOf(model, name)).join(",");
            return `${tableOf(model)}(${from}) -> ${target ? tableOf(target) : f.type}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
