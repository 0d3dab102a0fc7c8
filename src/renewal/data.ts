/**
 * The machine form of a renewal (YAML/JSON), docs/renewal.md:
 *
 *   {"objects": [{"name", "index_class", "old": {sum, deductible, premium}, "expected": {…},
 *     "stated": {…}}], "natural_damage": {"old", "new"}, "discrepancies": [{"object", "field",
 *     "expected", "stated"}]}
 *
 * first, in that order, then what else a script may want (all additive): per object the product,
 * coverage and place, the kind of sum, the index rate and its source, the premium's index effect
 * and «other» change, the deductible change applied (or the options when it is ambiguous), G rows
 * in kroner; the natural-damage rates, sources and objects; the G check; the rates and documents
 * used; the letter's deductible changes and what became of each; unresolved rows; rows in one
 * schedule only; warnings. `discrepancies[].field` is `sum`, `deductible`, or — additions for
 * G-based schedules — `g` (the stated G is not the one in force on the renewal date) and
 * `g_multiple`. Money is a two-decimal string, rates are decimal strings; a value a document does
 * not state, or that cannot be determined, is null.
 */
import { type Decimal, toMoneyString, toRateString } from '../core/money.js';
import type { Figures, GAmount, ObjectResult, RenewalResult } from './types.js';

const money = (d: Decimal | null | undefined): string | null => (d === null || d === undefined ? null : toMoneyString(d));

function figures(f: Figures | null): Record<string, unknown> | null {
  if (f === null) return null;
  return { sum: money(f.sum), deductible: money(f.deductible), premium: money(f.premium) };
}

function gAmount(a: GAmount | undefined): Record<string, string> | null {
  if (!a) return null;
  return 'amount' in a ? { amount: toMoneyString(a.amount) } : { min: toMoneyString(a.min), max: toMoneyString(a.max) };
}

function objectData(o: ObjectResult, checked: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: o.name,
    index_class: o.indexClass,
    old: figures(o.old),
    expected: figures(o.expected),
    stated: figures(o.stated),
    product: o.product,
  };
  if (o.coverage !== undefined) out.coverage = o.coverage;
  if (o.object !== undefined) out.object = o.object;
  out.sum_kind = o.g ? 'g' : o.old.kind;
  if (checked && o.stated && !o.g) out.stated_sum_kind = o.stated.kind;
  out.index_class_from = o.classFrom;
  out.index = o.index ? { percent: toRateString(o.index.percent), source: o.index.source } : null;
  out.premium_change = {
    index_percent: o.premiumPercent === null ? null : toRateString(o.premiumPercent),
    index_effect: money(o.indexEffect),
    other: money(o.otherPremium),
  };
  const d = o.deductible;
  out.deductible_change = {
    status: d.status,
    ...(d.status === 'ambiguous' ? { options: d.options.map((x) => toMoneyString(x)) } : {}),
    changes: d.candidates.map((c) => ({ change: c.change, rule: c.rule, fit: c.fit, result: toMoneyString(c.result) })),
  };
  if (o.matched) out.matched = { name: o.matched.name, by: o.matched.by };
  if (o.g) {
    out.g_items = o.g.map((l) => ({
      name: l.name,
      g: l.g || null,
      old: gAmount(l.old),
      expected: gAmount(l.expected),
      ...(checked ? { stated_g: l.statedG ?? null, stated: gAmount(l.stated) } : {}),
    }));
  }
  out.notes = o.notes;
  return out;
}

export function renewalToData(r: RenewalResult): Record<string, unknown> {
  return {
    objects: r.objects.map((o) => objectData(o, r.checked)),
    natural_damage: naturalDamageData(r.naturalDamage),
    discrepancies: r.discrepancies.map((d) => ({
      object: d.object,
      field: d.field,
      expected: d.expected,
      stated: d.stated,
      ...(d.expectedAnyOf ? { expected_any_of: d.expectedAnyOf } : {}),
      ...(d.note !== undefined ? { note: d.note } : {}),
    })),
    renewal_date: r.renewalDate,
    renewal_date_source: r.renewalDateSource,
    previous_renewal_date: r.previousDate,
    policy_number: r.policyNumber,
    checked: r.checked,
    documents: r.documents.map((d) => ({
      role: d.role,
      file: d.file,
      sha256: d.sha256,
      kind: d.kind,
      policy_number: d.policyNumber ?? null,
      renewal_date: d.renewalDate ?? null,
      issued: d.issued ?? null,
    })),
    index_rates: r.rates.map((x) => ({ object: x.object, label: x.label, percent: toRateString(x.percent), source: x.source })),
    g: r.g ? gData(r.g) : null,
    premium: {
      old: toMoneyString(r.premium.old),
      expected: money(r.premium.expected),
      index_effect: money(r.premium.indexEffect),
      stated: money(r.premium.stated),
      other: money(r.premium.other),
    },
    deductible_changes: r.changes.map(changeData),
    unresolved: r.unresolved.map((u) => ({
      object: u.object,
      field: u.field,
      reason: u.reason,
      ...(u.options ? { options: u.options.map((x) => toMoneyString(x)) } : {}),
      ...(u.stated !== undefined ? { stated: money(u.stated) } : {}),
    })),
    rows_only_in_old: r.oldOnly,
    rows_only_in_new: r.newOnly,
    ...(r.terms !== undefined ? { terms_changed: { old: r.terms.old, new: r.terms.new, changes: r.terms.changes } } : {}),
    warnings: r.warnings,
  };
}

function naturalDamageData(nd: RenewalResult['naturalDamage']): Record<string, unknown> {
  if (!nd) return { old: null, new: null, objects: [], left_out: [], without_sum: [] };
  return {
    old: toMoneyString(nd.old),
    new: toMoneyString(nd.new),
    rate_old_permille: toRateString(nd.rateOld),
    rate_old_source: nd.rateOldSource,
    rate_new_permille: toRateString(nd.rateNew),
    rate_new_source: nd.rateNewSource,
    objects: nd.objects.map((x) => ({
      name: x.name,
      old_fire_sum: toMoneyString(x.oldFireSum),
      old: toMoneyString(x.old),
      new_fire_sum: money(x.newFireSum),
      new: money(x.new),
    })),
    left_out: nd.leftOut,
    without_sum: nd.withoutSum,
  };
}

function gData(g: NonNullable<RenewalResult['g']>): Record<string, unknown> {
  return {
    date: g.date,
    expected: toMoneyString(g.expected),
    expected_from: g.expectedFrom,
    source: g.source,
    old_date: g.oldDate,
    old_stated: money(g.oldStated),
    old_table: money(g.oldTable),
    stated: money(g.stated),
  };
}

function changeData({ change: ch, ...c }: RenewalResult['changes'][number]): Record<string, unknown> {
  return {
    product: ch.product,
    ...(ch.coverage !== undefined ? { coverage: ch.coverage } : {}),
    ...(ch.old !== undefined ? { old: ch.old.map((x) => toMoneyString(x)) } : {}),
    ...(ch.new !== undefined ? { new: ch.new.map((x) => toMoneyString(x)) } : {}),
    ...(ch.minimum !== undefined ? { minimum: toMoneyString(ch.minimum) } : {}),
    ...(ch.increase !== undefined ? { increase: toMoneyString(ch.increase) } : {}),
    ...(ch.percent !== undefined ? { percent: toRateString(ch.percent) } : {}),
    ...(ch.text !== undefined ? { text: ch.text } : {}),
    source: c.source,
    letter_line: c.line ?? null,
    status: c.status,
    rows: c.rows.map((x) => ({ object: x.object, from: toMoneyString(x.from), to: toMoneyString(x.to), sure: x.sure, basis: x.basis })),
    ...(c.why !== undefined ? { why: c.why } : {}),
  };
}
