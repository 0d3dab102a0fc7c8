/**
 * Dated parameter tables (docs/params.md). The tables are data: `params/*.yaml`, one file per table,
 * each value with its valid-from date and its source. They are built into the CLI bundle; a user
 * file given with `--params FILE` overrides or extends them.
 *
 * A value holds from its `from` date until the next entry's `from`, the last one until the
 * table's `until`. A lookup before the first date, after `until`, or in a period whose value is
 * `null` (not known) throws an InputError naming the option that supplies the value — never a
 * silent extrapolation.
 */
import { InputError } from '../core/errors.js';
import { Decimal } from '../core/money.js';
import { describe, parseDateValue, parseNumberValue, type IsoDate } from '../core/norsk.js';
import gRaw from '../../params/g.yaml';
import naturskadeRaw from '../../params/naturskade.yaml';
import indexRaw from '../../params/index.yaml';

export const INDEX_CLASSES = ['bygninger', 'maskin_losore', 'varer', 'innbo', 'other'] as const;
export type IndexClass = (typeof INDEX_CLASSES)[number];
export type IndexRates = Partial<Record<IndexClass, Decimal>>;

export interface ParamEntry<T> {
  from: IsoDate;
  value: T | null;
  source: string;
}

export interface ParamTable<T> {
  name: TableName;
  title: string;
  unit: string;
  /** The option that supplies a value the table does not have. */
  option: string;
  until: IsoDate;
  source: string;
  entries: ParamEntry<T>[];
  /** Where the table came from: `built-in`, or the --params file that changed it. */
  origin: string;
}

export interface Tables {
  g: ParamTable<Decimal>;
  naturskade: ParamTable<Decimal>;
  index: ParamTable<IndexRates>;
}
export type TableName = keyof Tables;
export const TABLE_NAMES: readonly TableName[] = ['g', 'naturskade', 'index'];

type ValueReader<T> = (raw: unknown) => T;

const readPositive: ValueReader<Decimal> = (raw) => {
  const d = parseNumberValue(raw);
  if (d.lessThanOrEqualTo(0)) throw new InputError(`expected a value above zero, got ${describe(raw)}`);
  return d;
};

const readIndexRates: ValueReader<IndexRates> = (raw) => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`expected a mapping of object class to percent, got ${describe(raw)}`);
  }
  const out: IndexRates = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!(INDEX_CLASSES as readonly string[]).includes(k)) {
      throw new InputError(`unknown index class "${k}"; expected one of ${INDEX_CLASSES.join(', ')}`, { field: k });
    }
    try {
      out[k as IndexClass] = parseNumberValue(v, { allowNegative: true });
    } catch (e) {
      throw e instanceof InputError ? e.within({ field: k }) : e;
    }
  }
  return out;
};

const READERS: { [K in TableName]: ValueReader<Tables[K] extends ParamTable<infer T> ? T : never> } = {
  g: readPositive,
  naturskade: readPositive,
  index: readIndexRates,
};

function isMapping(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function str(raw: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const v = raw[key];
  if (v === undefined || v === null) {
    if (required) throw new InputError(`missing "${key}"`, { field: key });
    return undefined;
  }
  if (typeof v !== 'string' || v.trim() === '') throw new InputError(`expected text, got ${describe(v)}`, { field: key });
  return v;
}

function readEntries<T>(name: TableName, raw: unknown, read: ValueReader<T>): ParamEntry<T>[] {
  if (!Array.isArray(raw)) throw new InputError(`expected a list of {from, value, source}, got ${describe(raw)}`, { field: 'entries' });
  const entries = raw.map((e, i): ParamEntry<T> => {
    const field = `entries[${i}]`;
    try {
      if (!isMapping(e)) throw new InputError(`expected {from, value, source}, got ${describe(e)}`);
      for (const k of Object.keys(e)) {
        if (!['from', 'value', 'source'].includes(k)) throw new InputError(`unknown key "${k}"; expected from, value, source`);
      }
      if (e.from === undefined) throw new InputError('missing "from"', { field: 'from' });
      let from: IsoDate;
      try {
        from = parseDateValue(e.from);
      } catch (err) {
        throw err instanceof InputError ? err.within({ field: 'from' }) : err;
      }
      const source = str(e, 'source', true)!;
      if (!('value' in e)) throw new InputError('missing "value" (null marks a period that is not known)', { field: 'value' });
      let value: T | null = null;
      if (e.value !== null) {
        try {
          value = read(e.value);
        } catch (err) {
          throw err instanceof InputError ? err.within({ field: 'value' }) : err;
        }
      }
      return { from, value, source };
    } catch (err) {
      throw err instanceof InputError ? err.within({ field: `${name}.${field}` }) : err;
    }
  });
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.from)) throw new InputError(`two entries from ${e.from}`, { field: `${name}.entries` });
    seen.add(e.from);
  }
  return entries.sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** Read one table from its YAML form (a built-in file or a --params section). */
export function readTable<K extends TableName>(name: K, raw: unknown, origin: string): Tables[K] {
  if (!isMapping(raw)) throw new InputError(`expected a table mapping, got ${describe(raw)}`, { field: name });
  const entries = readEntries(name, raw.entries, READERS[name] as ValueReader<unknown>);
  if (entries.length === 0) throw new InputError('a table needs at least one entry', { field: `${name}.entries` });
  const untilRaw = raw.until;
  const until = untilRaw === undefined ? oneYearAfter(entries[entries.length - 1]!.from) : parseDateValue(untilRaw);
  return {
    name,
    title: str(raw, 'title', false) ?? name,
    unit: str(raw, 'unit', false) ?? '',
    option: str(raw, 'option', false) ?? '--params',
    until,
    source: str(raw, 'source', false) ?? origin,
    entries,
    origin,
  } as unknown as Tables[K];
}

function oneYearAfter(d: IsoDate): IsoDate {
  const y = +d.slice(0, 4) + 1;
  const dt = new Date(Date.UTC(y, +d.slice(5, 7) - 1, +d.slice(8, 10) - 1));
  return dt.toISOString().slice(0, 10);
}

let builtIn: Tables | undefined;

/** The tables shipped with skadekalk. */
export function builtInTables(): Tables {
  builtIn ??= {
    g: readTable('g', gRaw, 'built-in'),
    naturskade: readTable('naturskade', naturskadeRaw, 'built-in'),
    index: readTable('index', indexRaw, 'built-in'),
  };
  return builtIn;
}

/**
 * Merge a --params document into the tables. The document maps table names to tables; each
 * entry replaces the built-in entry with the same `from` date or adds a new one; `until` moves
 * to the later of the two (a section without `until` holds one year past its last entry).
 */
export function mergeParams(base: Tables, doc: unknown, origin: string): Tables {
  if (!isMapping(doc)) throw new InputError(`expected a mapping of table names (${TABLE_NAMES.join(', ')}), got ${describe(doc)}`);
  const out: Tables = { ...base };
  for (const [key, section] of Object.entries(doc)) {
    if (!(TABLE_NAMES as readonly string[]).includes(key)) {
      throw new InputError(`unknown table "${key}"; expected one of ${TABLE_NAMES.join(', ')}`, { field: key });
    }
    const name = key as TableName;
    const user = readTable(name, section, origin);
    const old = base[name] as ParamTable<unknown>;
    const byDate = new Map<string, ParamEntry<unknown>>(old.entries.map((e) => [e.from, e]));
    for (const e of user.entries as ParamEntry<unknown>[]) byDate.set(e.from, e);
    const merged: ParamTable<unknown> = {
      ...old,
      entries: [...byDate.values()].sort((a, b) => (a.from < b.from ? -1 : 1)),
      until: user.until > old.until ? user.until : old.until,
      origin: `${origin} over ${old.origin}`,
    };
    (out as unknown as Record<string, ParamTable<unknown>>)[name] = merged;
  }
  return out;
}

export interface Found<T> {
  value: T;
  from: IsoDate;
  source: string;
}

/** The value in force on `date`; throws when the table does not know it. */
export function lookup<T>(table: ParamTable<T>, date: IsoDate, what = table.title, when: string = date): Found<T> {
  const hint = table.option === '--params' ? 'give it with --params FILE' : `give it with ${table.option} or --params FILE`;
  const first = table.entries[0]!;
  if (date < first.from) {
    throw new InputError(`${what} is not known before ${first.from} (asked for ${when}); ${hint}`);
  }
  if (date > table.until) {
    throw new InputError(`${what} is not known after ${table.until} (asked for ${when}); ${hint}`);
  }
  let found = first;
  for (const e of table.entries) {
    if (e.from <= date) found = e;
    else break;
  }
  if (found.value === null) {
    throw new InputError(`${what} is not known for ${when} (${found.source}); ${hint}`);
  }
  return { value: found.value, from: found.from, source: found.source };
}

/** The period an entry covers: from its date until the day before the next entry, or `until`. */
export function entryPeriods<T>(table: ParamTable<T>): Array<ParamEntry<T> & { to: IsoDate }> {
  return table.entries.map((e, i) => {
    const next = table.entries[i + 1];
    return { ...e, to: next ? dayBefore(next.from) : table.until };
  });
}

function dayBefore(d: IsoDate): IsoDate {
  const dt = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10) - 1));
  return dt.toISOString().slice(0, 10);
}
