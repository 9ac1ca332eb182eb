/**
 * The migrated database matches prisma/schema.prisma.
 *
 * Migrations are hand-written SQL (docs/decisions/001-migrations.md), so
 * nothing else guarantees that they and the Prisma schema agree. This test
 * migrates a fresh database and compares its catalog with the schema as
 * Prisma itself reads it (tests/helpers/prisma-schema.ts) and with the
 * generated client: tables, columns (type, nullability, defaults), enums,
 * indexes, foreign keys — and then writes and reads every model through the
 * generated client.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type pg from 'pg';
import { Prisma } from '../../lib/generated/prisma/client.ts';
import * as generatedEnums from '../../lib/generated/prisma/enums.ts';
import { connectPg, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { getDatamodel, unsupportedFields, type DmmfField, type DmmfModel } from '../helpers/prisma-schema.ts';

const datamodel = getDatamodel();
const unsupported = unsupportedFields();
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const scalarFields = (model: DmmfModel) => model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
const modelByName = new Map(datamodel.models.map((m) => [m.name, m]));
const enumByName = new Map(datamodel.enums.map((e) => [e.name, e]));

interface Column {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  is_generated: string;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  datetime_precision: number | null;
}

interface Index {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  method: string;
  columns: string[];
  descending: boolean[];
  expression: boolean;
  partial: boolean;
}

interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  ref_table: string;
  ref_columns: string[];
  on_delete: string;
  on_update: string;
}

let db: TestDatabase;
let client: pg.Client;
let tables: string[];
let columns: Column[];
let dbEnums: Map<string, string[]>;
let indexes: Index[];
let foreignKeys: ForeignKey[];

before(async () => {
  db = await createTestDatabase({ prefix: 'test_schema' });
  client = await connectPg(db.url);
  tables = (await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows.map(
    (r) => r.table_name,
  );
  columns = (
    await client.query<Column>(
      `SELECT table_name, column_name, udt_name, is_nullable, column_default, is_generated,
              character_maximum_length, numeric_precision, numeric_scale, datetime_precision
         FROM information_schema.columns WHERE table_schema = 'public'`,
    )
  ).rows;
  dbEnums = new Map(
    (
      await client.query<{ name: string; labels: string[] }>(
        `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)::text[] AS labels
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' GROUP BY t.typname`,
      )
    ).rows.map((r) => [r.name, r.labels]),
  );
  indexes = (
    await client.query<Index>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary, am.amname AS method,
              array(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
              array(SELECT (ix.indoption[k.ord - 1] & 1) = 1 FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord) ORDER BY k.ord)::bool[] AS descending,
              ix.indexprs IS NOT NULL AS expression, ix.indpred IS NOT NULL AS partial
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_am am ON am.oid = i.relam
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    )
  ).rows;
  foreignKeys = (
    await client.query<ForeignKey>(
      `SELECT c.conname AS name, t.relname AS table, rt.relname AS ref_table,
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
              array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns,
              c.confdeltype AS on_delete, c.confupdtype AS on_update
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class rt ON rt.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows;
});

after(async () => {
  await client?.end().catch(() => {});
  await db?.drop();
});

// ---------------------------------------------------------------------------
// Prisma type → PostgreSQL type (udt_name), as Prisma Migrate would create it.

const DEFAULT_UDT: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Float: 'float8',
  Decimal: 'numeric',
  Boolean: 'bool',
  DateTime: 'timestamp',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const NATIVE_UDT: Record<string, string> = {
  Text: 'text',
  VarChar: 'varchar',
  Char: 'bpchar',
  Uuid: 'uuid',
  Citext: 'citext',
  Inet: 'inet',
  Xml: 'xml',
  Bit: 'bit',
  VarBit: 'varbit',
  Oid: 'oid',
  SmallInt: 'int2',
  Integer: 'int4',
  BigInt: 'int8',
  Real: 'float4',
  DoublePrecision: 'float8',
  Decimal: 'numeric',
  Money: 'money',
  Boolean: 'bool',
  Timestamp: 'timestamp',
  Timestamptz: 'timestamptz',
  Date: 'date',
  Time: 'time',
  Timetz: 'timetz',
  Json: 'json',
  JsonB: 'jsonb',
  ByteA: 'bytea',
};

function expectedUdt(field: DmmfField): string {
  let udt: string | undefined;
  if (field.kind === 'enum') udt = enumByName.get(field.type)?.dbName ?? field.type;
  else if (field.nativeType) udt = NATIVE_UDT[field.nativeType[0]];
  else udt = DEFAULT_UDT[field.type];
  assert.ok(udt, `tests/integration/schema.test.ts does not know the column type of ${field.type} ${JSON.stringify(field.nativeType)}: add it`);
  return field.isList ? `_${udt}` : udt;
}

function checkPrecision(where: string, field: DmmfField, column: Column): void {
  const args = (field.nativeType?.[1] ?? []).map(Number);
  const udt = expectedUdt(field).replace(/^_/, '');
  if (['timestamp', 'timestamptz', 'time', 'timetz'].includes(udt)) {
    assert.equal(column.datetime_precision, args[0] ?? 3, `${where}: precision`);
  }
  if (['varchar', 'bpchar'].includes(udt) && args[0] !== undefined) {
    assert.equal(column.character_maximum_length, args[0], `${where}: length`);
  }
  if (udt === 'numeric') {
    assert.equal(column.numeric_precision, args[0] ?? 65, `${where}: numeric precision`);
    assert.equal(column.numeric_scale, args[1] ?? 30, `${where}: numeric scale`);
  }
}

/** 'Learn more'::text → "Learn more"; '[]'::jsonb → "[]"; 0 → "0". */
function literalOf(columnDefault: string): string {
  let value = columnDefault.trim();
  while (/::[\w". ]+(\[\])?(\(\d+(,\d+)?\))?$/.test(value) && !/^'.*'$/s.test(value)) {
    value = value.replace(/::[\w". ]+(\[\])?(\(\d+(,\d+)?\))?$/, '');
  }
  if (value.startsWith('(') && value.endsWith(')')) value = value.slice(1, -1);
  const quoted = /^'(.*)'$/s.exec(value);
  return quoted ? quoted[1].replace(/''/g, "'") : value;
}

function checkDefault(where: string, field: DmmfField, column: Column): void {
  const dflt = field.default as { name?: string; args?: unknown[] } | string | number | boolean | undefined;
  if (!field.hasDefaultValue || field.isUpdatedAt) {
    assert.equal(column.column_default, null, `${where}: no database default expected (schema.prisma declares none)`);
    return;
  }
  if (typeof dflt === 'object' && dflt !== null && 'name' in dflt) {
    switch (dflt.name) {
      case 'uuid':
      case 'cuid':
      case 'nanoid':
      case 'ulid':
        // Generated by the Prisma client, not by the database.
        assert.equal(column.column_default, null, `${where}: @default(${dflt.name}()) is generated by Prisma; no database default expected`);
        return;
      case 'now':
        assert.equal(column.column_default, 'CURRENT_TIMESTAMP', `${where}: @default(now()) is DEFAULT CURRENT_TIMESTAMP`);
        return;
      case 'autoincrement':
        assert.match(column.column_default ?? '', /^nextval\(/, `${where}: @default(autoincrement()) needs a sequence`);
        return;
      case 'dbgenerated':
        assert.notEqual(column.column_default, null, `${where}: @default(dbgenerated(…)) needs a database default`);
        return;
      default:
        assert.fail(`${where}: unknown default function ${dflt.name}() in schema.prisma`);
    }
  }
  assert.notEqual(column.column_default, null, `${where}: schema.prisma declares @default(${JSON.stringify(dflt)}), the column has no DEFAULT`);
  const expected = Array.isArray(dflt) ? `{${dflt.join(',')}}` : String(dflt);
  assert.equal(literalOf(column.column_default!), expected, `${where}: default value`);
}

// ---------------------------------------------------------------------------

describe('schema.prisma, the generated client and the migrations agree', () => {
  test('the generated client is up to date with schema.prisma (else run `npx prisma generate`)', async () => {
    assert.deepEqual(Object.keys(Prisma.ModelName).sort(), datamodel.models.map((m) => m.name).sort(), 'models');
    const runtime = (db.prisma as unknown as { _runtimeDataModel: { models: Record<string, { fields: { name: string; kind: string; type: string }[] }> } })._runtimeDataModel;
    for (const model of datamodel.models) {
      const expected = scalarFields(model)
        .map((f) => `${f.name}:${f.type}`)
        .sort();
      const fieldEnum = (Prisma as unknown as Record<string, Record<string, string>>)[`${model.name}ScalarFieldEnum`];
      assert.deepEqual(
        Object.values(fieldEnum).sort(),
        scalarFields(model)
          .map((f) => f.name)
          .sort(),
        `${model.name} scalar fields`,
      );
      const runtimeFields = runtime.models[model.name].fields
        .filter((f) => f.kind !== 'object')
        .map((f) => `${f.name}:${f.type}`)
        .sort();
      assert.deepEqual(runtimeFields, expected, `${model.name} runtime data model`);
    }
    for (const e of datamodel.enums) {
      const generated = (generatedEnums as Record<string, Record<string, string>>)[e.name];
      assert.deepEqual(
        Object.values(generated),
        e.values.map((v) => v.name),
        `enum ${e.name}`,
      );
    }
  });

  test('every model has a table, and there are no other tables', () => {
    const expected = [...datamodel.models.map(tableOf), '_prisma_migrations'].sort();
    assert.deepEqual([...tables].sort(), expected);
  });

  for (const model of datamodel.models) {
    test(`${model.name}: columns match the fields (type, nullability, default)`, () => {
      const table = tableOf(model);
      const tableColumns = new Map(columns.filter((c) => c.table_name === table).map((c) => [c.column_name, c]));
      for (const field of scalarFields(model)) {
        const where = `${model.name}.${field.name}`;
        const column = tableColumns.get(columnOf(field));
        assert.ok(column, `${where}: column "${table}"."${columnOf(field)}" is missing`);
        assert.equal(column.udt_name, expectedUdt(field), `${where}: column type`);
        assert.equal(column.is_nullable, field.isRequired ? 'NO' : 'YES', `${where}: ${field.isRequired ? 'required, must be NOT NULL' : 'optional, must be nullable'}`);
        assert.equal(column.is_generated, 'NEVER', `${where}: Prisma writes this column, it cannot be GENERATED`);
        checkPrecision(where, field, column);
        checkDefault(where, field, column);
        tableColumns.delete(columnOf(field));
      }
      for (const extra of unsupported.get(model.name) ?? []) {
        const column = tableColumns.get(extra.name);
        assert.ok(column, `${model.name}.${extra.name}: Unsupported("${extra.dbType}") column is missing`);
        assert.equal(column.udt_name, extra.dbType, `${model.name}.${extra.name}: column type`);
        assert.equal(column.is_nullable, extra.isRequired ? 'NO' : 'YES', `${model.name}.${extra.name}: nullability`);
        tableColumns.delete(extra.name);
      }
      assert.deepEqual([...tableColumns.keys()], [], `columns of "${table}" that schema.prisma does not declare`);
    });
  }

  test('enums match, value for value and in order', () => {
    const expected = new Map(datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    assert.deepEqual(Object.fromEntries([...dbEnums].sort()), Object.fromEntries([...expected].sort()));
  });

  test('indexes and unique constraints match (columns, order, method, names)', () => {
    const expected = datamodel.indexes.map((index) => {
      const model = modelByName.get(index.model)!;
      const table = tableOf(model);
      const cols = index.fields.map((f) => {
        const field = model.fields.find((x) => x.name === f.name);
        return field ? columnOf(field) : f.name; // Unsupported fields are not in the DMMF field list
      });
      const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
      const name = index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
      const desc = index.fields.map((f) => (f.sortOrder === 'desc' ? ' DESC' : ''));
      const method = (index.algorithm ?? 'BTree').toLowerCase();
      return `${table}: ${name} ${index.type === 'id' ? 'PRIMARY KEY' : index.type === 'unique' ? 'UNIQUE' : 'INDEX'} USING ${method} (${cols.map((c, i) => c + desc[i]).join(', ')})`;
    });
    const actual = indexes.map((ix) => {
      assert.ok(!ix.expression && !ix.partial, `${ix.table}.${ix.name}: expression/partial indexes cannot be declared in schema.prisma`);
      const kind = ix.primary ? 'PRIMARY KEY' : ix.unique ? 'UNIQUE' : 'INDEX';
      return `${ix.table}: ${ix.name} ${kind} USING ${ix.method} (${ix.columns.map((c, i) => c + (ix.descending[i] ? ' DESC' : '')).join(', ')})`;
    });
    assert.deepEqual(actual.sort(), expected.sort());
  });

  test('foreign keys match the relations (columns, target, ON DELETE / ON UPDATE)', () => {
    const action: Record<string, string> = { Cascade: 'c', Restrict: 'r', NoAction: 'a', SetNull: 'n', SetDefault: 'd' };
    const expected: string[] = [];
    for (const model of datamodel.models) {
      for (const field of model.fields) {
        if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
        const target = modelByName.get(field.type)!;
        const cols = field.relationFromFields.map((n) => columnOf(model.fields.find((f) => f.name === n)!));
        const refCols = field.relationToFields!.map((n) => columnOf(target.fields.find((f) => f.name === n)!));
        const optional = field.relationFromFields.some((n) => !model.fields.find((f) => f.name === n)!.isRequired);
        const onDelete = action[field.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict')];
        const onUpdate = action[field.relationOnUpdate ?? 'Cascade'];
        expected.push(`${tableOf(model)}_${cols.join('_')}_fkey: ${tableOf(model)}(${cols}) -> ${tableOf(target)}(${refCols}) delete=${onDelete} update=${onUpdate}`);
      }
    }
    const actual = foreignKeys.map((fk) => `${fk.name}: ${fk.table}(${fk.columns}) -> ${fk.ref_table}(${fk.ref_columns}) delete=${fk.on_delete} update=${fk.on_update}`);
    assert.deepEqual(actual.sort(), expected.sort());
  });
});

// ---------------------------------------------------------------------------
// Round trip: one record per model, every scalar field set, through the client.

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Models ordered so that every model comes after the models its foreign keys point to. */
function creationOrder(): DmmfModel[] {
  const order: DmmfModel[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (model: DmmfModel) => {
    if (state.get(model.name) === 'done') return;
    assert.notEqual(state.get(model.name), 'visiting', `foreign key cycle through ${model.name}: extend this test`);
    state.set(model.name, 'visiting');
    for (const field of model.fields) {
      if (field.kind === 'object' && field.relationFromFields?.length && field.type !== model.name) visit(modelByName.get(field.type)!);
    }
    state.set(model.name, 'done');
    order.push(model);
  };
  datamodel.models.forEach(visit);
  return order;
}

function sampleValue(model: DmmfModel, field: DmmfField, suffix: string): unknown {
  if (field.kind === 'enum') {
    const values = enumByName.get(field.type)!.values;
    return values[values.length - 1].name;
  }
  const one = (() => {
    switch (field.type) {
      case 'String':
        return `${model.name}.${field.name} ${suffix} — Zürich, Київ, 東京 'quoted' "double"`;
      case 'Int':
        return 42;
      case 'BigInt':
        return 9007199254740993n;
      case 'Float':
        return 1.5;
      case 'Decimal':
        return new Prisma.Decimal('12.34');
      case 'Boolean':
        return field.hasDefaultValue ? !field.default : true;
      case 'DateTime':
        return new Date('2026-03-29T00:30:00.123Z');
      case 'Json':
        return { blocks: [{ type: 'paragraph', text: 'Hello' }], n: 1, nested: { ok: true } };
      case 'Bytes':
        return new Uint8Array([0, 1, 2, 127, 128, 255]);
      default:
        assert.fail(`no sample value for ${field.type}: extend this test`);
    }
  })();
  return field.isList ? [one] : one;
}

function assertSame(where: string, actual: unknown, expected: unknown): void {
  if (expected instanceof Date) assert.equal((actual as Date)?.getTime(), expected.getTime(), where);
  else if (expected instanceof Uint8Array) assert.ok(Buffer.from(actual as Uint8Array).equals(Buffer.from(expected)), where);
  else if (Prisma.Decimal.isDecimal(expected)) assert.equal(String(actual), String(expected), where);
  else assert.deepEqual(actual, expected, where);
}

const isFunctionDefault = (field: DmmfField) => typeof field.default === 'object' && field.default !== null && 'name' in field.default;

/** Tables whose rows the database refuses to delete (ADR 015). */
const APPEND_ONLY = new Set(['AuditEntry']);

type Delegate = Record<string, (args: unknown) => Promise<Record<string, unknown>>>;

describe('every model can be written and read through the generated client', () => {
  test('create (all fields, then only required ones), read back, delete', async () => {
    const prisma = db.prisma as unknown as Record<string, Delegate>;
    const order = creationOrder();
    assert.equal(order.length, datamodel.models.length);
    const created = new Map<string, Record<string, unknown>[]>();
    const primaryKeyOf = (model: DmmfModel) => model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);

    for (const variant of ['full', 'minimal'] as const) {
      for (const model of order) {
        const foreignKeys = new Map<string, { target: string; targetField: string }>();
        for (const rel of model.fields) {
          if (rel.kind !== 'object' || !rel.relationFromFields?.length) continue;
          rel.relationFromFields.forEach((from, i) => foreignKeys.set(from, { target: rel.type, targetField: rel.relationToFields![i] }));
        }
        const data: Record<string, unknown> = {};
        for (const field of scalarFields(model)) {
          const fk = foreignKeys.get(field.name);
          if (fk) {
            // Point at the parent created in the same round (composite keys stay unique).
            const parents = created.get(fk.target)!;
            data[field.name] = parents[parents.length - 1][fk.targetField];
          } else if (variant === 'full' ? !isFunctionDefault(field) : field.isRequired && !field.hasDefaultValue) {
            data[field.name] = sampleValue(model, field, variant);
          }
        }

        const delegate = prisma[lowerFirst(model.name)];
        const record = await delegate.create({ data });
        const where = Object.fromEntries(primaryKeyOf(model).map((f) => [f, record[f]]));
        const read = await delegate.findFirstOrThrow({ where });
        const what = `${model.name} (${variant})`;

        for (const [fieldName, value] of Object.entries(data)) assertSame(`${what}.${fieldName} read back`, read[fieldName], value);
        for (const field of scalarFields(model)) {
          if (field.name in data) continue;
          if (!field.hasDefaultValue) {
            assert.equal(read[field.name], null, `${what}.${field.name}: optional field left empty`);
            continue;
          }
          assert.notEqual(read[field.name], null, `${what}.${field.name}: default applied`);
          if (!isFunctionDefault(field)) {
            const expected = field.type === 'Json' ? JSON.parse(String(field.default)) : field.default;
            assert.deepEqual(read[field.name], expected, `${what}.${field.name}: default value`);
          }
        }
        created.set(model.name, [...(created.get(model.name) ?? []), read]);
      }
    }

    // The generated full-text column is filled in from the text fields.
    if (unsupported.get('Article')?.some((f) => f.name === 'search')) {
      const { rows } = await client.query<{ hit: boolean }>(`SELECT search @@ plainto_tsquery('english', 'Zürich') AS hit FROM "Article" WHERE id = $1`, [
        created.get('Article')![0].id,
      ]);
      assert.equal(rows[0]?.hit, true, 'Article.search matches words of the title');
    }

    for (const model of [...order].reverse()) {
      for (const record of created.get(model.name)!) {
        const where = Object.fromEntries(primaryKeyOf(model).map((f) => [f, record[f]]));
        if (APPEND_ONLY.has(model.name)) {
          await assert.rejects(prisma[lowerFirst(model.name)].deleteMany({ where }), /append-only/, `${model.name} refuses deletes`);
          continue;
        }
        const { count } = (await prisma[lowerFirst(model.name)].deleteMany({ where })) as unknown as { count: number };
        assert.equal(count, 1, `${model.name} deleted`);
      }
    }
  });
});
