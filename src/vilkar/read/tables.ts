/**
 * Tables a person reads in conditions, line by line under their header:
 *
 * - age deductions («Gjenstand | Fradragsfrie år | Fradrag per påbegynt år (maks 80 %)»), see age.ts;
 * - special deductibles («Gjenstand/dekning | Egenandel», rows «Sykkel | 4.000 kroner», «Rettshjelp
 *   | 4.000 kroner + 20 % av overskytende utgifter»; a label wrapped over lines before its amount);
 * - the odometer table of maskinskade («Bilens kilometerstand | Egenandel», «0 - 119 999 km | kr
 *   8.000», «Under 100 000 km», «Over 150 000 km | Ikke dekket»);
 * - limits in a coverage table («Tyveri fra bod | Inntil 200.000 kr»).
 *
 * A table ends at a blank line, or at a line that is no row of it. A changes table («Tidligere
 * egenandel | Ny egenandel») is the policy's business (`parse` reads it), not the terms'.
 */
import { isRule, type SourceLine } from '../../parse/source.js';
import { clean } from '../../parse/units.js';
import { ageHeader, ageTableRow, splitColonHeader, type AgeHeader, type TableRow } from './age.js';
import type { Context } from './context.js';
import { amountsIn, firstAmount, readPercent, slug, uniqueKey } from './words.js';

export interface TableEnv {
  lines: SourceLine[];
  ctxOf(line: SourceLine): Context | undefined;
  /** Mark a line as read. */
  consume(line: SourceLine): void;
  warn(line: SourceLine, message: string): void;
}

export interface AgeTableFound {
  header: SourceLine;
  /** The line right above the header that introduces the table («Aldersfradrag ved skade på innbo:»). */
  caption: string | undefined;
  tableMax: string | undefined;
  rows: Array<TableRow & { line: SourceLine }>;
}

export interface DeductibleRow {
  key: string;
  label: string;
  amount: string;
  extra_percent?: string;
  line: SourceLine;
}

export interface OdometerRowFound {
  from_km: number;
  to_km: number | null;
  amount: string | null;
  line: SourceLine;
}

export interface LimitRow {
  key: string;
  label: string;
  amount: string;
  line: SourceLine;
}

export interface Tables {
  age: AgeTableFound[];
  deductibles: Array<{ header: SourceLine; rows: DeductibleRow[] }>;
  odometer: Array<{ header: SourceLine; rows: OdometerRowFound[] }>;
  limits: LimitRow[];
}

const cellsOf = (l: SourceLine): string[] => l.cells.map((c) => clean(c));
const nonEmpty = (cells: string[]): string[] => cells.filter((c) => c !== '');

/** Is the next line part of the same table (no blank line between)? */
function adjacent(a: SourceLine, b: SourceLine | undefined): b is SourceLine {
  return b !== undefined && b.page === a.page && b.line === a.line + 1;
}

export function readTables(env: TableEnv): Tables {
  const out: Tables = { age: [], deductibles: [], odometer: [], limits: [] };
  const { lines } = env;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cells = nonEmpty(cellsOf(line));
    const lower = cells.map((c) => c.toLowerCase());
    // an age table: columns, or a header on one line with colons and rows with single spaces
    let header: AgeHeader | undefined;
    let spaced = false;
    if (cells.length >= 2) header = ageHeader(cells);
    else if (cells.length === 1) {
      const parts = splitColonHeader(cells[0]!);
      if (parts) {
        header = ageHeader(parts);
        spaced = true;
      }
    }
    if (header) {
      const rows: AgeTableFound['rows'] = [];
      let j = i + 1;
      for (; j < lines.length && adjacent(lines[j - 1]!, lines[j]); j++) {
        const row = ageTableRow(lines[j]!, spaced ? 'spaced' : header);
        if (!row) break;
        rows.push({ ...row, line: lines[j]! });
      }
      if (rows.length > 0) {
        env.consume(line);
        rows.forEach((r) => env.consume(r.line));
        out.age.push({ header: line, caption: captionOf(lines, i), tableMax: header.tableMax, rows });
        i = j - 1;
        continue;
      }
    }
    const joined = lower.join(' ');
    if (cells.length >= 1 && /egenandel/.test(joined) && /kilometerstand|km-stand|kjørelengde|\bkm\b/.test(joined) && cells.length <= 3) {
      const rows = odometerRows(env, i);
      if (rows.length > 0) {
        out.odometer.push({ header: line, rows });
        i += rows.length;
        continue;
      }
    }
    const headerCells = cells.length === 1 ? colonCells(cells[0]!) : cells;
    if (headerCells && isDeductibleHeader(headerCells.map((c) => c.toLowerCase()))) {
      const { rows, next } = deductibleRows(env, i);
      if (rows.length > 0) {
        env.consume(line);
        out.deductibles.push({ header: line, rows });
        i = next - 1;
        continue;
      }
    }
    const lim = limitRow(line, cells);
    if (lim && env.ctxOf(line)?.part !== 'news') {
      env.consume(line);
      out.limits.push(lim);
    }
  }
  return out;
}

/** The line right above a table's header when it introduces the table: short, ending with a colon. */
function captionOf(lines: SourceLine[], i: number): string | undefined {
  const prev = lines[i - 1];
  if (!prev || !adjacent(prev, lines[i])) return undefined;
  const text = clean(prev.cells.join(' '));
  if (!text.endsWith(':') || text.split(' ').length > 15) return undefined;
  return text.slice(0, -1).trim();
}

/** «Gjenstand/dekning: Egenandel:» → its cells. */
function colonCells(text: string): string[] | undefined {
  if (!/:\s*\S.*:$/.test(text.trim()) || text.length > 80) return undefined;
  return text.split(/:\s*/).map((p) => p.trim()).filter((p) => p !== '');
}

function isDeductibleHeader(lower: string[]): boolean {
  if (lower.length < 2 || lower.length > 3) return false;
  if (lower.some((c) => /tidligere|ny egenandel|gammel/.test(c))) return false;
  const ded = lower.findIndex((c) => /^egenandel:?$|^egenandel \(kr\)|^egenandel i kr/.test(c));
  return ded > 0 && /gjenstand|dekning|skade|type|hva|forsikring/.test(lower[0]!);
}

/** The rows of a deductible table after its header at `i`. */
function deductibleRows(env: TableEnv, i: number): { rows: DeductibleRow[]; next: number } {
  const { lines } = env;
  const rows: DeductibleRow[] = [];
  const taken = new Set<string>();
  let label: { text: string; line: SourceLine } | undefined;
  let j = i + 1;
  let idle = 0;
  for (; j < lines.length && adjacent(lines[j - 1]!, lines[j]); j++) {
    const line = lines[j]!;
    // (a line of rules under the header, «-------   -------», separates; it is no row)
    if (isRule(line.text)) {
      env.consume(line);
      continue;
    }
    const cells = splitAmount(nonEmpty(cellsOf(line)));
    const amountCell = cells.findIndex((c, k) => (cells.length === 1 || k > 0) && /^(?:kr\.?\s*)?\d[\d .]*(?:,-)?\s*(?:kr\.?|kroner)?\b/i.test(c));
    const rowLabel = amountCell > 0 ? cells.slice(0, amountCell).join(' ') : amountCell === 0 ? label?.text : undefined;
    if (amountCell >= 0 && rowLabel !== undefined) {
      const cell = cells[amountCell]!;
      const amount = firstAmount(cell.toLowerCase()) ?? firstAmount(`kr ${cell.toLowerCase()}`);
      if (amount === undefined) break;
      const row: DeductibleRow = { key: keyOf(rowLabel, taken), label: rowLabel.replace(/\s*\*+$/, '').trim(), amount, line: label?.line ?? line };
      const extra = /\+\s*(\d{1,3}(?:,\d+)?)\s*(?:%|prosent)/.exec(cell);
      if (extra) row.extra_percent = readPercent(extra[1]!);
      rows.push(row);
      if (label) env.consume(label.line);
      env.consume(line);
      label = undefined;
      idle = 0;
      continue;
    }
    if (cells.length >= 2 && label === undefined) {
      // a row whose value is not a fixed amount («inntil 4.000 kroner lavere enn valgt egenandel»)
      env.warn(line, `a deductible that is not a fixed amount: "${cells.slice(1).join(' ')}"`);
      env.consume(line);
      idle = 0;
      continue;
    }
    if (cells.length === 1 && /^\(|^-/.test(cells[0]!) && label) {
      env.consume(line);
      continue; // a note or continuation under the label
    }
    if (cells.length === 1 && label && !/\d/.test(cells[0]!)) {
      // the label's value never came: that row could not be read
      env.warn(label.line, `no amount for the deductible "${label.text}"`);
      env.consume(label.line);
    }
    if (cells.length === 1 && /\d/.test(cells[0]!)) {
      env.warn(line, `a deductible that is not a fixed amount: "${cells[0]}"`);
      env.consume(line);
      label = undefined;
      idle = 0;
      continue;
    }
    label = cells.length === 1 ? { text: cells[0]!, line } : undefined;
    if (++idle > 2) break;
  }
  if (label) {
    env.warn(label.line, `no amount for the deductible "${label.text}"`);
    env.consume(label.line);
  }
  return { rows, next: j };
}

/** «Sykkel 4.000 kroner» on one line (a table copied with single spaces) → its label and its amount. */
function splitAmount(cells: string[]): string[] {
  if (cells.length !== 1) return cells;
  const m = /^(.*?[^\d\s.,])\s+((?:kr\.?\s*)?\d{1,3}(?:[ .]\d{3})*(?:,-)?\s*(?:kr\.?|kroner)(?:\s.*)?)$/i.exec(cells[0]!);
  return m ? [m[1]!, m[2]!] : cells;
}

function keyOf(label: string, taken: Set<string>): string {
  return uniqueKey(slug(label.replace(/\*+$/, ''), 3), taken);
}

const NUM = String.raw`\d{1,3}(?:[ .]\d{3})+|\d+`;
const BAND = new RegExp(String.raw`^(${NUM})\s*(?:km)?\s*[-–]\s*(${NUM})\s*km\b`);
const UNDER = new RegExp(String.raw`^(?:under|mindre enn)\s+(${NUM})\s*km\b`);
const UPTO = new RegExp(String.raw`^(?:inntil|opp til|til og med)\s+(${NUM})\s*km\b`);
const OVER = new RegExp(String.raw`^(?:over|mer enn)\s+(${NUM})\s*km\b`);
const FROM = new RegExp(String.raw`^(?:fra(?: og med)?)\s+(${NUM})\s*km\b`);
const km = (s: string) => +s.replace(/[ .]/g, '');

/** The odometer bands after a header at `i`. */
function odometerRows(env: TableEnv, i: number): OdometerRowFound[] {
  const { lines } = env;
  const rows: OdometerRowFound[] = [];
  for (let j = i + 1; j < lines.length && adjacent(lines[j - 1]!, lines[j]); j++) {
    const line = lines[j]!;
    const text = nonEmpty(cellsOf(line)).join(' ').toLowerCase();
    let from: number, to: number | null;
    let m: RegExpExecArray | null;
    if ((m = BAND.exec(text))) [from, to] = [km(m[1]!), km(m[2]!)];
    else if ((m = UNDER.exec(text))) [from, to] = [0, km(m[1]!) - 1];
    else if ((m = UPTO.exec(text))) [from, to] = [0, km(m[1]!)];
    else if ((m = OVER.exec(text))) [from, to] = [km(m[1]!) + 1, null];
    else if ((m = FROM.exec(text))) [from, to] = [km(m[1]!), null];
    else break;
    const rest = text.slice(m[0].length);
    const amount = /ikke dekket|dekkes ikke|ingen dekning/.test(rest) ? null : (amountsIn(rest)[0]?.value ?? firstAmount(`kr ${rest.replace(/^[\s|:]+/, '')}`));
    if (amount === undefined) {
      env.warn(line, `no deductible in the odometer row "${text}"`);
      break;
    }
    rows.push({ from_km: from, to_km: to, amount, line });
  }
  if (rows.length > 0) {
    env.consume(lines[i]!);
    rows.forEach((r) => env.consume(r.line));
  }
  return rows;
}

/** «Tyveri fra bod/garasje … | Inntil 200.000 kr»: a limit of the conditions in a table row. */
function limitRow(line: SourceLine, cells: string[]): LimitRow | undefined {
  if (cells.length !== 2) return undefined;
  const [label, value] = cells as [string, string];
  const v = value.toLowerCase();
  if (!/^(?:inntil|maks(?:imalt)?\.?|høyst)\s/.test(v) || /\d/.test(label) || label.length > 120) return undefined;
  const amounts = amountsIn(v);
  if (amounts.length !== 1) return undefined;
  return { key: slug(label, 4), label: label.replace(/:$/, ''), amount: amounts[0]!.value, line };
}
