/**
 * The statement for people (text): one line per step with its amount and clause, then the payout.
 * Everything shown comes from the Settlement's steps — nothing is recomputed here, and since the
 * steps are a ledger the amounts add up to the payout line.
 */
import { formatKr } from '../core/money.js';
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

export function renderSettlementText(s: Settlement, style: TextStyle = PLAIN): string {
  const title = [`Erstatningsoppgjør${s.id !== undefined ? ` ${s.id}` : ''}`, PRODUCT_NAMES[s.product] + (s.coverage !== undefined ? ` (${s.coverage})` : ''), `skadedato ${s.date}`];
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
  if (s.notes.length > 0) out += `\nMerknader:\n${s.notes.map((n) => `- ${n}`).join('\n')}\n`;
  return out;
}
