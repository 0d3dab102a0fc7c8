/**
 * Terms files → Terms: the built-in ones (terms/*.yaml, built into the CLI as data) and files a
 * user names (`skadekalk terms FILE`, later `settle --terms FILE`).
 *
 * A user's file is checked against schema/terms.schema.json (ajv, compiled once per process, only
 * when a file is read) and then for what a schema cannot say: every value cites a document the
 * file lists, keys are unique within their table, dates exist, the odometer bands ascend without
 * overlapping. Errors are one line naming the file and the field. The built-in terms are checked
 * by the tests (src/vilkar/load.test.ts), not on every run.
 */
import { InputError } from '../core/errors.js';
import { fieldOf, lazyValidator, type SchemaError } from '../core/json-schema.js';
import { describe, parseDate } from '../core/norsk-text.js';
import schema from '../../schema/terms.schema.json';
import naering2024 from '../../terms/gjensidige-naering-2024.yaml';
import { TERMS_SCHEMA_ID, type AgeTable, type OdometerTable, type Ref, type Terms } from './types.js';

/** The terms shipped with skadekalk, by name; the first is the default. */
const BUILT_IN: readonly unknown[] = [naering2024];

/** The default terms: what settle uses when neither the claim's policy nor --terms names any. */
export const DEFAULT_TERMS = 'gjensidige-naering-2024';

export function builtInTerms(): Terms[] {
  return BUILT_IN as Terms[];
}

export function builtInNames(): string[] {
  return builtInTerms().map((t) => t.name);
}

export function findBuiltIn(name: string): Terms | undefined {
  return builtInTerms().find((t) => t.name === name);
}

/** Does a NAME|FILE argument name a built-in terms file (else it is a file)? */
export function isBuiltInName(spec: string): boolean {
  return findBuiltIn(spec) !== undefined;
}

const compiled = lazyValidator(schema as object);

/** What a value of one of the schema's kinds should look like. */
const EXPECTED: Readonly<Record<string, string>> = {
  decimal: 'a decimal string in machine form like "15000" or "1.4"',
  percent: 'a percentage from 0 to 100 as a decimal string like "10"',
  key: 'a key of lower-case letters, digits and _ like "elektrisk"',
  date: 'a date YYYY-MM-DD',
};

function schemaMessage(e: SchemaError, doc: unknown): string {
  const kind = /\$defs\/(decimal|percent|key|date)\//.exec(e.schemaPath)?.[1];
  const value = valueAt(doc, e.instancePath);
  if (kind && (e.keyword === 'pattern' || e.keyword === 'type')) return `expected ${EXPECTED[kind]}, got ${describe(value)}`;
  if (e.keyword === 'additionalProperties') return `unknown key "${String(e.params?.additionalProperty)}"`;
  if (e.keyword === 'required') return `missing "${String(e.params?.missingProperty)}"`;
  if (e.keyword === 'type') return `expected ${String(e.params?.type)}, got ${describe(value)}`;
  if (e.keyword === 'enum') return `expected one of ${(e.params?.allowedValues as unknown[]).join(', ')}, got ${describe(value)}`;
  if (e.keyword === 'const') return `expected ${JSON.stringify(e.params?.allowedValue)}, got ${describe(value)}`;
  return `${e.message ?? 'invalid'}${value === undefined ? '' : `, got ${describe(value)}`}`;
}

function valueAt(doc: unknown, instancePath: string): unknown {
  let v = doc;
  for (const p of instancePath.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** Check a parsed terms YAML/JSON (a user's file) and return it as Terms. */
export async function validateTerms(doc: unknown, file: string): Promise<Terms> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError(`expected terms (a mapping with schema: ${TERMS_SCHEMA_ID}), got ${describe(doc)}`, { file });
  }
  const s = (doc as Record<string, unknown>).schema;
  if (s === undefined) throw new InputError(`is not a terms file: it has no "schema: ${TERMS_SCHEMA_ID}"`, { file });
  if (s !== TERMS_SCHEMA_ID) throw new InputError(`schema ${describe(s)} is not supported; expected ${TERMS_SCHEMA_ID}`, { file, field: 'schema' });
  const validate = await compiled();
  if (!validate(doc)) {
    const e = validate.errors![0]!;
    throw new InputError(`does not match the terms schema: ${schemaMessage(e, doc)}`, { file, field: fieldOf(e.instancePath) });
  }
  checkTerms(doc as Terms, file);
  return doc as Terms;
}

/** What the schema cannot say. Throws an InputError naming the field. */
export function checkTerms(t: Terms, file: string): void {
  const ids = new Set<string>();
  t.documents.forEach((d, i) => {
    if (ids.has(d.id)) throw new InputError(`document id "${d.id}" is listed twice`, { file, field: `documents[${i}].id` });
    ids.add(d.id);
  });
  const fail = (field: string, detail: string) => new InputError(detail, { file, field });
  if (t.valid_from !== undefined) checkDate(t.valid_from, file, 'valid_from');
  walk(t.products, 'products', (value, field) => {
    if (isRef(value) && !ids.has(value.document)) {
      throw fail(`${field}.document`, `cites document "${value.document}", which the terms do not list (documents: ${[...ids].join(', ')})`);
    }
    if (isRef(value) && 'value' in value && typeof value.value === 'string' && /(^|\.)(from|policies_started_before)$/.test(field)) checkDate(value.value, file, `${field}.value`);
  });
  const p = t.products;
  for (const [field, table] of [
    ['products.eiendeler.age_deduction', p.eiendeler?.age_deduction],
    ['products.bygning.age_deduction', p.bygning?.age_deduction],
    ['products.motorvogn.electronics', p.motorvogn?.electronics],
    ['products.fritidsbat.electronics', p.fritidsbat?.electronics],
  ] as const) {
    if (table) checkAgeTable(table, field, ids, fail);
  }
  if (p.motorvogn?.maskinskade_deductible) checkOdometer(p.motorvogn.maskinskade_deductible, 'products.motorvogn.maskinskade_deductible', fail);
  for (const [product, section] of Object.entries(p) as Array<[string, Record<string, unknown>]>) {
    for (const list of ['deductibles', 'sub_limits'] as const) {
      const rows = section[list] as Array<{ key: string }> | undefined;
      if (rows) uniqueKeys(rows.map((r) => r.key), `products.${product}.${list}`, fail);
    }
  }
}

function checkAgeTable(table: AgeTable, field: string, ids: Set<string>, fail: (f: string, d: string) => InputError): void {
  uniqueKeys(table.rows.map((r) => r.key), `${field}.rows`, fail);
  table.rows.forEach((r, i) => {
    if (r.document !== undefined && !ids.has(r.document)) throw fail(`${field}.rows[${i}].document`, `cites document "${r.document}", which the terms do not list`);
  });
}

function checkOdometer(table: OdometerTable, field: string, fail: (f: string, d: string) => InputError): void {
  let next = 0;
  table.rows.forEach((r, i) => {
    if (r.from_km !== next) throw fail(`${field}.rows[${i}].from_km`, `expected ${next} (the bands must follow each other from 0 km without gaps or overlaps), got ${r.from_km}`);
    if (r.to_km !== null && r.to_km < r.from_km) throw fail(`${field}.rows[${i}].to_km`, `expected at least from_km ${r.from_km}, got ${r.to_km}`);
    if (r.to_km === null && i < table.rows.length - 1) throw fail(`${field}.rows[${i}].to_km`, 'only the last band may be open-ended (null)');
    next = r.to_km === null ? Infinity : r.to_km + 1;
  });
}

function uniqueKeys(keys: string[], field: string, fail: (f: string, d: string) => InputError): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (seen.has(k)) throw fail(`${field}[${i}].key`, `key "${k}" is listed twice`);
    seen.add(k);
  });
}

function checkDate(v: string, file: string, field: string): void {
  try {
    parseDate(v);
  } catch (e) {
    throw e instanceof InputError ? new InputError(e.detail, { file, field }) : e;
  }
}

function isRef(v: unknown): v is Ref & { value?: unknown } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as Ref).clause === 'string' && typeof (v as Ref).document === 'string';
}

/** Visit every object of a tree with its field path. */
function walk(v: unknown, field: string, visit: (value: unknown, field: string) => void): void {
  visit(v, field);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${field}[${i}]`, visit));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${field}.${k}`, visit);
}
