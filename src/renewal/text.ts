/**
 * The renewal report for people (Norwegian terms, amounts as `kr 48 000,00`): the documents and
 * rates used; one table per object (tidligere, forventet and — with the new schedule — oppgitt and
 * differanse, marked AVVIK where the new schedule does not follow the letter, «annet» where the
 * premium changed beyond the index, «uavklart» where the letter leaves the figure open); G rows in
 * kroner; the natural-damage premiums; the letter's deductible changes and the rows each was
 * applied to, with the line it comes from; what is unresolved; rows in one schedule only; and the
 * discrepancies.
 */
import { type Decimal, ZERO, formatKr, formatRateNo } from '../core/money.js';
import { renderTable as renderTableRaw, type Column } from '../render/table.js';
import type { Style } from '../cli/style.js';
import { datesNo, formatDateNo, sourceNo } from '../render/format.js';
import { changeText } from './renewal.js';
import type { Figures, GAmount, GLine, ObjectResult, RenewalResult, TermsReport } from './types.js';

const termsName = (t: TermsReport['old']): string => `${t.name}${t.version !== undefined ? `, versjon ${t.version}` : ''}`;

/** «Endrede vilkår»: the terms of the old and the new policy, and every value that differs. */
function termsBlock(t: TermsReport, s: Style): string[] {
  const out = [s.bold('Endrede vilkår'), `  Før:   ${termsName(t.old)}`, `  Etter: ${termsName(t.new)}`];
  if (t.changes.length === 0) {
    out.push('  Ingen tall i vilkårene er endret.');
    return out;
  }
  const v = (x: string | null): string => (x === null ? '–' : x);
  out.push(renderTable([{ header: 'Verdi' }, { header: 'Før', align: 'right' }, { header: 'Etter', align: 'right' }, { header: 'Vilkår' }], t.changes.map((c) => [c.path, v(c.old), v(c.new), c.clause]), { indent: '  ', width: s.width }).trimEnd());
  return out;
}

/** A text broken into lines of at most `width` characters, at spaces. */
function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur !== '' && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur === '' ? w : `${cur} ${w}`;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** A table without trailing spaces (an empty mark column leaves them), fitted to the style's width. */
function renderTable(columns: Column[], rows: string[][], opts: { indent?: string; width: number }): string {
  return renderTableRaw(columns, rows, opts)
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
}

const ROLE: Record<string, string> = { from: 'Tidligere forsikringsbevis', letter: 'Fornyelsesbrev', to: 'Nytt forsikringsbevis' };

const kr = (d: Decimal | null): string => (d === null ? '–' : formatKr(d));
const krShort = (d: Decimal): string => formatKr(d).replace(/,00$/, '');

function sumCell(f: Figures): string {
  if (f.kind === 'full_value') return 'Fullverdi';
  if (f.sum === null) return '–';
  return f.kind === 'first_risk' ? `førsterisiko ${formatKr(f.sum)}` : formatKr(f.sum);
}

function diff(a: Decimal | null, b: Decimal | null): string {
  if (a === null || b === null) return '';
  return formatKr(b.minus(a));
}

function gCell(a: GAmount): string {
  if (a === null) return '–';
  return 'amount' in a ? formatKr(a.amount) : `${formatKr(a.min)} – ${formatKr(a.max).replace(/^kr /, '')}`;
}

function gMultiple(g: string): string {
  if (g === '') return '';
  if (g === 'individual') return 'Individuelt';
  return `${g.split('-').map((x) => formatRateNo(x)).join('-')} G`;
}

export function renderRenewal(r: RenewalResult, s: Style): string {
  const disc = (object: string, field: string): boolean => r.discrepancies.some((d) => d.object === object && d.field === field);
  const open = (object: string, field: string): boolean => r.unresolved.some((u) => u.object === object && u.field === field);
  const out: string[] = [...headBlock(r, s), ...ratesBlock(r, s), ...baseAmountBlock(r, s, disc)];
  for (const o of r.objects) out.push(...objectBlock(o, r, s, disc, open), '');
  out.push(...naturalDamageBlock(r, s), ...premiumBlock(r, s), ...changesBlock(r, s), ...unresolvedBlock(r, s), ...onlyBlock(r, s));
  if (r.terms !== undefined) out.push(...termsBlock(r.terms, s), '');
  out.push(...warningsBlock(r, s), ...verdictBlock(r, s));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

// Each block below is one section of the report: its lines and the blank line after it, or none.

/** The title, the documents compared, where the renewal date comes from, and the check's summary. */
function headBlock(r: RenewalResult, s: Style): string[] {
  const out = [s.bold(`Fornyelse ${formatDateNo(r.renewalDate)}${r.policyNumber ? ` · forsikringsnummer ${r.policyNumber}` : ''}`)];
  const w = Math.max(...r.documents.map((d) => ROLE[d.role]!.length));
  for (const d of r.documents) {
    const extra = d.role !== 'letter' && d.renewalDate ? ` (fornyelse ${formatDateNo(d.renewalDate)})` : '';
    out.push(`  ${`${ROLE[d.role]}:`.padEnd(w + 1)}  ${d.file}${extra}`);
  }
  out.push(`  Fornyelsesdato fra ${sourceNo(r.renewalDateSource)}`);
  if (r.checked) {
    const parts = [`${r.discrepancies.length} avvik`, `${r.unresolved.length} uavklart`];
    if (r.oldOnly.length > 0) parts.push(`${r.oldOnly.length} ${r.oldOnly.length === 1 ? 'rad mangler' : 'rader mangler'} i nytt forsikringsbevis`);
    if (r.newOnly.length > 0) parts.push(`${r.newOnly.length} ${r.newOnly.length === 1 ? 'ny rad' : 'nye rader'}`);
    const bad = r.discrepancies.length > 0 || r.oldOnly.length > 0;
    out.push(`  Kontroll: ${bad ? s.red(parts.join(' · ')) : s.green(parts.join(' · '))}`);
  }
  out.push('');
  return out;
}

function ratesBlock(r: RenewalResult, s: Style): string[] {
  if (r.rates.length === 0) return [];
  const table = renderTable(
    [{ header: 'Klasse' }, { header: 'Sats', align: 'right' }, { header: 'Kilde' }],
    r.rates.map((x) => [x.object, `${formatRateNo(x.percent)} %`, x.label === x.object ? sourceNo(x.source) : `«${x.label}», ${sourceNo(x.source)}`]),
    { indent: '  ', width: s.width },
  ).trimEnd();
  return [s.bold(`Indeksregulering fra ${formatDateNo(r.renewalDate)}`), table, ''];
}

function baseAmountBlock(r: RenewalResult, s: Style, disc: (object: string, field: string) => boolean): string[] {
  const g = r.g;
  if (!g) return [];
  const out = [s.bold('Grunnbeløp (G)')];
  out.push(`  Tidligere: ${g.oldStated ? `${formatKr(g.oldStated)} (oppgitt)` : g.oldTable ? `${formatKr(g.oldTable)} (G per ${formatDateNo(g.oldDate)})` : '–'}`);
  out.push(`  Forventet: ${formatKr(g.expected)} (G per ${formatDateNo(g.date)}, fra ${formatDateNo(g.expectedFrom)}: ${sourceNo(g.source)})`);
  if (r.checked) {
    const bad = disc('G (grunnbeløp)', 'g');
    out.push(`  Oppgitt:   ${g.stated ? formatKr(g.stated) : '–'}${bad ? `  ${s.red('AVVIK')}` : ''}`);
  }
  out.push('');
  return out;
}

function naturalDamageBlock(r: RenewalResult, s: Style): string[] {
  const nd = r.naturalDamage;
  if (!nd) return [];
  const out = [s.bold('Naturskadepremie (brannforsikringssum × sats)')];
  out.push(`  Før:   ${formatRateNo(nd.rateOld)} ‰ (${sourceNo(nd.rateOldSource)})`);
  out.push(`  Etter: ${formatRateNo(nd.rateNew)} ‰ (${sourceNo(nd.rateNewSource)})`);
  const rows = nd.objects.map((x) => [x.name, formatKr(x.oldFireSum), formatKr(x.old), kr(x.newFireSum), kr(x.new)]);
  const newFire = nd.objects.reduce((a, x) => a.plus(x.newFireSum ?? ZERO), ZERO);
  rows.push(['Sum', formatKr(nd.objects.reduce((a, x) => a.plus(x.oldFireSum), ZERO)), formatKr(nd.old), formatKr(newFire), formatKr(nd.new)]);
  const t = renderTable(
    [{ header: 'Objekt' }, { header: 'Brannforsikringssum før', align: 'right' }, { header: 'Premie før', align: 'right' }, { header: 'Brannforsikringssum etter', align: 'right' }, { header: 'Premie etter', align: 'right' }],
    rows,
    { indent: '  ', width: s.width },
  )
    .trimEnd()
    .split('\n');
  // the sum row in bold (all its lines, when the table is shown row by row)
  let sumAt = t.length - 1;
  while (sumAt > 0 && !t[sumAt]!.startsWith('  Sum')) sumAt--;
  for (let i = sumAt; i < t.length; i++) t[i] = s.bold(t[i]!);
  out.push(...t);
  if (nd.leftOut.length > 0) out.push(`  Ikke med i ny sum (ukjent ny brannforsikringssum): ${nd.leftOut.join('; ')}`);
  if (nd.withoutSum.length > 0) out.push(`  Ikke med (ingen sum i kroner oppgitt): ${nd.withoutSum.join('; ')}`);
  out.push('');
  return out;
}

function premiumBlock(r: RenewalResult, s: Style): string[] {
  const p = r.premium;
  if (!p.old.greaterThan(0)) return [];
  const out = [s.bold('Pris i alt'), `  Tidligere: ${formatKr(p.old)}`];
  out.push(`  Forventet: ${kr(p.expected)}${p.indexEffect ? ` (indekseffekt ${formatKr(p.indexEffect)})` : ''}`);
  if (r.checked) out.push(`  Oppgitt:   ${kr(p.stated)}${p.other ? ` (annet ${formatKr(p.other)}: endring utover indeksen, ikke et avvik)` : ''}`);
  out.push('');
  return out;
}

function changesBlock(r: RenewalResult, s: Style): string[] {
  if (r.changes.length === 0) return [];
  const out = [s.bold('Egenandelsendringer i brevet')];
  for (const c of r.changes) {
    const what = `${c.change.product}${c.change.coverage ? ` (${c.change.coverage})` : ''}: ${changeText(c.change)}`;
    out.push(`  ${what}`);
    out.push(s.dim(`    ${sourceNo(c.source)}${c.line !== undefined ? `: «${c.line}»` : ''}`));
    if (c.status === 'applied' || c.status === 'ambiguous') {
      for (const x of c.rows) {
        out.push(`    ${x.sure ? 'brukt på' : 'uavklart for'} ${x.object}: ${krShort(x.from)} → ${krShort(x.to)}`);
        for (const l of wrapWords(`fordi: ${x.basis}`, s.width - 6)) out.push(s.dim(`      ${l}`));
      }
    } else out.push(`    ikke brukt: ${c.why}`);
  }
  out.push('');
  return out;
}

function unresolvedBlock(r: RenewalResult, s: Style): string[] {
  if (r.unresolved.length === 0) return [];
  const out = [s.bold(s.yellow('Uavklart (kontroller selv)'))];
  for (const u of r.unresolved) {
    const opts = u.options ? ` — mulige: ${u.options.map(krShort).join(' eller ')}` : '';
    const st = u.stated !== undefined ? `; oppgitt ${u.stated === null ? '–' : krShort(u.stated)}` : '';
    out.push(`  ${u.object} (${FIELD[u.field]}): ${datesNo(u.reason)}${opts}${st}`);
  }
  out.push('');
  return out;
}

/** The rows only one of the two schedules has. */
function onlyBlock(r: RenewalResult, s: Style): string[] {
  if (!r.checked || (r.oldOnly.length === 0 && r.newOnly.length === 0)) return [];
  const out: string[] = [];
  if (r.oldOnly.length > 0) out.push(s.bold(s.red('Bare i tidligere forsikringsbevis (mangler i det nye)')), ...r.oldOnly.map((x) => `  ${x}`));
  if (r.newOnly.length > 0) out.push(s.bold('Bare i nytt forsikringsbevis (ikke regnet fram)'), ...r.newOnly.map((x) => `  ${x}`));
  out.push('');
  return out;
}

function warningsBlock(r: RenewalResult, s: Style): string[] {
  if (r.warnings.length === 0) return [];
  return [s.bold('Merknader'), ...r.warnings.map((x) => `  ${datesNo(x)}`), ''];
}

/** The check's verdict against the new schedule: no discrepancy, or each of them. */
function verdictBlock(r: RenewalResult, s: Style): string[] {
  if (!r.checked) return [];
  const out: string[] = [];
  if (r.discrepancies.length === 0) {
    out.push(s.green(`Ingen avvik: nytt forsikringsbevis følger brevet${r.unresolved.length > 0 ? ` (men ${r.unresolved.length} uavklart, se over)` : ''}.`));
  } else {
    out.push(s.bold(s.red(`Avvik: ${r.discrepancies.length}`)));
    for (const d of r.discrepancies) {
      const fmt = (v: string | null): string => (v === null ? '–' : d.field === 'g_multiple' ? gMultiple(v) : formatKr(v));
      const expected = d.expectedAnyOf ? d.expectedAnyOf.map(fmt).join(' eller ') : fmt(d.expected);
      out.push(`  ${d.object}: ${FIELD[d.field]} forventet ${expected}, oppgitt ${fmt(d.stated)}${d.note ? ` (${sourceNo(d.note)})` : ''}`);
    }
  }
  if (r.oldOnly.length > 0) out.push(s.red(`${r.oldOnly.length} ${r.oldOnly.length === 1 ? 'rad' : 'rader'} fra tidligere forsikringsbevis mangler i det nye.`));
  return out;
}

const FIELD: Record<string, string> = {
  sum: 'forsikringssum',
  deductible: 'egenandel',
  premium: 'pris',
  g: 'G',
  g_multiple: 'G-multiplum',
  natural_damage: 'naturskadepremie',
};

function objectBlock(
  o: ObjectResult,
  r: RenewalResult,
  s: Style,
  disc: (object: string, field: string) => boolean,
  open: (object: string, field: string) => boolean,
): string[] {
  const out: string[] = [];
  const cls = o.g ? 'G-summer' : o.indexClass + (o.classFrom === 'option' ? ' (--index-class)' : '');
  const rate = o.index ? `, indeks ${formatRateNo(o.index.percent)} %` : '';
  out.push(s.bold(`${o.name}`) + s.dim(` · ${cls}${rate}`));
  const checked = r.checked && o.stated !== null;
  const mark = (field: string): string => (disc(o.name, field) ? s.red('AVVIK') : open(o.name, field) ? s.yellow('uavklart') : '');
  const headers = checked
    ? [{ header: '' }, { header: 'Tidligere', align: 'right' as const }, { header: 'Forventet', align: 'right' as const }, { header: 'Oppgitt', align: 'right' as const }, { header: 'Differanse', align: 'right' as const }, { header: '' }]
    : [{ header: '' }, { header: 'Tidligere', align: 'right' as const }, { header: 'Forventet', align: 'right' as const }, { header: 'Endring', align: 'right' as const }, { header: '' }];
  const rows: string[][] = [];
  const e = o.expected;
  const st = o.stated;
  if (!o.g) {
    const sumExpected = open(o.name, 'sum') ? '?' : sumCell(e);
    if (checked) rows.push(['Forsikringssum', sumCell(o.old), sumExpected, sumCell(st!), diff(e.sum, st!.sum), mark('sum')]);
    else rows.push(['Forsikringssum', sumCell(o.old), sumExpected, diff(o.old.sum, e.sum), mark('sum')]);
  }
  if (o.old.deductible !== null || (checked && st!.deductible !== null)) {
    const d = o.deductible;
    const exp = d.status === 'ambiguous' ? d.options.map(krShort).join(' / ') : kr(e.deductible);
    if (checked) rows.push(['Egenandel', kr(o.old.deductible), exp, kr(st!.deductible), diff(e.deductible, st!.deductible), mark('deductible')]);
    else rows.push(['Egenandel', kr(o.old.deductible), exp, diff(o.old.deductible, e.deductible), mark('deductible')]);
  }
  if (o.old.premium !== null || (checked && st!.premium !== null)) {
    const other = o.otherPremium !== null && !o.otherPremium.isZero() ? 'annet' : '';
    if (checked) rows.push(['Pris', kr(o.old.premium), open(o.name, 'premium') ? '?' : kr(e.premium), kr(st!.premium), diff(e.premium, st!.premium), other]);
    else rows.push(['Pris', kr(o.old.premium), open(o.name, 'premium') ? '?' : kr(e.premium), diff(o.old.premium, e.premium), open(o.name, 'premium') ? s.yellow('uavklart') : '']);
  }
  if (rows.length > 0) out.push(renderTable(headers, rows, { indent: '  ', width: s.width }).trimEnd());
  if (o.g) out.push(...gBlock(o.g, checked, s.width));
  const d = o.deductible;
  if (d.status === 'changed') {
    for (const c of d.candidates) {
      const ch = r.changes[c.change]!;
      out.push(`  Egenandel ${krShort(d.old!)} → ${krShort(c.result)} etter ${sourceNo(ch.source)}${ch.line !== undefined ? `: «${ch.line}»` : ''}`);
    }
  }
  for (const n of o.notes) out.push(s.dim(`  ${datesNo(n)}`));
  return out;
}

function gBlock(lines: GLine[], checked: boolean, width: number): string[] {
  const headers = [{ header: 'Post' }, { header: 'Sum', align: 'right' as const }, { header: 'Tidligere', align: 'right' as const }, { header: 'Forventet', align: 'right' as const }];
  if (checked) headers.push({ header: 'Oppgitt', align: 'right' as const }, { header: '', align: 'right' as const });
  const rows = lines.map((l) => {
    const base = [l.name, gMultiple(l.g), gCell(l.old), gCell(l.expected)];
    if (!checked) return base;
    if (l.statedG === null) return [...base, '(mangler)', ''];
    const changed = l.statedG !== undefined && l.statedG !== l.g;
    return [...base, `${changed ? `${gMultiple(l.statedG!)}: ` : ''}${gCell(l.stated)}`, changed ? 'AVVIK' : ''];
  });
  return [renderTable(headers, rows, { indent: '  ', width }).trimEnd()];
}
