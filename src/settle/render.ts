/**
 * The statement for people (text): one line per step with its amount and clause, then the payout.
 * Everything shown comes from the Settlement's steps — nothing is recomputed here, and since the
 * steps are a ledger the amounts add up to the payout line.
 */
import { ZERO, formatKr } from '../core/money.js';
import { formatDateNo } from '../core/norsk.js';
import { renderTable } from '../render/table.js';
import type { Product, Settlement, TermSource } from './types.js';

/** Colour for the statement (the CLI's Style fits; PLAIN when there is none). */
export interface TextStyle {
  bold(s: string): string;
  /** The columns the statement may take (the CLI's: the terminal's, else 80); none: as wide as it is. */
  width?: number;
}

const PLAIN: TextStyle = { bold: (s) => s };

export const PRODUCT_NAMES: Readonly<Record<Product, string>> = {
  eiendeler: 'Eiendeler',
  bygning: 'Bygning',
  motorvogn: 'Motorvogn',
  fritidsbat: 'Fritidsbåt',
  arbeidsmaskin: 'Arbeidsmaskin',
  driftstap: 'Driftstap',
  ansvar: 'Ansvar',
  yrkesskade: 'Yrkesskade',
  behandling: 'Behandlingsforsikring',
};

const FROM: Readonly<Record<TermSource, string>> = {
  claim: 'oppgitt i kravet',
  policy: 'fra polisen',
  rule: 'etter vilkårene',
};

/** The width the step texts are wrapped at (continuation lines are indented two spaces). */
const RULE_WIDTH = 64;

/** «kr», «-kr», «(kr»: the next word starts an amount. */
const KR = /(?:^|[-(])kr$/;
const STARTS_WITH_DIGIT = /^\d/;
/** «%» and «‰» stay with their number: «50 %». */
const PERCENT = /^[%‰][,.;:)]?$/;
/** A following group of an amount: «153,37», «000», «000,00),». */
const GROUP = /^\d{3}(?:,\d+)?[)]?[,.;:]?$/;

/** The words of a text, keeping an amount («kr 146 153,37») together as one word. */
function words(text: string): string[] {
  const out: string[] = [];
  let inAmount = false;
  for (const w of text.split(' ')) {
    const n = out.length;
    if (n > 0 && ((KR.test(out[n - 1]!) && STARTS_WITH_DIGIT.test(w)) || (inAmount && GROUP.test(w)) || PERCENT.test(w))) {
      out[n - 1] += ` ${w}`;
      inAmount = true;
    } else {
      out.push(w);
      inAmount = false;
    }
  }
  return out;
}

/** Greedy word wrap; a word (or an amount) longer than the width stays whole. */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const limit = out.length === 0 ? width : width - 2;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * When the payout is paid, and with an earlier result what it paid: the rows of the statement's
 * last table — «Tidligere utbetalt», «Til utbetaling nå», «Utbetales når …, senest 11.04.2029».
 * Only when there is more to say than the payout line (a part held back, or an earlier result).
 */
function scheduleRows(s: Settlement, width: number | undefined): string[][] {
  const later = s.payable.filter((p) => p.when !== 'now');
  if (later.length === 0 && s.previous === undefined) return [];
  const rows: string[][] = [];
  let now = ZERO;
  let nowClause = '';
  for (const p of s.payable) {
    if (p.when === 'now') {
      now = now.plus(p.amount);
      nowClause = p.clause;
    }
  }
  if (s.previous !== undefined) {
    rows.push(['Erstatning som forfaller nå', formatKr(now), nowClause]);
    rows.push(['Tidligere utbetalt', formatKr(s.previous.paid), '']);
    if (s.overpaid !== undefined) rows.push(['For mye utbetalt tidligere (til gode for selskapet)', formatKr(s.overpaid), '']);
    rows.push(['Til utbetaling nå', formatKr(s.dueNow ?? ZERO), '']);
  } else {
    rows.push(['Til utbetaling nå', formatKr(now), nowClause]);
  }
  for (const p of later) {
    const text = `Utbetales ${p.what ?? WHEN[p.when]}, senest ${formatDateNo(p.by!)}`;
    // with a width, the table wraps the text to fit it; without, at RULE_WIDTH
    const parts = width === undefined ? wrap(text, RULE_WIDTH) : [text];
    rows.push([parts[0]!, formatKr(p.amount), p.clause]);
    for (let i = 1; i < parts.length; i++) rows.push([`  ${parts[i]}`, '', '']);
  }
  return rows;
}

const WHEN: Readonly<Record<string, string>> = {
  on_repair: 'ved reparasjon',
  on_replacement: 'ved gjenanskaffelse',
  on_rebuild: 'når bygningen er reparert/gjenoppført',
};

export function renderSettlementText(s: Settlement, style: TextStyle = PLAIN): string {
  const title = [`Erstatningsoppgjør${s.id !== undefined ? ` ${s.id}` : ''}`, PRODUCT_NAMES[s.product] + (s.coverage !== undefined ? ` (${s.coverage})` : ''), `skadedato ${formatDateNo(s.date)}`];
  const terms: string[] = [];
  if (s.deductible !== undefined) terms.push(`Egenandel ${formatKr(s.deductible)} (${FROM[s.deductibleFrom ?? 'claim']})`);
  if (s.sumInsured !== undefined) terms.push(`Forsikringssum ${formatKr(s.sumInsured)} (${FROM[s.sumInsuredFrom ?? 'claim']})`);

  const rows: string[][] = [];
  for (const st of s.steps) {
    // with a width, the table wraps the text to fit it; without, at RULE_WIDTH
    const parts = style.width === undefined ? wrap(st.rule, RULE_WIDTH) : [st.rule];
    rows.push([parts[0]!, formatKr(st.amount), st.clause]);
    for (let i = 1; i < parts.length; i++) rows.push([`  ${parts[i]}`, '', '']);
  }
  const payout = formatKr(s.payout);
  const width = Math.max('Beløp'.length, payout.length, ...rows.map((r) => r[1]!.length));
  rows.push(['', '-'.repeat(width), '']);
  rows.push(['Utbetaling', payout, '']);
  const lines = renderTable([{ header: 'Post' }, { header: 'Beløp', align: 'right' }, { header: 'Vilkår' }], rows, { width: style.width }).split('\n');
  lines[lines.length - 2] = style.bold(lines[lines.length - 2]!);

  let out = `${title.join(' · ')}\n`;
  if (terms.length > 0) out += `${terms.join(' · ')}\n`;
  out += `\n${lines.join('\n')}`;
  if (s.recourse !== undefined) out += `Regress: sikrede skal betale tilbake ${formatKr(s.recourse)}\n`;
  if (s.previous !== undefined) {
    const d = s.difference!;
    out += `\nTidligere oppgjør: utbetaling ${formatKr(s.previous.payout)}; endring ${d.isNegative() ? '-' : '+'}${formatKr(d.abs())}\n`;
  }
  if (s.notes.length > 0) out += `\nMerknader:\n${s.notes.map((n) => `- ${n}`).join('\n')}\n`;
  const schedule = scheduleRows(s, style.width);
  if (schedule.length > 0) {
    const t = renderTable([{ header: 'Utbetaling av erstatningen' }, { header: 'Beløp', align: 'right' }, { header: 'Vilkår' }], schedule, { width: style.width }).split('\n');
    const due = t.findIndex((line) => line.startsWith('Til utbetaling nå'));
    if (due >= 0) t[due] = style.bold(t[due]!);
    out += `\n${t.join('\n')}`;
  }
  return out;
}
