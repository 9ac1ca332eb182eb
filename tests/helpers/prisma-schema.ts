/**
 * Reads prisma/schema.prisma the way Prisma does: through Prisma's own schema
 * parser (the prisma-schema WebAssembly module shipped in the `prisma` package),
 * returning the DMMF datamodel (models, fields with nullability/native types/
 * defaults, enums, indexes, relations).
 *
 * The generated client's runtime data model only carries field names and
 * types, not nullability or indexes, hence this. The wasm-bindgen glue below
 * is the minimum get_dmmf needs; if a Prisma upgrade changes the module's
 * imports this fails loudly rather than guessing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

export interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  dbName?: string | null;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  schema: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}

export interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}

export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  isDefinedOnField: boolean;
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}

export interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

interface WasmExports {
  memory: WebAssembly.Memory;
  __wbindgen_start(): void;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, size: number, align: number): void;
  __wbindgen_externrefs: WebAssembly.Table;
  __externref_table_dealloc(index: number): void;
  get_dmmf(ptr: number, len: number): [number, number, number, number];
}

function loadSchemaWasm(): WasmExports {
  const require = createRequire(import.meta.url);
  const wasmFile = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'prisma_schema_build_bg.wasm');
  const wasmModule = new WebAssembly.Module(readFileSync(wasmFile));
  let exports!: WasmExports;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const readString = (ptr: number, len: number) => decoder.decode(new Uint8Array(exports.memory.buffer, ptr >>> 0, len));
  const implementations: Record<string, (...args: number[]) => unknown> = {
    __wbg_set_message_: (ptr, len) => {
      panicMessage = readString(ptr, len);
    },
    __wbg_Error_: (ptr, len) => new Error(readString(ptr, len)),
    __wbg___wbindgen_throw_: (ptr, len) => {
      throw new Error(readString(ptr, len));
    },
    __wbindgen_init_externref_table: () => {
      const table = exports.__wbindgen_externrefs;
      const offset = table.grow(4);
      table.set(0, undefined);
      table.set(offset + 0, undefined);
      table.set(offset + 1, null);
      table.set(offset + 2, true);
      table.set(offset + 3, false);
    },
  };
  const imports: Record<string, Record<string, unknown>> = {};
  for (const imp of WebAssembly.Module.imports(wasmModule)) {
    const key = Object.keys(implementations).find((prefix) => imp.name.startsWith(prefix));
    if (!key) throw new Error(`tests/helpers/prisma-schema.ts: unknown import ${imp.module}.${imp.name} in ${wasmFile} (Prisma upgrade?)`);
    (imports[imp.module] ??= {})[imp.name] = implementations[key];
  }
  exports = new WebAssembly.Instance(wasmModule, imports as WebAssembly.Imports).exports as unknown as WasmExports;
  exports.__wbindgen_start();
  return exports;
}

let panicMessage = '';
let wasm: WasmExports | undefined;

/** Prisma's DMMF of a schema (default: prisma/schema.prisma). */
export function getDatamodel(schemaFile: string = SCHEMA_FILE): Datamodel {
  wasm ??= loadSchemaWasm();
  const params = JSON.stringify({ prismaSchema: [[path.basename(schemaFile), readFileSync(schemaFile, 'utf8')]], noColor: true });
  const input = new TextEncoder().encode(params);
  const ptr = wasm.__wbindgen_malloc(input.length, 1) >>> 0;
  new Uint8Array(wasm.memory.buffer).set(input, ptr);
  let result: [number, number, number, number];
  try {
    result = wasm.get_dmmf(ptr, input.length);
  } catch (err) {
    throw new Error(`Prisma's schema parser crashed: ${panicMessage || (err as Error).message}`);
  }
  if (result[3]) {
    const error = wasm.__wbindgen_externrefs.get(result[2]);
    wasm.__externref_table_dealloc(result[2]);
    throw error instanceof Error ? error : new Error(String(error));
  }
  const json = new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, result[0] >>> 0, result[1]));
  wasm.__wbindgen_free(result[0], result[1], 1);
  return (JSON.parse(json) as { datamodel: Datamodel }).datamodel;
}

/**
 * Fields declared as Unsupported("…") — absent from the DMMF and the client,
 * present as columns. Returned per model: { field, dbType, isRequired }.
 */
export function unsupportedFields(schemaFile: string = SCHEMA_FILE): Map<string, { name: string; dbType: string; isRequired: boolean }[]> {
  const text = readFileSync(schemaFile, 'utf8').replace(/\/\/.*$/gm, '');
  const result = new Map<string, { name: string; dbType: string; isRequired: boolean }[]>();
  for (const block of text.matchAll(/^\s*model\s+(\w+)\s*\{([\s\S]*?)^\s*\}/gm)) {
    const fields = [...block[2].matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm)].map((m) => ({
      name: m[1],
      dbType: m[2],
      isRequired: m[3] !== '?',
    }));
    if (fields.length > 0) result.set(block[1], fields);
  }
  return result;
}
