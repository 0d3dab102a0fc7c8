/**
 * `naturskade --objects FILE`: a list of objects with a name and a fire sum, as YAML/JSON
 * (`[{name, fire_sum}]` or `{objects: [...]}`) or CSV with a header row (`name;fire_sum`, also
 * `navn` / `brannforsikringssum`; `,` or `;` between columns — with `;` the amounts may use a
 * decimal comma).
 */
import { InputError } from '../../core/errors.js';
import { describe, parseNumberValue } from '../../core/norsk.js';
import type { FireSumObject } from '../../premiums/naturskade.js';
import { readInput } from '../io.js';

const NAME_KEYS = ['name', 'navn', 'objekt'];
const SUM_KEYS = ['fire_sum', 'brannforsikringssum', 'forsikringssum', 'sum'];

export async function readObjectsFile(path: string): Promise<FireSumObject[]> {
  const file = readInput(path, 'object list');
  const { decodeText } = await import('../../core/data.js');
  const text = decodeText(file.data, file.name);
  const isCsv = /\.csv$/i.test(path) || (!/\.(ya?ml|json)$/i.test(path) && looksLikeCsv(text));
  const records = isCsv ? await csvRecords(text, file.name) : await yamlRecords(text, file.name);
  if (records.length === 0) throw new InputError('has no objects', { file: file.name });
  return records.map(({ rec, where }) => toObject(rec, file.name, where));
}

function looksLikeCsv(text: string): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return /[;,]/.test(first) && !/:\s/.test(first) && !/^\s*[[{-]/.test(first);
}

interface Rec {
  rec: Record<string, unknown>;
  where: { line?: number; field?: string };
}

async function csvRecords(text: string, name: string): Promise<Rec[]> {
  const { parse } = await import('csv-parse/sync');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      delimiter,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: false,
    }) as Record<string, string>[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new InputError(`malformed CSV: ${err.message.split('\n')[0]}`, { file: name, line: err.lines });
  }
  return rows.map((rec, i) => ({ rec, where: { line: i + 2 } }));
}

async function yamlRecords(text: string, name: string): Promise<Rec[]> {
  const { parseDocument } = await import('../../core/data.js');
  let doc = parseDocument(text, name, { numbers: 'source' });
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'objects' in doc) doc = (doc as { objects: unknown }).objects;
  if (!Array.isArray(doc)) throw new InputError(`expected a list of {name, fire_sum}, got ${describe(doc)}`, { file: name });
  return doc.map((rec, i) => {
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      throw new InputError(`expected {name, fire_sum}, got ${describe(rec)}`, { file: name, field: `objects[${i}]` });
    }
    return { rec: rec as Record<string, unknown>, where: { field: `objects[${i}]` } };
  });
}

function pick(rec: Record<string, unknown>, keys: string[]): [string, unknown] | undefined {
  for (const k of keys) if (rec[k] !== undefined && rec[k] !== '') return [k, rec[k]];
  return undefined;
}

function toObject(rec: Record<string, unknown>, file: string, where: Rec['where']): FireSumObject {
  const name = pick(rec, NAME_KEYS);
  const sum = pick(rec, SUM_KEYS);
  const loc = (field: string) => ({ file, line: where.line, field: where.field ? `${where.field}.${field}` : field });
  if (!name) throw new InputError('missing "name"', loc('name'));
  if (typeof name[1] !== 'string' && typeof name[1] !== 'number') throw new InputError(`expected a name, got ${describe(name[1])}`, loc(name[0]));
  if (!sum) throw new InputError('missing "fire_sum"', loc('fire_sum'));
  try {
    return { name: String(name[1]), fireSum: parseNumberValue(sum[1], { money: true }) };
  } catch (e) {
    throw e instanceof InputError ? new InputError(e.detail, loc(sum[0])) : e;
  }
}
