/**
 * `skadekalk terms --from DOC…`: conditions documents → terms. What the documents state replaces
 * the base terms' value at the same place; everything else is the base's. The result says which
 * values were read where (`read.values`) and what could not be read (`warnings`).
 *
 * - A table the documents state (an age table, a deductible table, the odometer table) replaces
 *   the base's table as a whole: an insurer's table is its own list, not additions to another's.
 * - Values and list entries read from sentences replace the base's value or entry of the same key.
 * - A value stated twice with different numbers is not guessed: both are named in a warning and
 *   the base's value stays.
 */
import { InputError } from '../../core/errors.js';
import type { SourceDocument } from '../../parse/source.js';
import { INSURERS } from '../../parse/vocabulary.js';
import type { ReadValue, Terms, TermsDocument, TermsWarning } from '../types.js';
import type { Finding } from './found.js';
import { readDocument } from './document.js';
import { DATE, readDateText, slug } from './words.js';

export interface ReadOptions {
  name?: string | undefined;
  insurer?: string | undefined;
}

/** Paths whose value is a list that a document's table replaces as a whole. */
const TABLE_LISTS = /\.(?:deductibles|maskinskade_deductible)$/;

export function readTermsFrom(docs: SourceDocument[], base: Terms, opts: ReadOptions = {}): Terms {
  const documents: TermsDocument[] = base.documents.map((d) => ({ ...d }));
  const all: Array<Finding & { document: string }> = [];
  const warnings: TermsWarning[] = [];
  let relevant = false;
  for (const doc of docs) {
    const id = documentId(doc, documents);
    const r = readDocument(doc, id, base);
    relevant ||= r.relevant;
    for (const f of r.findings) all.push({ ...f, document: id });
    warnings.push(...r.warnings);
  }
  if (!relevant && all.length === 0) {
    throw new InputError(`found no terms in ${docs.map((d) => d.file).join(', ')}: looked for age-deduction tables and rules (… % for hvert påbegynte år fra … år), deductible tables, the odometer table, limits (maksimalt/inntil kr …) and deadlines in the sections of the products`);
  }
  const products = structuredClone(base.products) as Record<string, Record<string, unknown>>;
  const values: ReadValue[] = [];
  const started = new Set<string>();
  // rows first, then what belongs to their table (a date, a renewal year): a table started anew keeps them
  const findings = settle(all, warnings).sort((a, b) => rank(a) - rank(b));
  for (const f of findings) {
    apply(products, f, started);
    values.push({ path: `products.${f.path}`, file: f.where.file, page: f.where.page, line: f.where.line });
  }
  const insurer = opts.insurer ?? insurerOf(docs);
  const validFrom = validFromOf(docs);
  const out: Omit<Terms, 'documents' | 'products'> & Partial<Pick<Terms, 'documents' | 'products'>> = {
    schema: base.schema,
    name: opts.name ?? slug(docs[0]!.file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, ''), 8).replace(/_/g, '-'),
    title: `${insurer ? `${insurer}: ` : ''}vilkår lest fra ${docs.map((d) => d.file.replace(/^.*[\\/]/, '')).join(', ')}`,
  };
  if (insurer) out.insurer = insurer;
  if (validFrom) {
    out.version = validFrom.slice(0, 4);
    out.valid_from = validFrom;
  }
  out.documents = documents.filter((d) => base.documents.some((b) => b.id === d.id) || all.some((f) => f.document === d.id));
  out.products = products as Terms['products'];
  const order = docs.map((d) => d.file);
  values.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.page - b.page || a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  out.read = {
    base: base.name,
    documents: docs.map((d) => ({ file: d.file, sha256: d.sha256, kind: d.kind, pages: Math.max(1, d.pages) })),
    values,
  };
  if (warnings.length > 0) out.warnings = warnings;
  return out as Terms;
}

/** Rows of keyed tables before the other values (see apply). */
function rank(f: Finding): number {
  return f.path.split('.')[2] === 'rows' ? 0 : 1;
}

/** The id of a document among the terms' documents: the same bytes as one listed keep its id. */
function documentId(doc: SourceDocument, documents: TermsDocument[]): string {
  const same = documents.find((d) => d.sha256 === doc.sha256);
  if (same) return same.id;
  const stem = slug(doc.file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, ''), 4) || 'dokument';
  let id = stem;
  for (let n = 2; documents.some((d) => d.id === id); n++) id = `${stem}_${n}`;
  documents.push({ id, title: doc.file.replace(/^.*[\\/]/, ''), file: doc.file.replace(/^.*[\\/]/, ''), sha256: doc.sha256 });
  return id;
}

/**
 * The findings that stand: the first of each path, unless another states a different value —
 * then none (the base's value stays) and a warning names both.
 */
function settle(all: Array<Finding & { document: string }>, warnings: TermsWarning[]): Array<Finding & { document: string }> {
  const byPath = new Map<string, Array<Finding & { document: string }>>();
  for (const f of all) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const out: Array<Finding & { document: string }> = [];
  for (const [path, list] of byPath) {
    const first = list[0]!;
    const other = list.find((f) => JSON.stringify(f.value) !== JSON.stringify(first.value));
    if (other) {
      warnings.push({
        file: other.where.file,
        page: other.where.page,
        line: other.where.line,
        text: other.where.text.trim().slice(0, 160),
        message: `two values for ${path}: ${show(first.value)} (line ${first.where.line}) and ${show(other.value)} (line ${other.where.line}); neither is used`,
      });
      continue;
    }
    out.push(first);
  }
  return out;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/**
 * Put a finding into the products, with its clause and document. `started` holds the tables whose
 * rows a document has begun to state.
 */
function apply(products: Record<string, Record<string, unknown>>, f: Finding & { document: string }, started: Set<string>): void {
  const parts = f.path.split('.');
  const product = parts[0]!;
  const section = (products[product] ??= {});
  const ref = { clause: f.clause, document: f.document };
  // age tables (value already a table with its clause), whole lists of a table
  if (/\.(?:age_deduction|electronics)$/.test(f.path)) {
    section[parts[1]!] = f.value;
    return;
  }
  if (TABLE_LISTS.test(f.path)) {
    const rows = f.value as Array<Record<string, unknown>>;
    section[parts[1]!] = parts[1] === 'maskinskade_deductible' ? { ...ref, rows } : rows.map((r) => ({ ...r, ...ref }));
    return;
  }
  // where a rule without a number is stated
  if (parts[1] === 'clauses') {
    section.clauses = { ...((section.clauses as Record<string, unknown> | undefined) ?? {}), [parts[2]!]: ref };
    return;
  }
  // entries of keyed lists (sub-limits, deductibles from sentences) and rows of keyed tables
  if ((parts[1] === 'sub_limits' || parts[1] === 'deductibles') && parts.length === 3) {
    const list = ((section[parts[1]] as Array<Record<string, unknown>> | undefined) ?? []).slice();
    const entry = { ...(f.value as Record<string, unknown>), ...ref };
    const i = list.findIndex((e) => e.key === parts[2]);
    if (i >= 0) list[i] = entry;
    else list.push(entry);
    section[parts[1]] = list;
    return;
  }
  if (parts[2] === 'rows' && parts.length === 4) {
    // the first row a document states starts its table anew: another insurer's minimums are not
    // added to the base's, nor do they take the base's date
    const fresh = !started.has(`${product}.${parts[1]}`);
    started.add(`${product}.${parts[1]}`);
    const old = section[parts[1]!] as { rows: Array<Record<string, unknown>>; clause: string; document: string } | undefined;
    const table = fresh || !old ? { ...ref, rows: [] } : old;
    const rows = table.rows.slice();
    const key = parts[1] === 'minimum_deductible' || parts[1] === 'deductible' ? 'coverage' : 'key';
    const i = rows.findIndex((r) => r[key] === parts[3]);
    if (i >= 0) rows[i] = f.value as Record<string, unknown>;
    else rows.push(f.value as Record<string, unknown>);
    section[parts[1]!] = { ...table, ...ref, rows };
    return;
  }
  // a scalar: {value, clause, document} at its path (a table's own number: the number alone)
  let obj = section;
  if (parts[parts.length - 1] === 'from_renewal_year') {
    for (const k of parts.slice(1, -1)) obj = (obj[k] ??= { ...ref, rows: [] }) as Record<string, unknown>;
    obj.from_renewal_year = f.value;
    return;
  }
  for (const k of parts.slice(1, -1)) obj = (obj[k] ??= {}) as Record<string, unknown>;
  obj[parts[parts.length - 1]!] = { value: f.value, ...ref };
}

const KNOWN_INSURERS = ['Gjensidige', 'Fremtind', 'SpareBank 1', 'Storebrand', 'Tryg', 'Codan', 'Protector', 'Frende', 'Eika', 'KLP', 'If', 'DNB', 'Landkreditt', 'Jernbanepersonalets', 'Nemi'];

const named = (text: string, name: string): boolean => new RegExp(`(?:^|[^A-Za-zÆØÅæøå])${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![A-Za-zÆØÅæøå])`).test(text);

/** The insurer a document names: one whose legal name (the parser's list of insurers) it states, else a known insurer named early in the text. */
function insurerOf(docs: SourceDocument[]): string | undefined {
  for (const d of docs) {
    const text = d.lines.slice(0, 400).map((l) => l.text).join('\n');
    const legal = INSURERS.find((i) => named(text, i.names[0]!));
    if (legal) {
      const known = KNOWN_INSURERS.find((k) => legal.name.startsWith(k));
      if (known) return known;
    }
    for (const k of KNOWN_INSURERS) if (new RegExp(`(?:^|[^A-Za-zÆØÅæøå])${k}(?![A-Za-zÆØÅæøå])`).test(text)) return k;
  }
  return undefined;
}

/** «Vilkår av 01.01.2024», «gjelder fra 1. januar 2024», «Fornyelse gjelder fra 01.01.2024». */
function validFromOf(docs: SourceDocument[]): string | undefined {
  const re = new RegExp(String.raw`(?:gjelder fra|gyldig fra|gjeldende fra|vilkår av|fornyelse gjelder fra)\s+${DATE}`, 'i');
  for (const d of docs) {
    for (const l of d.lines) {
      const m = re.exec(l.text.toLowerCase());
      if (m) {
        const iso = readDateText(m[1]!);
        if (iso) return iso;
      }
    }
  }
  return undefined;
}
