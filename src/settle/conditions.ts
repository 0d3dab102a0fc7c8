/**
 * The numbers of the conditions as the rules apply them, compiled from a terms file (vilkår as
 * data, src/vilkar/: terms/*.yaml, schema/terms.schema.json): age tables, thresholds and factors,
 * deductible rules and tables, deadlines, sub-limits, VAT rules, and the clause each cites. The
 * rules in products/*.ts read every number of the conditions from here and write none of their
 * own, so another insurer's or another year's terms settle a claim without a change of code.
 *
 * `conditionsOf(terms)` compiles once per terms object (a run reads its terms once; a batch
 * shares them across all its claims): amounts become Decimal, percentages numbers, periods
 * whole years or months. A value the terms do not give is not guessed: reading it throws an
 * InputError naming the terms and the field, so only the claims that need it fail (a terms
 * file may cover some products only).
 */
import { InputError } from '../core/errors.js';
import { Decimal, formatKr, formatRateNo } from '../core/money.js';
import { DEFAULT_TERMS, findBuiltIn } from '../vilkar/load.js';
import type { AgeRow, AgeTable, Ref, SubLimit as SubLimitRow, Terms, Val } from '../vilkar/types.js';

/** An age-deduction row as a rule applies it. */
export interface AgeRuleTerms {
  key: string;
  /** N: no deduction up to and including this age (whole years). */
  from: number;
  /** Percent per started year beyond N. */
  perYear: number;
  /** The stated maximum percent (100 when none is stated). */
  max: number;
  /** «fra N år», «eldre enn N år», «etter» (one year after it was bought), as the clause words it. */
  words: 'fra' | 'eldre enn' | 'etter';
  clause: string;
  /** Bygning: deducted instead of the deductible, or as well as it. */
  group?: 'instead' | 'both';
  /** Bygning, varmekabler: a point repair has the deductible only. */
  pointRepairDeductibleOnly: boolean;
  /** Materials that have no age deduction (utvendige rør of plastic or fibreglass). */
  exemptMaterials: readonly string[];
}

export interface SubLimitTerms {
  key: string;
  /** The most paid for the losses under this limit; undefined: a time limit only. */
  limit?: Decimal;
  /** The costs must be incurred within this many months from the loss date. */
  months?: number;
  clause: string;
}

/** A number with the clause that states it. */
export interface Cited<T> {
  value: T;
  clause: string;
}

export interface EiendelerConditions {
  categories: Readonly<Record<string, AgeRuleTerms>>;
  threshold: Cited<Decimal>;
  /** The share of the lifetime within which C is paid in full (0.3) and its percent for the text. */
  freeShare: Cited<Decimal>;
  freeSharePercent: number;
  factor: Cited<Decimal>;
  replaceYears: Cited<number>;
  priceIncreaseMaxPercent: Cited<number>;
  priceIncreaseMonths: Cited<number>;
  exVatClause: string;
  glassDeductible: Cited<Decimal>;
  subLimits: Readonly<Record<string, SubLimitTerms>>;
  calculationClause: string;
  sumClause: string;
  deductibleClause: string;
  paymentClause: string;
}

export interface BygningConditions {
  objects: Readonly<Record<string, AgeRuleTerms>>;
  /** No age deduction of the both-deductions group when this many of its objects are damaged together. */
  bothNoneWhenDamagedTogether: number;
  ageClause: string;
  riseMaxPercent: Cited<number>;
  rebuildYears: Cited<number>;
  repairYears: Cited<number>;
  breeamPercent: Cited<number>;
  breeamMax: Cited<Decimal>;
  rentMonths: Cited<Decimal>;
  rentMonthsNotRebuilt: Cited<Decimal>;
  ownPremisesPercent: Cited<number>;
  priceIncreaseMonths: Cited<number>;
  subLimits: Readonly<Record<string, SubLimitTerms>>;
  calculationClause: string;
  deductibleClause: string;
  paymentClause: string;
}

export interface OdometerBand {
  toKm: number | null;
  amount: Decimal | null;
}

export interface MotorvognConditions {
  electronics: AgeRuleTerms;
  maskinskade: { rows: readonly OdometerBand[]; clause: string };
  animalReduction: Cited<Decimal>;
  animalMaxWeightKg: Cited<number>;
  cashLabourPercent: Cited<number>;
  repairClause: string;
  intoxicatedClause: string;
  deductibleClause: string;
}

export interface FritidsbatConditions {
  electronics: AgeRuleTerms;
  /** Cash settlement: labour paid at this percent (100: in full). */
  cashLabourPercent: Cited<number>;
  regattaPercent: Cited<number>;
  businessExVatClause: string;
  repairClause: string;
  totalLossClause: string;
  deductibleClause: string;
  intoxicatedClause: string;
}

export interface ArbeidsmaskinConditions {
  minimumBefore: Cited<string>;
  minimumDeductible: Readonly<Record<string, Decimal>>;
  minimumClause: string;
  rolled: Cited<Decimal>;
  cashLabourPercent: Cited<number>;
  avbruddClause: string;
  deathNoDependants: Cited<Decimal>;
}

export interface DriftstapConditions {
  weaknessMaxPercent: Cited<number>;
  weaknessDeductiblePercent: Cited<number>;
}

export interface AnsvarConditions {
  /** The deductible by coverage from the renewal the letter names, and before it. */
  deductible: Readonly<Record<string, { amount: Decimal; previous?: Decimal }>>;
  renewalYear: number;
  deductibleChangeClause: string;
  clauses: { cover_bedriftsansvar: string; cover_produktansvar: string; series: string; sum_bedriftsansvar: string; sum_produktansvar: string; deductible: string };
}

export interface BehandlingConditions {
  perTreatment: Cited<Decimal>;
  from: Cited<string>;
  treatments: readonly string[];
}

/** The terms a settlement applied: their name and version (one object per terms, shared by its settlements). */
export interface TermsUsed {
  readonly name: string;
  readonly version?: string;
}

/** One terms file compiled for the rules; each product is compiled when a claim first needs it. */
export interface Conditions {
  readonly name: string;
  readonly version: string | undefined;
  readonly used: TermsUsed;
  readonly eiendeler: EiendelerConditions;
  readonly bygning: BygningConditions;
  readonly motorvogn: MotorvognConditions;
  readonly fritidsbat: FritidsbatConditions;
  readonly arbeidsmaskin: ArbeidsmaskinConditions;
  readonly driftstap: DriftstapConditions;
  readonly ansvar: AnsvarConditions;
  readonly behandling: BehandlingConditions;
}

/** Builds a product's conditions; `need` reads a value the terms must give. */
class Reader {
  constructor(
    readonly terms: Terms,
    readonly file: string | undefined,
  ) {}

  missing(path: string, what?: string): InputError {
    return new InputError(`the terms give no ${what ?? 'value'} for it, and the rules of this claim need one; add it to the terms`, { file: this.file ?? `terms ${this.terms.name}`, field: path });
  }

  need<T>(v: T | undefined | null, path: string): T {
    if (v === undefined || v === null) throw this.missing(path);
    return v;
  }

  /** A value with its clause (`{value, clause}`), converted. */
  cited<T, U>(v: Val<T> | undefined, path: string, convert: (x: T) => U): Cited<U> {
    const x = this.need(v, path);
    return { value: convert(x.value), clause: x.clause };
  }

  clause(r: Ref | undefined, path: string): string {
    return this.need(r, path).clause;
  }

  ageRule(table: AgeTable, row: AgeRow): AgeRuleTerms {
    const max = row.max_percent ?? table.max_percent;
    return {
      key: row.key,
      from: row.free_years,
      perYear: Number(row.percent),
      max: max !== undefined ? Number(max) : 100,
      words: row.words ?? 'fra',
      clause: row.clause ?? table.clause,
      group: row.group,
      pointRepairDeductibleOnly: row.point_repair === 'deductible_only',
      exemptMaterials: row.exempt_materials ?? [],
    };
  }

  ageRules(table: AgeTable | undefined, path: string): Record<string, AgeRuleTerms> {
    const t = this.need(table, path);
    const out: Record<string, AgeRuleTerms> = Object.create(null) as Record<string, AgeRuleTerms>;
    for (const row of t.rows) out[row.key] = this.ageRule(t, row);
    return out;
  }

  subLimits(rows: SubLimitRow[] | undefined): Record<string, SubLimitTerms> {
    const out: Record<string, SubLimitTerms> = Object.create(null) as Record<string, SubLimitTerms>;
    for (const r of rows ?? []) {
      const s: SubLimitTerms = { key: r.key, clause: r.clause };
      if (r.amount !== undefined) s.limit = new Decimal(r.amount);
      if (r.months !== undefined) s.months = r.months;
      out[r.key] = s;
    }
    return out;
  }
}

const dec = (x: string): Decimal => new Decimal(x);
const num = (x: string | number): number => Number(x);
const same = <T>(x: T): T => x;

/**
 * A product's conditions, built when a claim of the product first needs them. Each value is built
 * at once, so the object is a plain one the rules read fast; a value the terms lack becomes a
 * property that throws its error when read — only the claims that need it fail.
 */
function eager<T extends object>(build: { [K in keyof T]: () => T[K] }): T {
  const out: Record<string, unknown> = {};
  let missing: Array<[string, unknown]> | undefined;
  for (const key of Object.keys(build)) {
    try {
      out[key] = (build as Record<string, () => unknown>)[key]!();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      (missing ??= []).push([key, e]);
    }
  }
  for (const [key, e] of missing ?? []) {
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        throw e;
      },
    });
  }
  return out as T;
}

function eiendeler(r: Reader): EiendelerConditions {
  const p = r.need(r.terms.products.eiendeler, 'products.eiendeler');
  const at = 'products.eiendeler';
  const c = p.clauses ?? {};
  const glass = p.deductibles?.find((d) => d.key === 'glass');
  return eager<EiendelerConditions>({
    categories: () => r.ageRules(p.age_deduction, `${at}.age_deduction`),
    threshold: () => r.cited(p.lifetime?.threshold, `${at}.lifetime.threshold`, dec),
    freeShare: () => r.cited(p.lifetime?.free_share_percent, `${at}.lifetime.free_share_percent`, (x) => dec(x).dividedBy(100)),
    freeSharePercent: () => num(r.need(p.lifetime?.free_share_percent, `${at}.lifetime.free_share_percent`).value),
    factor: () => r.cited(p.lifetime?.factor, `${at}.lifetime.factor`, dec),
    replaceYears: () => r.cited(p.replace_within_years, `${at}.replace_within_years`, same),
    priceIncreaseMaxPercent: () => r.cited(p.price_increase?.max_percent, `${at}.price_increase.max_percent`, num),
    priceIncreaseMonths: () => r.cited(p.price_increase?.within_months, `${at}.price_increase.within_months`, same),
    exVatClause: () => r.clause(p.vat_registered_ex_vat, `${at}.vat_registered_ex_vat`),
    glassDeductible: () => {
      const g = r.need(glass, `${at}.deductibles[glass]`);
      return { value: dec(g.amount), clause: g.clause };
    },
    subLimits: () => r.subLimits(p.sub_limits),
    calculationClause: () => r.clause(c.calculation, `${at}.clauses.calculation`),
    sumClause: () => r.clause(c.sum, `${at}.clauses.sum`),
    deductibleClause: () => r.clause(c.deductible, `${at}.clauses.deductible`),
    paymentClause: () => r.clause(c.payment, `${at}.clauses.payment`),
  });
}

function bygning(r: Reader): BygningConditions {
  const p = r.need(r.terms.products.bygning, 'products.bygning');
  const at = 'products.bygning';
  const c = p.clauses ?? {};
  return eager<BygningConditions>({
    objects: () => r.ageRules(p.age_deduction, `${at}.age_deduction`),
    bothNoneWhenDamagedTogether: () => r.need(p.age_deduction?.both_none_when_damaged_together, `${at}.age_deduction.both_none_when_damaged_together`),
    ageClause: () => r.clause(p.age_deduction, `${at}.age_deduction`),
    riseMaxPercent: () => r.cited(p.market_value?.rise_max_percent, `${at}.market_value.rise_max_percent`, num),
    rebuildYears: () => r.cited(p.market_value?.rebuild_within_years, `${at}.market_value.rebuild_within_years`, same),
    repairYears: () => r.cited(p.repair_within_years, `${at}.repair_within_years`, same),
    breeamPercent: () => r.cited(p.breeam?.percent, `${at}.breeam.percent`, num),
    breeamMax: () => r.cited(p.breeam?.max, `${at}.breeam.max`, dec),
    rentMonths: () => r.cited(p.rent_loss?.max_months, `${at}.rent_loss.max_months`, (x) => new Decimal(x)),
    rentMonthsNotRebuilt: () => r.cited(p.rent_loss?.max_months_not_rebuilt, `${at}.rent_loss.max_months_not_rebuilt`, (x) => new Decimal(x)),
    ownPremisesPercent: () => r.cited(p.rent_loss?.own_premises_percent, `${at}.rent_loss.own_premises_percent`, num),
    priceIncreaseMonths: () => r.cited(p.price_increase?.within_months, `${at}.price_increase.within_months`, same),
    subLimits: () => r.subLimits(p.sub_limits),
    calculationClause: () => r.clause(c.calculation, `${at}.clauses.calculation`),
    deductibleClause: () => r.clause(c.deductible, `${at}.clauses.deductible`),
    paymentClause: () => r.clause(c.payment, `${at}.clauses.payment`),
  });
}

function electronics(r: Reader, table: AgeTable | undefined, path: string): AgeRuleTerms {
  const t = r.need(table, path);
  return r.ageRule(t, r.need(t.rows.find((x) => x.key === 'elektronikk'), `${path}.rows[elektronikk]`));
}

function motorvogn(r: Reader): MotorvognConditions {
  const p = r.need(r.terms.products.motorvogn, 'products.motorvogn');
  const at = 'products.motorvogn';
  const c = p.clauses ?? {};
  return eager<MotorvognConditions>({
    electronics: () => electronics(r, p.electronics, `${at}.electronics`),
    maskinskade: () => {
      const t = r.need(p.maskinskade_deductible, `${at}.maskinskade_deductible`);
      return { rows: t.rows.map((x) => ({ toKm: x.to_km, amount: x.amount === null ? null : dec(x.amount) })), clause: t.clause };
    },
    animalReduction: () => r.cited(p.animal_collision?.reduction, `${at}.animal_collision.reduction`, dec),
    animalMaxWeightKg: () => r.cited(p.animal_collision?.max_weight_kg, `${at}.animal_collision.max_weight_kg`, same),
    cashLabourPercent: () => r.cited(p.cash?.labour_percent, `${at}.cash.labour_percent`, num),
    repairClause: () => r.clause(c.repair, `${at}.clauses.repair`),
    intoxicatedClause: () => r.clause(c.intoxicated, `${at}.clauses.intoxicated`),
    deductibleClause: () => r.clause(c.deductible, `${at}.clauses.deductible`),
  });
}

function fritidsbat(r: Reader): FritidsbatConditions {
  const p = r.need(r.terms.products.fritidsbat, 'products.fritidsbat');
  const at = 'products.fritidsbat';
  const c = p.clauses ?? {};
  return eager<FritidsbatConditions>({
    electronics: () => electronics(r, p.electronics, `${at}.electronics`),
    cashLabourPercent: () => r.cited(p.cash?.labour_percent, `${at}.cash.labour_percent`, num),
    regattaPercent: () => r.cited(p.regatta?.percent, `${at}.regatta.percent`, num),
    businessExVatClause: () => r.clause(p.business_ex_vat, `${at}.business_ex_vat`),
    repairClause: () => r.clause(c.repair, `${at}.clauses.repair`),
    totalLossClause: () => r.clause(c.total_loss, `${at}.clauses.total_loss`),
    deductibleClause: () => r.clause(c.deductible, `${at}.clauses.deductible`),
    intoxicatedClause: () => r.clause(c.intoxicated, `${at}.clauses.intoxicated`),
  });
}

function arbeidsmaskin(r: Reader): ArbeidsmaskinConditions {
  const p = r.need(r.terms.products.arbeidsmaskin, 'products.arbeidsmaskin');
  const at = 'products.arbeidsmaskin';
  return eager<ArbeidsmaskinConditions>({
    minimumBefore: () => r.cited(p.minimum_deductible?.policies_started_before, `${at}.minimum_deductible.policies_started_before`, same),
    minimumDeductible: () => {
      const t = r.need(p.minimum_deductible, `${at}.minimum_deductible`);
      const out: Record<string, Decimal> = Object.create(null) as Record<string, Decimal>;
      for (const row of t.rows) out[row.coverage] = dec(row.amount);
      return out;
    },
    minimumClause: () => r.clause(p.minimum_deductible, `${at}.minimum_deductible`),
    rolled: () => r.cited(p.rolled_without_driver?.deductible, `${at}.rolled_without_driver.deductible`, dec),
    cashLabourPercent: () => r.cited(p.cash?.labour_percent, `${at}.cash.labour_percent`, num),
    avbruddClause: () => r.clause(p.avbrudd_only_above_deductible, `${at}.avbrudd_only_above_deductible`),
    deathNoDependants: () => r.cited(p.death_without_dependants, `${at}.death_without_dependants`, dec),
  });
}

function driftstap(r: Reader): DriftstapConditions {
  const p = r.need(r.terms.products.driftstap, 'products.driftstap');
  const at = 'products.driftstap';
  return eager<DriftstapConditions>({
    weaknessMaxPercent: () => r.cited(p.weakness?.fix_time_max_percent, `${at}.weakness.fix_time_max_percent`, num),
    weaknessDeductiblePercent: () => r.cited(p.weakness?.extra_deductible_percent, `${at}.weakness.extra_deductible_percent`, num),
  });
}

function ansvar(r: Reader): AnsvarConditions {
  const p = r.need(r.terms.products.ansvar, 'products.ansvar');
  const at = 'products.ansvar';
  const c = p.clauses ?? {};
  const cl = (k: string) => r.clause(c[k], `${at}.clauses.${k}`);
  return eager<AnsvarConditions>({
    deductible: () => {
      const t = r.need(p.deductible, `${at}.deductible`);
      const out: Record<string, { amount: Decimal; previous?: Decimal }> = Object.create(null) as Record<string, { amount: Decimal; previous?: Decimal }>;
      for (const row of t.rows) out[row.coverage] = row.previous !== undefined ? { amount: dec(row.amount), previous: dec(row.previous) } : { amount: dec(row.amount) };
      return out;
    },
    renewalYear: () => r.need(p.deductible?.from_renewal_year, `${at}.deductible.from_renewal_year`),
    deductibleChangeClause: () => r.clause(p.deductible, `${at}.deductible`),
    clauses: () => ({
      cover_bedriftsansvar: cl('cover_bedriftsansvar'),
      cover_produktansvar: cl('cover_produktansvar'),
      series: cl('series'),
      sum_bedriftsansvar: cl('sum_bedriftsansvar'),
      sum_produktansvar: cl('sum_produktansvar'),
      deductible: cl('deductible'),
    }),
  });
}

function behandling(r: Reader): BehandlingConditions {
  const p = r.need(r.terms.products.behandling, 'products.behandling');
  const at = 'products.behandling';
  return eager<BehandlingConditions>({
    perTreatment: () => r.cited(p.per_treatment, `${at}.per_treatment`, dec),
    from: () => r.cited(p.from, `${at}.from`, same),
    treatments: () => r.need(p.treatments, `${at}.treatments`).value,
  });
}

/** The terms of one file for the rules: each product compiled on first use and kept. */
class CompiledTerms implements Conditions {
  readonly name: string;
  readonly version: string | undefined;
  readonly used: TermsUsed;
  private readonly r: Reader;
  private e: EiendelerConditions | undefined;
  private b: BygningConditions | undefined;
  private m: MotorvognConditions | undefined;
  private f: FritidsbatConditions | undefined;
  private a: ArbeidsmaskinConditions | undefined;
  private d: DriftstapConditions | undefined;
  private s: AnsvarConditions | undefined;
  private h: BehandlingConditions | undefined;

  constructor(terms: Terms, file: string | undefined) {
    this.r = new Reader(terms, file);
    this.name = terms.name;
    this.version = terms.version;
    this.used = Object.freeze(terms.version !== undefined ? { name: terms.name, version: terms.version } : { name: terms.name });
  }

  get eiendeler(): EiendelerConditions {
    return (this.e ??= eiendeler(this.r));
  }
  get bygning(): BygningConditions {
    return (this.b ??= bygning(this.r));
  }
  get motorvogn(): MotorvognConditions {
    return (this.m ??= motorvogn(this.r));
  }
  get fritidsbat(): FritidsbatConditions {
    return (this.f ??= fritidsbat(this.r));
  }
  get arbeidsmaskin(): ArbeidsmaskinConditions {
    return (this.a ??= arbeidsmaskin(this.r));
  }
  get driftstap(): DriftstapConditions {
    return (this.d ??= driftstap(this.r));
  }
  get ansvar(): AnsvarConditions {
    return (this.s ??= ansvar(this.r));
  }
  get behandling(): BehandlingConditions {
    return (this.h ??= behandling(this.r));
  }
}

const compiled = new WeakMap<Terms, Conditions>();

/** The terms compiled for the rules (once per terms object). `file`: where a user's terms came from, for messages. */
export function conditionsOf(terms: Terms, file?: string): Conditions {
  let c = compiled.get(terms);
  if (c === undefined) compiled.set(terms, (c = new CompiledTerms(terms, file)));
  return c;
}

let builtIn: Conditions | undefined;

/** The conditions of the default built-in terms (what settle applies when no terms are named). */
export function defaultConditions(): Conditions {
  builtIn ??= conditionsOf(findBuiltIn(DEFAULT_TERMS)!);
  return builtIn;
}

/** The conditions a settlement applies: the context's, else the default terms. */
export function conditions(ctx: { conditions?: Conditions | undefined }): Conditions {
  return ctx.conditions ?? defaultConditions();
}

/**
 * A number for people: «10», «12,5», «100 000». Percentages and years of a statement's steps are
 * small numbers, written without a Decimal (a batch writes them for every item).
 */
export function n(x: number | Decimal | string): string {
  if (typeof x === 'number' && x > -1000 && x < 1000) return Number.isInteger(x) ? String(x) : String(x).replace('.', ',');
  return formatRateNo(x);
}

/** Counts as a statement words them: «to» (eller flere), then figures. */
const COUNT_WORDS: readonly string[] = ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];

export function countWord(count: number): string {
  return COUNT_WORDS[count] ?? n(count);
}

/** «ett år», «2 år»: a period of whole years as a statement words it. */
export function yearsText(years: number): string {
  return years === 1 ? 'ett år' : `${n(years)} år`;
}

/** «kr 15 000» (whole kroner without «,00»), as the conditions write an amount in a sentence. */
export function krWhole(x: Decimal): string {
  const s = formatKr(x);
  return s.endsWith(',00') ? s.slice(0, -',00'.length) : s;
}
