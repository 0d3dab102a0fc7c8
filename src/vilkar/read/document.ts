/**
 * One conditions document → what it states: findings for the terms' paths (values, tables, list
 * entries), and warnings for the lines that look like terms but were not read.
 *
 * The tables are read first (tables.ts), then every sentence — and every bullet of a table cell —
 * is offered to the value readings (values.ts), the age-rule reader (age.ts) and the few readers
 * of rows written as sentences (the machine minimums, the liability deductibles). A sentence no
 * reader took that still has a number and a word of the terms (egenandel, fradrag, maksimalt,
 * inntil …) inside a product's section is a warning with its page and line.
 */
import type { SourceDocument, SourceLine } from '../../parse/source.js';
import { lineAt } from '../../parse/units.js';
import type { AgeRow, AgeTable, Terms, TermsWarning } from '../types.js';
import { ageRuleIn, exemptMaterials, keyFor, type AgeRule } from './age.js';
import { headingProduct, splitPipes, walk, type Block, type Context, type Product } from './context.js';
import type { Finding, Piece, Where } from './found.js';
import { readTables, type Tables } from './tables.js';
import { CLAUSE_READINGS, readValues } from './values.js';
import { COUNT, amountsIn, firstAmount, readCount, slug } from './words.js';

export interface DocumentResult {
  findings: Finding[];
  warnings: TermsWarning[];
  /** Anything at all that looked like terms (for «nothing relevant found»). */
  relevant: boolean;
}

/** Words of the terms: a sentence with one of them and a number is relevant. */
const TERM_WORDS = /egenandel|fradrag|maksim|inntil|begrenset til|høyst|erstattes med|reduseres|per påbegynt|forhøyet/;
const NUMBER_UNIT = /\d\s*(?:%|prosent\b|kr\b|kroner\b|år\b|måneder\b|millioner\b|million\b)|\bkr\.?\s*\d/;

const SENTENCE_END = /(?<=[.!?»])\s+(?=[A-ZÆØÅ«"(])|\s+-\s+(?=[A-Za-zÆØÅæøå«])/g;

/** The pieces of a block: sentences, and the inline bullets of a table cell. */
function piecesOf(b: Block, file: string): Piece[] {
  const u = b.unit;
  const spans: Array<[number, number]> = [];
  const pushSplit = (from: number, to: number) => {
    const s = u.text.slice(from, to);
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
      spans.push([from + start, from + m.index]);
      start = m.index + m[0].length;
    }
    spans.push([from + start, to]);
  };
  if (u.row) {
    let at = 0;
    for (const c of u.cells) {
      if (c === '') continue;
      const i = u.text.indexOf(c, at);
      if (i < 0) continue;
      pushSplit(i, i + c.length);
      at = i + c.length;
    }
  } else pushSplit(0, u.text.length);
  const pieces: Piece[] = [];
  let prev = '';
  for (const [from, to] of spans) {
    const text = u.text.slice(from, to).trim().replace(/^[-•–]\s+/, '');
    if (text === '') continue;
    const lower = text.toLowerCase();
    const line = lineAt(u, from);
    pieces.push({ text, lower, prevLower: prev, ctx: b.ctx, where: { file, page: line.page, line: line.line, text: line.text } });
    prev = lower;
  }
  return pieces;
}

function whereOf(line: SourceLine, file: string): Where {
  return { file, page: line.page, line: line.line, text: line.text };
}

/** Where age rows go: eiendeler and bygning have their table, vehicles and boats an electronics table. */
function agePath(product: Product | undefined): string | undefined {
  if (product === 'eiendeler' || product === 'bygning') return `${product}.age_deduction`;
  if (product === 'motorvogn' || product === 'fritidsbat') return `${product}.electronics`;
  return undefined;
}

interface AgeCollect {
  product: Product;
  rows: Array<{ rule: AgeRule & { group?: 'instead' | 'both'; point_repair?: 'deductible_only'; exempt_materials?: string[] }; clause: string; where: Where }>;
  max?: string;
  together?: number;
}

export function readDocument(doc: SourceDocument, documentId: string, base: Terms): DocumentResult {
  const file = doc.file;
  const lines = splitPipes(doc.lines);
  const blocks = walk(lines);
  const ctxByLine = new Map<number, Context>();
  for (const b of blocks) for (const l of b.unit.lines) ctxByLine.set(l.line, b.ctx);
  const consumedLines = new Set<number>();
  const findings: Finding[] = [];
  const warnings: TermsWarning[] = [];
  let relevant = false;
  const warn = (w: Where, message: string) => warnings.push({ file: w.file, page: w.page, line: w.line, text: w.text.trim().slice(0, 160), message });

  const tables = readTables({
    lines,
    ctxOf: (l) => ctxByLine.get(l.line),
    consume: (l) => consumedLines.add(l.line),
    warn: (l, m) => warn(whereOf(l, file), m),
  });
  const ages = new Map<string, AgeCollect>();
  tableFindings(tables, ctxByLine, file, ages, findings, warnings);

  // sentences
  let group: { clause: string; group: 'instead' | 'both' } | undefined;
  for (const b of blocks) {
    readClauses(b, file, findings);
    if (b.unit.lines.every((l) => consumedLines.has(l.line))) continue;
    let lastRow: AgeCollect['rows'][number] | undefined;
    if (b.unit.row && readRow(b, file, findings)) {
      relevant = true;
      continue;
    }
    for (const p of piecesOf(b, file)) {
      let used = false;
      for (const hit of readValues(p)) {
        findings.push({ path: hit.path, value: hit.value, clause: p.ctx.clause, where: p.where });
        used = true;
      }
      const product = p.ctx.product;
      const path = agePath(product);
      if (product === 'bygning') {
        if (/i stedet for egenandel/.test(p.lower)) group = { clause: p.ctx.clause, group: 'instead' };
        else if (/både aldersfradrag og egenandel|egenandel i tillegg til aldersfradrag|aldersfradrag i tillegg til egenandel/.test(p.lower)) group = { clause: p.ctx.clause, group: 'both' };
        const together = new RegExp(String.raw`(?:ikke|ingen) aldersfradrag når ${COUNT} eller flere`).exec(p.lower);
        if (together && path) {
          collect(ages, path, product).together = readCount(together[1]!);
          used = true;
        }
        if (/punktrep\w*[^.]*?(?:kun|bare) egenandel/.test(p.lower) && lastRow) {
          lastRow.rule.point_repair = 'deductible_only';
          used = true;
        }
      }
      const rule = path ? ageRuleIn(p.text, p.lower, p.ctx.topic) : undefined;
      if (rule && path) {
        const row: AgeCollect['rows'][number] = { rule, clause: p.ctx.clause, where: p.where };
        if (product === 'bygning') {
          if (group && group.clause === p.ctx.clause) row.rule.group = group.group;
          const ex = exemptMaterials(p.lower);
          if (ex) row.rule.exempt_materials = ex;
        }
        collect(ages, path, product!).rows.push(row);
        lastRow = row;
        used = true;
      } else if (!rule && path && /(?:for hvert|per|pr\.?) (?:påbegynt\w* )?år/.test(p.lower) && /\d\s*(?:%|prosent)/.test(p.lower)) {
        warn(p.where, 'an age deduction without the age it starts from or what it is for');
        used = true;
      }
      if (readRowSentence(p, findings)) used = true;
      const isRelevant = p.ctx.product !== undefined && p.ctx.product !== 'other' && TERM_WORDS.test(p.lower) && NUMBER_UNIT.test(p.lower);
      if (used || isRelevant) relevant = true;
      if (!used && isRelevant && !consumedLines.has(p.where.line)) warn(p.where, 'looks like a term of the conditions (a number with egenandel, fradrag, maksimalt …) but was not read');
    }
  }
  for (const [path, c] of ages) findings.push(ageFinding(path, c, documentId, base));
  if (tables.age.length + tables.deductibles.length + tables.odometer.length + tables.limits.length > 0) relevant = true;
  return { findings, warnings, relevant };
}

/** The claim keys of building objects: a table of mostly these is a building table. */
const BUILDING_KEYS = new Set(['fyringskjel', 'varmekabler', 'vvs', 'boblebad', 'utvendig_ror', 'varmtvannsbereder', 'varmepumpe_luft_luft']);

function collect(ages: Map<string, AgeCollect>, path: string, product: Product): AgeCollect {
  let c = ages.get(path);
  if (!c) ages.set(path, (c = { product, rows: [] }));
  return c;
}

/** Rows written as sentences: the machine minimums («Kasko: … lavere egenandel enn kr 10 000, vil denne økes til kr 10 000»), liability deductibles («Bedriftsansvar | Fra kr 10 000 til kr 15 000»). */
function readRowSentence(p: Piece, findings: Finding[]): boolean {
  const product = p.ctx.product;
  if (product === 'arbeidsmaskin') {
    const m = /lavere egenandel enn (kr\.? ?[\d .]+\d)[^.]*?økes til (kr\.? ?[\d .]+\d)/.exec(p.lower);
    const label = /^([a-zæøå ]{2,30}):/.exec(p.lower)?.[1];
    if (m && label) {
      findings.push({ path: `arbeidsmaskin.minimum_deductible.rows.${slug(label)}`, value: { coverage: slug(label), amount: firstAmount(m[2]!) }, clause: p.ctx.clause, where: p.where });
      return true;
    }
  }
  return false;
}

/** Where a rule without a number is stated: its heading or its sentence (see CLAUSE_READINGS). */
function readClauses(b: Block, file: string, findings: Finding[]): void {
  const { product, part, topic, clause } = b.ctx;
  if (product === undefined || product === 'other') return;
  const where = whereOf(b.unit.lines[0]!, file);
  const first = b.unit.text.toLowerCase().replace(/^[-•–]\s*/, '');
  for (const r of CLAUSE_READINGS) {
    if (!r.products.includes(product)) continue;
    let hit = false;
    if (part === 'conditions') {
      hit = r.conditions !== undefined && b.unit.row && r.conditions.row.test((b.unit.cells.find((c) => c !== '') ?? '').toLowerCase()) && r.conditions.topic.test(topic.toLowerCase());
    } else if (part === 'rules' || part === 'other') {
      hit = (r.heading !== undefined && b.heading && r.heading.test(topic.toLowerCase())) || (r.sentence !== undefined && !b.heading && r.sentence.test(first));
    }
    if (hit) findings.push({ path: `${product}.clauses.${r.key}`, value: null, clause, where });
  }
}

/** A table row read as a whole: a liability deductible «Bedriftsansvar | Fra kr 10 000 til kr 15 000». */
function readRow(b: Block, file: string, findings: Finding[]): boolean {
  const ctx = b.ctx;
  if (ctx.product !== 'ansvar' || !/egenandel/.test(`${ctx.topic} ${ctx.clause}`.toLowerCase())) return false;
  const m = /^([a-zæøå]+(?: [a-zæøå]+){0,2}) fra (kr\.? ?[\d .]+\d) til (kr\.? ?[\d .]+\d)$/.exec(b.unit.text.toLowerCase().trim());
  if (!m) return false;
  const line = b.unit.lines[0]!;
  const where = whereOf(line, file);
  findings.push({ path: `ansvar.deductible.rows.${slug(m[1]!)}`, value: { coverage: slug(m[1]!), amount: firstAmount(m[3]!), previous: firstAmount(m[2]!) }, clause: ctx.clause, where });
  // a change in the renewal news holds from the renewal of that year
  const year = /^Nyheter og endringer (\d{4})/.exec(ctx.clause)?.[1];
  if (year) findings.push({ path: 'ansvar.deductible.from_renewal_year', value: +year, clause: ctx.clause, where });
  return true;
}

/** Findings of the tables: age tables join the age rows, the others are findings of their own. */
function tableFindings(t: Tables, ctxByLine: Map<number, Context>, file: string, ages: Map<string, AgeCollect>, findings: Finding[], warnings: TermsWarning[]): void {
  for (const a of t.age) {
    const ctx = ctxByLine.get(a.header.line);
    // the table's product: named in its caption, else by what its rows are, else the section's
    const captioned = a.caption !== undefined ? headingProduct(a.caption.toLowerCase()) : undefined;
    const building = a.rows.filter((r) => BUILDING_KEYS.has(keyFor(r.label, undefined, new Set()))).length * 2 > a.rows.length;
    let product = captioned !== undefined && captioned !== 'other' ? captioned : building ? 'bygning' : ctx?.product;
    if (product !== 'eiendeler' && product !== 'bygning' && product !== 'motorvogn' && product !== 'fritidsbat') product = 'eiendeler';
    const path = agePath(product)!;
    const clause = a.caption !== undefined ? (ctx?.productLabel ? `${ctx.productLabel}, ${a.caption}` : a.caption) : undefined;
    const c = collect(ages, path, product);
    if (a.tableMax !== undefined) c.max = a.tableMax;
    for (const r of a.rows) {
      const rule: AgeRule = { label: r.label, free_years: r.free_years, words: 'fra', percent: r.percent, at: 0 };
      if (r.max_percent !== undefined) rule.max_percent = r.max_percent;
      c.rows.push({ rule, clause: clause ?? ctxByLine.get(r.line.line)?.clause ?? ctx?.clause ?? 'Vilkår', where: whereOf(r.line, file) });
    }
  }
  for (const d of t.deductibles) {
    const ctx = ctxByLine.get(d.header.line);
    const product = ctx?.product;
    if (product === undefined || product === 'other') {
      warnings.push({ file, page: d.header.page, line: d.header.line, text: d.header.text.trim(), message: 'a deductible table outside any product\'s section: not read' });
      continue;
    }
    findings.push({
      path: `${product}.deductibles`,
      value: d.rows.map((r) => ({ key: r.key, label: r.label, amount: r.amount, ...(r.extra_percent ? { extra_percent: r.extra_percent } : {}) })),
      clause: ctx!.clause,
      where: whereOf(d.header, file),
    });
  }
  for (const o of t.odometer) {
    const ctx = ctxByLine.get(o.header.line);
    findings.push({ path: 'motorvogn.maskinskade_deductible', value: o.rows.map(({ from_km, to_km, amount }) => ({ from_km, to_km, amount })), clause: ctx?.clause ?? 'Vilkår', where: whereOf(o.header, file) });
  }
  for (const l of t.limits) {
    const ctx = ctxByLine.get(l.line.line);
    const product = ctx?.product;
    if (product !== 'eiendeler' && product !== 'bygning') continue;
    findings.push({ path: `${product}.sub_limits.${l.key}`, value: { key: l.key, label: l.label, amount: l.amount }, clause: ctx!.clause, where: whereOf(l.line, file) });
  }
}

/** The age table of a product from its rows, with keys from the base where it names the same things. */
function ageFinding(path: string, c: AgeCollect, documentId: string, base: Terms): Finding {
  const [product, field] = path.split('.') as [string, string];
  const baseTable = ((base.products as Record<string, Record<string, unknown> | undefined>)[product]?.[field] as AgeTable | undefined)?.rows;
  const taken = new Set<string>();
  const clause = c.rows[0]!.clause;
  const rows: AgeRow[] = c.rows.map(({ rule, clause: rowClause }) => {
    const row: AgeRow = { key: keyFor(rule.label, baseTable, taken), label: rule.label, free_years: rule.free_years, percent: rule.percent };
    if (rule.max_percent !== undefined) row.max_percent = rule.max_percent;
    row.words = rule.words;
    if (rule.group) row.group = rule.group;
    if (rule.point_repair) row.point_repair = rule.point_repair;
    if (rule.exempt_materials) row.exempt_materials = rule.exempt_materials;
    if (rowClause !== clause) row.clause = rowClause;
    return row;
  });
  // a vehicle's or boat's one electronics rule is what a claim's «category: elektronikk» means
  if (field === 'electronics' && rows.length === 1) rows[0]!.key = 'elektronikk';
  const table: AgeTable = { clause, document: documentId, rows };
  if (c.max !== undefined) table.max_percent = c.max;
  if (c.together !== undefined && product === 'bygning') table.both_none_when_damaged_together = c.together;
  return { path, value: table, clause, where: c.rows[0]!.where };
}

export { amountsIn };
