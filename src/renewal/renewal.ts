/**
 * Renewal (docs/renewal.md): from the old schedule and the renewal letter, what the new
 * schedule should state — and, given the new schedule, where it does not.
 *
 * Pure: policy models and parameter tables in, a RenewalResult out (src/renewal/types.ts). Errors
 * are InputErrors (exit 2: nothing sensible can be computed); discrepancies are data — the CLI
 * decides the exit code.
 *
 * Per row of the old schedule (src/renewal/rows.ts):
 * - **sum**: old × (1 + index %) of the row's index class, rounded to whole kroner. Rows of class
 *   `none` (driftstap, ansvar, vehicles, persons) are not indexed: expected = old. First-risk sums
 *   are not indexed either (the policyholder chooses them: «For førsterisikoforsikret bygning
 *   fastsettes forsikringssummen av forsikringstakeren»), unless `indexFirstRisk`. «Fullverdi»
 *   rows have no sum to index. Rows of class `other` (a product the index-class table does not
 *   know) are never guessed: unresolved until --index-class settles them.
 * - **deductible**: src/renewal/deductibles.ts.
 * - **premium**: index effect = old premium × index % of the rate applied to the sum (0 % when the
 *   sum is not indexed; the class rate for «Fullverdi» rows), rounded to øre; with the new
 *   schedule, the rest of the change is «other» — shown, not a discrepancy.
 * - **natural damage**: per fire sum (rows whose class is not `none`, kroner or first-risk):
 *   old sum × previous rate, expected sum × new rate, each rounded to øre; totals are their sums.
 * - **G rows**: each item in kroner with the old G (the old schedule's stated G, else the table's on
 *   its renewal date) and the G in force on the renewal date.
 *
 * With the new schedule (src/renewal/check.ts pairs the rows): every difference between the
 * expected and the stated sum or deductible is a discrepancy, as is a stated G other than the one
 * in force on the renewal date (field `g`) and a changed G multiple (field `g_multiple`).
 */
import { InputError, UsageError } from '../core/errors.js';
import { Decimal, HUNDRED, ZERO, formatKr, formatRateNo, kroner, ore, permilleOf, toMoneyString } from '../core/money.js';
import { anniversary, type IsoDate } from '../core/norsk.js';
import type { CoverageItem, DeductibleChange, Policy, RowIndexClass, SumValue } from '../model/policy.js';
import type { IndexClass, Tables } from '../params/tables.js';
import { norwegianWarning } from '../parse/warnings-nb.js';
import { matchRows } from './check.js';
import { changeRule, projectDeductible, unpairable } from './deductibles.js';
import { fitChange, nameKey } from './names.js';
import { RateBook, lineText, where } from './rates.js';
import { scheduleRows, type ScheduleRow, type SumKind } from './rows.js';
import type { ChangeReport, Discrepancy, DocRef, Figures, GAmount, GCheck, GLine, NaturalDamage, ObjectResult, RenewalResult, Unresolved } from './types.js';

export interface RenewalInput {
  old: Policy;
  letter?: Policy | undefined;
  next?: Policy | undefined;
  tables: Tables;
  /** The renewal date (--date), instead of the one the documents state. */
  date?: IsoDate | undefined;
  /** --index-class NAME=CLASS: the class of rows the table cannot classify (or any row). */
  indexClasses?: Array<{ name: string; cls: RowIndexClass }> | undefined;
  /** Index first-risk sums too (they are not indexed by default). */
  indexFirstRisk?: boolean | undefined;
  /** Compare documents of different policy numbers or dates that do not follow each other. */
  force?: boolean | undefined;
}

export const ROW_CLASSES: readonly RowIndexClass[] = ['bygninger', 'maskin_losore', 'varer', 'innbo', 'none'];

const dec = (s: string | undefined): Decimal | null => (s === undefined ? null : new Decimal(s));

/** An error without --force; with it, a remark of the report (Norwegian). */
type Problem = (msg: string, remark: string) => void;

export function renewal(input: RenewalInput): RenewalResult {
  const { old, letter, next, tables } = input;
  const warnings: string[] = [];
  // an error (English, as every error) without --force; with it, a remark of the report (Norwegian)
  const problem: Problem = (msg, remark) => {
    if (!input.force) throw new InputError(`${msg}; give --force to compare them anyway`);
    warnings.push(remark);
  };
  const { oldRows, newRows } = rowsOf(input);
  const { documents, numbers } = documentsOf(input, warnings, problem);
  const { date, dateSource, previousDate } = renewalDates(input, warnings, problem);
  const overrides = indexOverrides(input, oldRows);
  const book = new RateBook(tables, letter, date, previousDate);
  const changes: readonly DeductibleChange[] = letter?.deductible_changes ?? [];
  const unresolved: Unresolved[] = [];
  const g = gCheckOf(input, oldRows, newRows, book, date, previousDate, warnings);
  const gOld = g ? (g.oldStated ?? g.oldTable) : null;

  // --- projection ---------------------------------------------------------------------------------
  const objects: ObjectResult[] = oldRows.map((r, i) => {
    const cls = overrides.get(i) ?? r.indexClass;
    const o = projectRow(r, cls, overrides.has(i) ? 'option' : 'schedule', book, input.indexFirstRisk === true, unresolved);
    o.deductible = projectDeductible(r, changes);
    if (o.deductible.status === 'ambiguous') {
      o.expected.deductible = null;
      unresolved.push({ object: o.name, field: 'deductible', reason: ambiguityReason(o.deductible.candidates, changes, letter!), options: o.deductible.options });
    } else o.expected.deductible = o.deductible.expected;
    if (r.gItems) o.g = r.gItems.map((it) => gLine(it, gOld!, g!.expected));
    return o;
  });
  // the letter's deductible changes
  const changeReports: ChangeReport[] = changes.map((c, i) => changeReport(c, i, letter!, oldRows, objects));
  const naturalDamage = naturalDamageOf(objects, book, unresolved);
  const checked = next && newRows ? checkAgainstNew(next, oldRows, newRows, objects, g, date, warnings, unresolved) : { discrepancies: [], oldOnly: [], newOnly: [] };

  return {
    renewalDate: date,
    renewalDateSource: dateSource,
    previousDate,
    policyNumber: numbers[0] ?? null,
    documents,
    checked: next !== undefined,
    rates: ratesUsed(book),
    objects,
    naturalDamage,
    g,
    premium: premiumOf(objects, next ? newRows! : undefined),
    changes: changeReports,
    unresolved,
    oldOnly: checked.oldOnly,
    newOnly: checked.newOnly,
    discrepancies: checked.discrepancies,
    warnings,
  };
}

/** The schedule rows of the old and new schedules; an error when a document is not what its role needs. */
function rowsOf({ old, letter, next }: RenewalInput): { oldRows: ScheduleRow[]; newRows: ScheduleRow[] | undefined } {
  if (letter && !letter.index_regulation && !letter.natural_damage && !(letter.deductible_changes?.length)) {
    const rows = letter.coverages?.length ? ' (it has schedule rows: is it a forsikringsbevis?)' : '';
    throw new InputError(
      `states no index rates, natural-damage rate or deductible changes: not a renewal letter («Nyheter og endringer»)${rows}; without --letter the rates come from the parameter tables`,
      { file: letter.source.file },
    );
  }
  const oldRows = scheduleRows(old);
  if (oldRows.length === 0) {
    throw new InputError('has no schedule rows (no «Forsikringsoversikt» table or coverage rows); --from must be the forsikringsbevis in force before the renewal', { file: old.source.file });
  }
  const newRows = next ? scheduleRows(next) : undefined;
  if (next && newRows!.length === 0) {
    throw new InputError('has no schedule rows (no «Forsikringsoversikt» table or coverage rows); --to must be the new forsikringsbevis', { file: next.source.file });
  }
  return { oldRows, newRows };
}

/** The documents compared, their policy numbers (more than one is a problem), and their parser warnings as remarks. */
function documentsOf({ old, letter, next }: RenewalInput, warnings: string[], problem: Problem): { documents: DocRef[]; numbers: string[] } {
  const docs: Array<[DocRef['role'], Policy]> = [['from', old]];
  if (letter) docs.push(['letter', letter]);
  if (next) docs.push(['to', next]);
  const documents: DocRef[] = docs.map(([role, p]) => ({
    role,
    file: p.source.file,
    sha256: p.source.sha256,
    kind: p.source.kind,
    ...(p.policy_number !== undefined ? { policyNumber: p.policy_number } : {}),
    ...(p.renewal_date !== undefined ? { renewalDate: p.renewal_date } : {}),
    ...(p.issued !== undefined ? { issued: p.issued } : {}),
  }));
  const numbers = [...new Set(documents.map((d) => d.policyNumber).filter((n): n is string => n !== undefined))];
  if (numbers.length > 1) {
    const byNumber = numbers.map((n) => `${n} (${documents.filter((d) => d.policyNumber === n).map((d) => d.file).join(', ')})`);
    problem(`the documents are for different policies: ${byNumber.join(' and ')}`, `dokumentene gjelder ulike forsikringer: ${byNumber.join(' og ')}`);
  }
  // the parser's warnings as the report's remarks: in Norwegian, as the rest of them
  for (const [, p] of docs) for (const w of p.warnings) warnings.push(`${p.source.file}: ${norwegianWarning(w)}`);
  return { documents, numbers };
}

/** The renewal date (--date, else the letter's, the new schedule's, or a year after the old one's) and the previous one. */
function renewalDates({ old, letter, next, date: given }: RenewalInput, warnings: string[], problem: Problem): { date: IsoDate; dateSource: string; previousDate: IsoDate } {
  let date: IsoDate;
  let dateSource: string;
  const letterDate = letter?.index_regulation?.effective ?? letter?.renewal_date;
  if (given !== undefined) {
    date = given;
    dateSource = '--date';
    if (letter && letterDate !== undefined && letterDate !== date) warnings.push(`--date ${date} er ikke datoen brevet oppgir (${letterDate})`);
  } else if (letter && letterDate !== undefined) {
    date = letterDate;
    dateSource = where(letter, letter.index_regulation?.effective !== undefined ? 'index_regulation.effective' : 'renewal_date');
  } else if (next?.renewal_date !== undefined) {
    date = next.renewal_date;
    dateSource = where(next, 'renewal_date');
  } else if (old.renewal_date !== undefined) {
    date = anniversary(old.renewal_date, 1);
    dateSource = `ett år etter ${old.renewal_date} (${where(old, 'renewal_date')})`;
  } else {
    throw new InputError('the renewal date is not known: no document states it («Fornyelse gjelder fra …», «Indeksreguleringen fra …»); give it with --date');
  }
  const previousDate = old.renewal_date ?? anniversary(date, -1);
  if (old.renewal_date !== undefined && old.renewal_date >= date) {
    problem(
      `${old.source.file} is the schedule from ${old.renewal_date}, not one before the renewal on ${date} (${dateSource}); --from must be the schedule in force before the renewal`,
      `${old.source.file} er oversikten fra ${old.renewal_date}, ikke en fra før fornyelsen ${date} (${dateSource})`,
    );
  }
  if (next?.renewal_date !== undefined && next.renewal_date !== date) {
    problem(
      `${next.source.file} is the schedule from ${next.renewal_date}, but the renewal is on ${date} (${dateSource})`,
      `${next.source.file} er oversikten fra ${next.renewal_date}, men fornyelsen er ${date} (${dateSource})`,
    );
  }
  return { date, dateSource, previousDate };
}

/** --index-class NAME=CLASS, by the index of the old schedule's rows it names (a name no row has is an error). */
function indexOverrides({ old, indexClasses }: RenewalInput, oldRows: readonly ScheduleRow[]): Map<number, RowIndexClass> {
  const overrides = new Map<number, RowIndexClass>();
  for (const o of indexClasses ?? []) {
    const k = nameKey(o.name);
    const hits = oldRows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => [r.product, r.name, `${r.product} ${r.object ?? ''}`, `${r.product} ${r.coverage ?? ''}`].some((n) => nameKey(n) === k));
    if (hits.length === 0) {
      const names = [...new Set(oldRows.map((r) => r.product))].join(', ');
      throw new UsageError(`--index-class ${o.name}=${o.cls}: no row of ${old.source.file} is named «${o.name}» (its products: ${names})`);
    }
    for (const { i } of hits) overrides.set(i, o.cls);
  }
  return overrides;
}

/** The G check: the G in force on the renewal date, and the old one (stated, else the table's); null without G. */
function gCheckOf(
  { old, next }: RenewalInput,
  oldRows: readonly ScheduleRow[],
  newRows: readonly ScheduleRow[] | undefined,
  book: RateBook,
  date: IsoDate,
  previousDate: IsoDate,
  warnings: string[],
): GCheck | null {
  const hasGRows = oldRows.some((r) => r.gItems) || (newRows ?? []).some((r) => r.gItems);
  const hasG = hasGRows || old.base_amount_g !== undefined || next?.base_amount_g !== undefined;
  if (!hasG) return null;
  let exp: ReturnType<RateBook['g']> | null = null;
  try {
    exp = book.g(date);
  } catch (e) {
    // G matters only for G rows; a G merely mentioned by a schedule without them is not checked
    if (hasGRows) throw e;
    warnings.push(`G per ${date} er ikke kjent; oppgitt G er ikke kontrollert (${e instanceof InputError ? e.detail : String(e)})`);
  }
  if (!exp) return null;
  let oldTable: Decimal | null = null;
  try {
    oldTable = book.g(previousDate).g;
  } catch {
    oldTable = null;
  }
  const oldStated = dec(old.base_amount_g);
  const g: GCheck = { date, expected: exp.g, expectedFrom: exp.from, source: exp.source, oldStated, oldTable, oldDate: previousDate, stated: dec(next?.base_amount_g) };
  if (oldStated && oldTable && !oldStated.equals(oldTable)) {
    warnings.push(`${old.source.file} oppgir G = ${formatKr(oldStated)} (${where(old, 'base_amount_g')}); G per ${previousDate} var ${formatKr(oldTable)}`);
  }
  if (!oldStated && oldTable === null && oldRows.some((r) => r.gItems)) {
    throw new InputError(`G on ${previousDate} (the old schedule's renewal) is not known and ${old.source.file} does not state it; give it with --params FILE`);
  }
  return g;
}

/** Natural damage per fire sum (rows of a class other than `none`, in kroner or first-risk): old and expected. */
function naturalDamageOf(objects: readonly ObjectResult[], book: RateBook, unresolved: Unresolved[]): NaturalDamage | null {
  const fire = objects.filter((o) => o.indexClass !== 'none' && (o.old.kind === 'kroner' || o.old.kind === 'first_risk') && o.old.sum !== null);
  if (fire.length === 0) return null;
  const withoutSum = objects.filter((o) => !o.g && o.indexClass !== 'none' && o.old.sum === null).map((o) => o.name);
  const nd = book.naturskade();
  const rows = fire.map((o) => {
    const newFireSum = o.expected.sum;
    return {
      name: o.name,
      oldFireSum: o.old.sum!,
      old: permilleOf(o.old.sum!, nd.before.permille),
      newFireSum,
      new: newFireSum === null ? null : permilleOf(newFireSum, nd.now.permille),
    };
  });
  const leftOut = rows.filter((x) => x.new === null).map((x) => x.name);
  for (const name of leftOut) {
    unresolved.push({ object: name, field: 'natural_damage', reason: 'ny brannforsikringssum er ikke kjent (se summen); naturskadepremien er holdt utenfor ny sum' });
  }
  return {
    rateOld: nd.before.permille,
    rateOldSource: nd.before.source,
    rateNew: nd.now.permille,
    rateNewSource: nd.now.source,
    objects: rows,
    old: rows.reduce((a, x) => a.plus(x.old), ZERO),
    new: rows.reduce((a, x) => a.plus(x.new ?? ZERO), ZERO),
    leftOut,
    withoutSum,
  };
}

/** The expected figures checked against the new schedule: its discrepancies, and the rows only one schedule has. */
function checkAgainstNew(
  next: Policy,
  oldRows: readonly ScheduleRow[],
  newRows: readonly ScheduleRow[],
  objects: ObjectResult[],
  g: GCheck | null,
  date: IsoDate,
  warnings: string[],
  unresolved: Unresolved[],
): { discrepancies: Discrepancy[]; oldOnly: string[]; newOnly: string[] } {
  const discrepancies: Discrepancy[] = [];
  const oldOnly: string[] = [];
  const newOnly: string[] = [];
  const m = matchRows(oldRows, newRows);
  // a figure missing from a row is a discrepancy when the new schedule states that figure for other rows;
  // a schedule that states no deductibles at all (no such column) is not checked for them
  const kr = newRows.filter((r) => !r.gItems);
  const columns = { sum: kr.some((r) => r.kind !== 'not_stated'), deductible: newRows.some((r) => r.deductible !== undefined) };
  if (kr.length > 0 && !columns.sum) warnings.push(`${next.source.file} oppgir ingen forsikringssummer: summene er ikke kontrollert`);
  if (!columns.deductible && oldRows.some((r) => r.deductible !== undefined)) warnings.push(`${next.source.file} oppgir ingen egenandeler: egenandelene er ikke kontrollert`);
  objects.forEach((o, i) => {
    const pair = m.pairs.get(i);
    if (!pair) return;
    const nr = newRows[pair.j]!;
    o.matched = { name: nr.name, by: pair.by };
    if (pair.by === 'product') o.notes.push(`sammenlignet med «${nr.name}» i nytt forsikringsbevis (eneste gjenværende rad for produktet i begge)`);
    checkRow(o, nr, g, columns, discrepancies, unresolved, oldOnly, newOnly);
  });
  for (const i of m.oldOnly) oldOnly.push(oldRows[i]!.name);
  for (const j of m.newOnly) newOnly.push(newRows[j]!.name);
  if (g && g.stated !== null && !g.stated.equals(g.expected)) {
    discrepancies.push({ object: 'G (grunnbeløp)', field: 'g', expected: toMoneyString(g.expected), stated: toMoneyString(g.stated), note: `G i kraft ${date} gjelder fra ${g.expectedFrom}, ${g.source}; oppgitt i ${where(next, 'base_amount_g')}` });
  }
  if (g && g.stated === null && newRows.some((r) => r.gItems)) {
    warnings.push(`${next.source.file} oppgir ikke G («for tiden kr …»): G-radene er ikke kontrollert i kroner`);
  }
  return { discrepancies, oldOnly, newOnly };
}

/** Premium totals: the old, the expected (when every row's is known), and the new schedule's stated one. */
function premiumOf(objects: readonly ObjectResult[], newRows: readonly ScheduleRow[] | undefined): RenewalResult['premium'] {
  const withPremium = objects.filter((o) => o.old.premium !== null);
  const premOld = withPremium.reduce((a, o) => a.plus(o.old.premium!), ZERO);
  const premExpected = withPremium.every((o) => o.expected.premium !== null) ? withPremium.reduce((a, o) => a.plus(o.expected.premium!), ZERO) : null;
  const premStated = newRows ? newRows.filter((r) => r.premium !== undefined).reduce((a, r) => a.plus(r.premium!), ZERO) : null;
  return {
    old: premOld,
    expected: premExpected,
    indexEffect: premExpected === null ? null : premExpected.minus(premOld),
    stated: premStated,
    other: premStated !== null && premExpected !== null ? premStated.minus(premExpected) : null,
  };
}

/** The index rates the projection used, in the report's order of classes. */
function ratesUsed(book: RateBook): RenewalResult['rates'] {
  const order: IndexClass[] = ['bygninger', 'maskin_losore', 'varer', 'innbo', 'other'];
  return order
    .filter((c) => book.asked.has(c))
    .map((c) => ({ c, r: book.index(c) }))
    .filter((x): x is { c: IndexClass; r: { percent: Decimal; label: string; source: string } } => !('problem' in x.r))
    .map(({ c, r }) => ({ object: c, percent: r.percent, label: r.label, source: r.source }));
}

function projectRow(r: ScheduleRow, cls: RowIndexClass, classFrom: 'schedule' | 'option', book: RateBook, indexFirstRisk: boolean, unresolved: Unresolved[]): ObjectResult {
  const old: Figures = { kind: r.kind, sum: r.amount, deductible: dec(r.deductible), premium: dec(r.premium) };
  const expected: Figures = { kind: r.kind, sum: null, deductible: null, premium: null };
  const notes: string[] = [];
  let index: ObjectResult['index'] = null;
  let premiumPercent: Decimal | null = null;
  const o: ObjectResult = {
    name: r.name,
    product: r.product,
    ...(r.coverage !== undefined ? { coverage: r.coverage } : {}),
    ...(r.object !== undefined ? { object: r.object } : {}),
    indexClass: cls,
    classFrom,
    index,
    premiumPercent,
    old,
    expected,
    stated: null,
    indexEffect: null,
    otherPremium: null,
    deductible: { status: 'not_stated', old: null, expected: null, options: [], candidates: [] },
    notes,
  };
  if (r.gItems) {
    o.premiumPercent = ZERO;
    expected.premium = old.premium;
    o.indexEffect = old.premium === null ? null : ZERO;
    notes.push('G-summer: ikke indeksregulert, de følger G');
    return o;
  }
  if (cls === 'none') {
    premiumPercent = ZERO;
    expected.sum = r.amount;
    if (r.amount !== null) notes.push(`ikke indeksregulert (indeksklasse none${classFrom === 'option' ? ', fra --index-class' : ''})`);
  } else if (cls === 'other') {
    if (r.amount !== null || old.premium !== null) {
      unresolved.push({
        object: r.name,
        field: r.amount !== null ? 'sum' : 'premium',
        reason: `indeksklassen til «${r.product}» går ikke fram av navnet; avklar den med --index-class "${r.product}=KLASSE" (${ROW_CLASSES.join(', ')})`,
      });
    }
  } else {
    const rate = book.index(cls);
    if ('problem' in rate) {
      if (r.amount !== null || old.premium !== null) unresolved.push({ object: r.name, field: r.amount !== null ? 'sum' : 'premium', reason: rate.problem });
    } else {
      const factor = rate.percent.dividedBy(HUNDRED).plus(1);
      if (r.kind === 'kroner' || (r.kind === 'first_risk' && indexFirstRisk)) {
        expected.sum = kroner(r.amount!.times(factor));
        index = { percent: rate.percent, source: rate.source };
        premiumPercent = rate.percent;
      } else if (r.kind === 'first_risk') {
        expected.sum = r.amount;
        premiumPercent = ZERO;
        notes.push('førsterisiko: ikke indeksregulert (forsikringstakeren fastsetter summen); --index-first-risk regulerer den');
      } else {
        premiumPercent = rate.percent;
        if (r.kind === 'full_value') notes.push(`Fullverdi: ingen sum å regulere; prisen følger indeksen (${formatRateNo(rate.percent)} %)`);
      }
    }
  }
  o.index = index;
  o.premiumPercent = premiumPercent;
  if (old.premium !== null && premiumPercent !== null) {
    expected.premium = ore(old.premium.times(premiumPercent.dividedBy(HUNDRED).plus(1)));
    o.indexEffect = expected.premium.minus(old.premium);
  }
  return o;
}

function ambiguityReason(cands: ReturnType<typeof projectDeductible>['candidates'], changes: readonly DeductibleChange[], letter: Policy): string {
  const maybe = cands.filter((c) => c.fit === 'maybe');
  if (maybe.length > 0) {
    const parts = maybe.map((c) => `«${c.coverage}» (${where(letter, `deductible_changes[${c.change}]`)})`);
    return `brevet endrer egenandelen for ${parts.join(' og ')}, som raden ikke oppgir; kontroller hvilken egenandel raden har`;
  }
  const parts = cands.map((c) => `${changeText(changes[c.change]!)} (${where(letter, `deductible_changes[${c.change}]`)})`);
  return `${cands.length} endringer i brevet gjelder raden, med ulikt resultat: ${parts.join('; ')}`;
}

/** A change in a few words: «kr 10 000 → kr 15 000», «minst kr 10 000», «+ kr 10 000». */
export function changeText(c: DeductibleChange): string {
  const kr = (xs: string[]): string => xs.map((x) => formatKr(x).replace(/,00$/, '')).join(' / ');
  switch (changeRule(c)) {
    case 'old_new':
      return `${kr(c.old!)} → ${kr(c.new!)}`;
    case 'minimum':
      return `minst ${kr([c.minimum!])}`;
    case 'increase':
      return `+ ${kr([c.increase!])}`;
    default:
      if (c.percent !== undefined) return `${formatRateNo(c.percent)} % av erstatningen`;
      if (c.new !== undefined) return `${kr(c.new)} (bare ny egenandel)`;
      return 'bare i ord';
  }
}

function changeReport(c: DeductibleChange, i: number, letter: Policy, oldRows: ScheduleRow[], objects: ObjectResult[]): ChangeReport {
  const rep: ChangeReport = { index: i, change: c, source: where(letter, `deductible_changes[${i}]`), status: 'not_applied', rows: [] };
  const line = lineText(letter, `deductible_changes[${i}]`);
  if (line !== undefined) rep.line = line;
  for (const o of objects) {
    const cand = o.deductible.candidates.find((x) => x.change === i);
    if (!cand) continue;
    rep.rows.push({ object: o.name, from: o.deductible.old!, to: cand.result, sure: o.deductible.status === 'changed', basis: cand.basis });
  }
  if (rep.rows.some((x) => x.sure)) rep.status = 'applied';
  else if (rep.rows.length > 0) rep.status = 'ambiguous';
  if (rep.rows.length > 0) return rep;
  const rule = changeRule(c);
  if (!rule) {
    if (c.percent !== undefined) rep.why = `egenandel i prosent av erstatningen: ikke et tall i forsikringsbeviset`;
    else if (c.new !== undefined) rep.why = 'ny egenandel uten tidligere egenandel (et særtilfelle): endrer ikke egenandelen forsikringsbeviset oppgir';
    else rep.why = 'bare beskrevet i ord';
    return rep;
  }
  if (unpairable(c)) {
    rep.why = `${c.old!.length} tidligere og ${c.new!.length} nye beløp kan ikke pares`;
    return rep;
  }
  const fits = oldRows.map((r) => ({ r, f: fitChange(c, r) })).filter((x) => x.f !== undefined);
  if (fits.length === 0) {
    rep.why = `ingen rad for «${c.product}» i tidligere forsikringsbevis`;
    return rep;
  }
  const same = fits.filter((x) => x.f!.fit !== 'no');
  if (same.length === 0) {
    rep.why = `radene for «${c.product}» oppgir en annen dekning (${[...new Set(fits.map((x) => x.r.coverage ?? x.f!.rowCoverage.join(' ')))].join(', ')})`;
    return rep;
  }
  const stated = same.filter((x) => x.r.deductible !== undefined);
  if (stated.length === 0) {
    rep.why = `radene for «${c.product}» oppgir ingen egenandel`;
    return rep;
  }
  const have = [...new Set(stated.map((x) => formatKr(x.r.deductible!).replace(/,00$/, '')))].join(', ');
  rep.why = rule === 'minimum' ? `radene for «${c.product}» har allerede minst ${formatKr(c.minimum!).replace(/,00$/, '')} (${have})` : `ingen rad for «${c.product}» har tidligere egenandel (de har ${have})`;
  return rep;
}

// --- G ---------------------------------------------------------------------------------------------

function gString(sum: SumValue | undefined): string {
  if (sum === undefined || typeof sum === 'string') return '';
  if ('g' in sum) return sum.g;
  if ('g_min' in sum) return `${sum.g_min}-${sum.g_max}`;
  if ('individual' in sum) return 'individual';
  return '';
}

function gAmount(sum: SumValue | undefined, g: Decimal | null): GAmount {
  if (g === null || sum === undefined || typeof sum === 'string') return null;
  if ('g' in sum) return { amount: ore(g.times(sum.g)) };
  if ('g_min' in sum) return { min: ore(g.times(sum.g_min)), max: ore(g.times(sum.g_max)) };
  return null;
}

function gLine(it: CoverageItem, gOld: Decimal, gNew: Decimal): GLine {
  return { name: it.name, g: gString(it.sum), old: gAmount(it.sum, gOld), expected: gAmount(it.sum, gNew), stated: null };
}

// --- check -----------------------------------------------------------------------------------------

const KIND_NAMES: Record<SumKind, string> = { kroner: 'forsikringssum i kroner', first_risk: 'førsterisikosum', full_value: 'Fullverdi', not_stated: 'ingen sum' };

const money = (d: Decimal | null): string | null => (d === null ? null : toMoneyString(d));

function checkRow(
  o: ObjectResult,
  nr: ScheduleRow,
  g: GCheck | null,
  columns: { sum: boolean; deductible: boolean },
  discrepancies: Discrepancy[],
  unresolved: Unresolved[],
  oldOnly: string[],
  newOnly: string[],
): void {
  const stated: Figures = { kind: nr.kind, sum: nr.amount, deductible: dec(nr.deductible), premium: dec(nr.premium) };
  o.stated = stated;
  const sumOpen = unresolved.find((u) => u.object === o.name && u.field === 'sum');
  if (sumOpen) sumOpen.stated = stated.sum;
  else if (!o.g && o.old.kind !== 'not_stated') {
    const e = o.expected;
    if (stated.kind === 'not_stated') {
      if (columns.sum) discrepancies.push({ object: o.name, field: 'sum', expected: money(e.sum), stated: null, note: 'nytt forsikringsbevis oppgir ingen sum for raden' });
    } else if (stated.kind !== e.kind) {
      discrepancies.push({ object: o.name, field: 'sum', expected: money(e.sum), stated: money(stated.sum), note: `forventet ${KIND_NAMES[e.kind]}, nytt forsikringsbevis oppgir ${KIND_NAMES[stated.kind]}` });
    } else if (e.sum !== null && stated.sum !== null && !e.sum.equals(stated.sum)) {
      discrepancies.push({ object: o.name, field: 'sum', expected: money(e.sum), stated: money(stated.sum) });
    }
  } else if (!o.g && o.old.kind === 'not_stated' && stated.kind !== 'not_stated') {
    o.notes.push('tidligere forsikringsbevis oppgir ingen sum for raden, det nye gjør');
  }

  const d = o.deductible;
  if (d.status === 'not_stated') {
    if (stated.deductible !== null) o.notes.push('tidligere forsikringsbevis oppgir ingen egenandel for raden, det nye gjør');
  } else if (stated.deductible === null) {
    if (columns.deductible) {
      discrepancies.push({
        object: o.name,
        field: 'deductible',
        expected: money(d.expected),
        stated: null,
        ...(d.status === 'ambiguous' ? { expectedAnyOf: d.options.map((x) => toMoneyString(x)) } : {}),
        note: 'nytt forsikringsbevis oppgir ingen egenandel for raden',
      });
    }
  } else if (d.status === 'ambiguous') {
    const open = unresolved.find((u) => u.object === o.name && u.field === 'deductible');
    if (open) open.stated = stated.deductible;
    if (!d.options.some((x) => x.equals(stated.deductible!))) {
      discrepancies.push({
        object: o.name,
        field: 'deductible',
        expected: null,
        stated: money(stated.deductible),
        expectedAnyOf: d.options.map((x) => toMoneyString(x)),
        note: 'brevet åpner for disse egenandelene for raden; den oppgitte er ingen av dem',
      });
    }
  } else if (!d.expected!.equals(stated.deductible)) {
    discrepancies.push({ object: o.name, field: 'deductible', expected: money(d.expected), stated: money(stated.deductible) });
  }

  if (o.expected.premium !== null && stated.premium !== null) o.otherPremium = stated.premium.minus(o.expected.premium);
  else if (o.old.premium !== null && stated.premium === null) o.notes.push('nytt forsikringsbevis oppgir ingen pris for raden');

  if (o.g && nr.gItems) {
    const gNew = g ? g.stated : null;
    const used = new Set<number>();
    for (const line of o.g) {
      const k = nameKey(line.name);
      const j = nr.gItems.findIndex((it, jj) => !used.has(jj) && nameKey(it.name) === k);
      if (j < 0) {
        oldOnly.push(`${o.name}: ${line.name}`);
        line.statedG = null;
        continue;
      }
      used.add(j);
      const it = nr.gItems[j]!;
      line.statedG = gString(it.sum);
      line.stated = gAmount(it.sum, gNew);
      if (line.statedG !== line.g) {
        discrepancies.push({ object: `${o.name}: ${line.name}`, field: 'g_multiple', expected: line.g || null, stated: line.statedG || null, note: 'endret G-multiplum' });
      }
    }
    nr.gItems.forEach((it, j) => {
      if (!used.has(j)) newOnly.push(`${nr.name}: ${it.name}`);
    });
  }
}
