/**
 * Terms for people (`skadekalk terms NAME`, text): Norwegian, grouped the way the conditions are —
 * by product, then by the clause each value is stated in — and wrapped to the terminal's width.
 * What is shown is the terms' own values; nothing is computed here.
 */
import { PRODUCT_NAMES } from '../settle/render.js';
import { TERMS_PRODUCTS, type AgeRow, type AgeTable, type Cash, type PriceIncrease, type Ref, type SpecialDeductible, type SubLimit, type Terms, type TermsProduct, type Val } from './types.js';

export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
}

const PLAIN: TextStyle = { bold: (s) => s, dim: (s) => s };

/** A product's name for people: the statement's (settle) names. */
export const PRODUCT_TITLES: Readonly<Record<TermsProduct, string>> = PRODUCT_NAMES;

/** A machine decimal string the Norwegian way: "100000" → "100 000", "1.4" → "1,4". */
export function numberNo(d: string): string {
  const [i, f] = d.split('.');
  const grouped = (i ?? '').replace(/\B(?=(\d{3})+$)/g, ' ');
  return f ? `${grouped},${f}` : grouped;
}

const kr = (d: string) => `kr ${numberNo(d)}`;
const pct = (d: string) => `${numberNo(d)} %`;
const isoNo = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const years = (n: number) => `${n} år`;
const months = (n: number) => `${n} ${n === 1 ? 'måned' : 'måneder'}`;

/** One line of the text: what it says, and where it is stated. */
interface Entry extends Ref {
  text: string;
}

type Add = (v: Ref | undefined, text: string) => void;

function ageEntries(table: AgeTable | undefined, what: string, add: Add): void {
  if (!table) return;
  const max = table.max_percent !== undefined ? `, høyst ${pct(table.max_percent)}` : '';
  add(table, `${what}${max}:`);
  for (const r of table.rows) add(rowRef(table, r), `  ${ageRowText(r)}`);
  if (table.both_none_when_damaged_together !== undefined) {
    add(table, `  Ikke aldersfradrag i gruppen «både aldersfradrag og egenandel» når ${table.both_none_when_damaged_together} eller flere av gjenstandene skades i samme hendelse`);
  }
}

function rowRef(table: AgeTable, r: AgeRow): Ref {
  return { clause: r.clause ?? table.clause, document: r.document ?? table.document };
}

export function ageRowText(r: AgeRow): string {
  const from = r.words === 'eldre enn' ? `eldre enn ${years(r.free_years)}` : r.words === 'etter' ? `etter ${years(r.free_years)}` : `fra ${years(r.free_years)}`;
  const parts = [`${r.key}: ${r.label} — ${pct(r.percent)} per påbegynte år ${from}`];
  if (r.max_percent !== undefined) parts.push(`høyst ${pct(r.max_percent)}`);
  if (r.group === 'instead') parts.push('i stedet for egenandel når fradraget er større');
  if (r.group === 'both') parts.push('i tillegg til egenandel');
  if (r.point_repair === 'deductible_only') parts.push('punktreparasjon: bare egenandel');
  if (r.exempt_materials?.length) parts.push(`ikke for ${r.exempt_materials.join(' eller ')}`);
  return parts.join('; ');
}

function flag(v: Val<boolean> | undefined, yes: string, no: string, add: Add): void {
  if (v) add(v, v.value ? yes : no);
}

function deductibleEntries(rows: SpecialDeductible[] | undefined, add: Add): void {
  for (const d of rows ?? []) add(d, `Særskilt egenandel, ${d.label} (${d.key}): ${kr(d.amount)}${d.extra_percent ? ` + ${pct(d.extra_percent)} av overskytende` : ''}`);
}

const PER: Readonly<Record<NonNullable<SubLimit['per']>, string>> = { event: 'per skadetilfelle', customer: 'per kunde', site_event: 'per skadehendelse per lagringssted, for alle kunder' };

function subLimitEntries(rows: SubLimit[] | undefined, add: Add): void {
  for (const s of rows ?? []) {
    const limits = [s.amount !== undefined ? `høyst ${kr(s.amount)}` : '', s.months !== undefined ? `innen ${months(s.months)}` : '', s.per ? PER[s.per] : ''].filter((x) => x !== '');
    add(s, `Grense, ${s.label} (${s.key}): ${limits.join(', ')}`);
  }
}

function cashEntries(c: Cash | undefined, add: Add): void {
  if (c?.labour_percent) add(c.labour_percent, c.labour_percent.value === '100' ? 'Kontanterstatning: arbeid erstattes fullt' : `Kontanterstatning: arbeid erstattes med ${pct(c.labour_percent.value)}`);
  flag(c?.vat_only_if_paid, 'Kontanterstatning: merverdiavgift erstattes bare når den er betalt', 'Kontanterstatning: merverdiavgift erstattes', add);
}

function priceEntries(p: PriceIncrease | undefined, add: Add): void {
  if (p?.max_percent) add(p.max_percent, `Prisstigning etter skade: høyst ${pct(p.max_percent.value)} av erstatningen for tingskaden`);
  if (p?.within_months) add(p.within_months, `Prisstigning etter skade: innen normal reparasjonstid, høyst ${months(p.within_months.value)} fra skadedagen`);
}

const CLAUSE_TEXT: Readonly<Record<string, string>> = {
  deductible: 'Avtalt egenandel trekkes fra',
  sum: 'Forsikringssummen begrenser erstatningen',
  calculation: 'Erstatningsberegning',
  payment: 'Erstatningen utbetales i takt med reparasjon eller gjenanskaffelse',
  repair: 'Reparasjon',
  total_loss: 'Tap eller totalskade',
  intoxicated: 'Ruspåvirkning: ikke dekket',
  series: 'Serieskade: ett skadetilfelle',
  sum_bedriftsansvar: 'Forsikringssum per skadetilfelle, bedriftsansvar',
  sum_produktansvar: 'Forsikringssum per skadetilfelle og år, produktansvar',
  cover_bedriftsansvar: 'Hva som dekkes, bedriftsansvar',
  cover_produktansvar: 'Hva som dekkes, produktansvar',
};

/** Where the product's rules without a number are stated. */
function clauseEntries(clauses: Record<string, Ref> | undefined, add: Add): void {
  for (const [key, ref] of Object.entries(clauses ?? {})) add(ref, `${CLAUSE_TEXT[key] ?? key} (${key})`);
}

/** What eiendeler and bygning state alike, last in their lists: price increase, VAT, special deductibles, sub-limits. */
function propertyEntries(
  x: { price_increase?: PriceIncrease; vat_registered_ex_vat?: Val<boolean>; deductibles?: SpecialDeductible[]; sub_limits?: SubLimit[] },
  add: Add,
): void {
  priceEntries(x.price_increase, add);
  flag(x.vat_registered_ex_vat, 'Sikrede med fradrag for merverdiavgift: erstatning eks. mva.', 'Erstatning inkl. mva. også for sikrede med fradragsrett', add);
  deductibleEntries(x.deductibles, add);
  subLimitEntries(x.sub_limits, add);
}

/** The entries of one product, in the order the rules apply them. */
function productEntries(t: Terms, product: TermsProduct, add: Add): void {
  PRODUCT_ENTRIES[product](t.products, add);
}

type Products = Terms['products'];

const PRODUCT_ENTRIES: Record<TermsProduct, (p: Products, add: Add) => void> = {
  eiendeler: eiendelerEntries,
  bygning: bygningEntries,
  motorvogn: motorvognEntries,
  fritidsbat: fritidsbatEntries,
  arbeidsmaskin: arbeidsmaskinEntries,
  driftstap: driftstapEntries,
  ansvar: ansvarEntries,
  behandling: behandlingEntries,
};

function eiendelerEntries(p: Products, add: Add): void {
  const e = p.eiendeler!;
  ageEntries(e.age_deduction, 'Aldersfradrag etter kategori', add);
  const l = e.lifetime;
  if (l?.threshold) add(l.threshold, `Brukstidsregel for ting med nypris fra ${kr(l.threshold.value)}${l.threshold_ex_vat?.value ? ' eks. mva.' : ''} og bygningsmessig innredning`);
  if (l?.free_share_percent) add(l.free_share_percent, `Ingen fradrag så lenge alderen er høyst ${pct(l.free_share_percent.value)} av total brukstid`);
  if (l?.factor) add(l.factor, `Over det: E = (A/B) × ${numberNo(l.factor.value)} × C`);
  if (e.replace_within_years) add(e.replace_within_years, `Ikke reparert eller gjenanskaffet innen ${years(e.replace_within_years.value)}: reduksjonen i markedsverdi`);
  propertyEntries(e, add);
}

function bygningEntries(p: Products, add: Add): void {
  const b = p.bygning!;
  ageEntries(b.age_deduction, 'Aldersfradrag for særskilte gjenstander', add);
  if (b.market_value?.rise_max_percent) add(b.market_value.rise_max_percent, `Økning i markedsverdien over ${pct(b.market_value.rise_max_percent.value)} av verdien før skaden trekkes fra`);
  if (b.market_value?.rebuild_within_years) add(b.market_value.rebuild_within_years, `Ikke reparert eller gjenoppført innen ${years(b.market_value.rebuild_within_years.value)}: reduksjonen i markedsverdi`);
  if (b.repair_within_years) add(b.repair_within_years, `Utbedring må være avsluttet innen ${years(b.repair_within_years.value)} etter skadedagen; erstatningen forfaller når skaden er utbedret`);
  if (b.breeam?.percent) add(b.breeam.percent, `BREEAM NOR: tillegg på ${pct(b.breeam.percent.value)} av erstatningen for selve bygget, før egenandel`);
  if (b.breeam?.max) add(b.breeam.max, `BREEAM NOR: tillegget er høyst ${kr(b.breeam.max.value)}`);
  if (b.rent_loss?.max_months) add(b.rent_loss.max_months, `Husleietap: høyst ${months(b.rent_loss.max_months.value)} fra skadedagen`);
  if (b.rent_loss?.max_months_not_rebuilt) add(b.rent_loss.max_months_not_rebuilt, `Husleietap når bygningen ikke repareres: høyst ${months(b.rent_loss.max_months_not_rebuilt.value)}`);
  if (b.rent_loss?.own_premises_percent) add(b.rent_loss.own_premises_percent, `Egne lokaler: ${pct(b.rent_loss.own_premises_percent.value)} av gjeldende leiepris uten dokumenterte boutgifter annet sted`);
  propertyEntries(b, add);
}

function motorvognEntries(p: Products, add: Add): void {
  const m = p.motorvogn!;
  cashEntries(m.cash, add);
  ageEntries(m.electronics, 'Aldersfradrag for elektronisk utstyr', add);
  if (m.animal_collision?.reduction) add(m.animal_collision.reduction, `Påkjørsel av dyr: egenandelen reduseres med ${kr(m.animal_collision.reduction.value)}`);
  if (m.animal_collision?.max_weight_kg) add(m.animal_collision.max_weight_kg, `Påkjørsel av dyr: for kjøretøy med totalvekt til og med ${numberNo(String(m.animal_collision.max_weight_kg.value))} kg`);
  const o = m.maskinskade_deductible;
  if (o) {
    add(o, 'Egenandel maskinskade etter kilometerstand:');
    for (const r of o.rows) {
      const band = r.to_km === null ? `fra ${numberNo(String(r.from_km))} km` : `${numberNo(String(r.from_km))}–${numberNo(String(r.to_km))} km`;
      add(o, `  ${band}: ${r.amount === null ? 'ikke dekket' : kr(r.amount)}`);
    }
    const last = o.rows[o.rows.length - 1]!;
    if (last.to_km !== null) add(o, `  over ${numberNo(String(last.to_km))} km: tabellen gir ingen egenandel`);
  }
  deductibleEntries(m.deductibles, add);
}

function fritidsbatEntries(p: Products, add: Add): void {
  const f = p.fritidsbat!;
  cashEntries(f.cash, add);
  ageEntries(f.electronics, 'Aldersfradrag for elektronisk utstyr', add);
  if (f.regatta?.percent) add(f.regatta.percent, `Regatta: egenandel ${pct(f.regatta.percent.value)} av båtens forsikringssum`);
  flag(f.regatta?.at_least_agreed, 'Regatta: minst avtalt egenandel', 'Regatta: også under avtalt egenandel', add);
  flag(f.theft_tracking_no_deductible, 'Tyveri med FG-godkjent gjenfinningssystem i funksjon: ingen egenandel', 'Tyveri med gjenfinningssystem: vanlig egenandel', add);
  flag(f.business_ex_vat, 'Båt i næring: erstatning eks. mva.', 'Båt i næring: erstatning inkl. mva.', add);
  deductibleEntries(f.deductibles, add);
}

function arbeidsmaskinEntries(p: Products, add: Add): void {
  const a = p.arbeidsmaskin!;
  const m = a.minimum_deductible;
  if (m) {
    add(m, 'Laveste egenandel:');
    for (const r of m.rows) add(m, `  ${r.coverage}: ${kr(r.amount)}`);
    if (m.policies_started_before) add(m.policies_started_before, `  gjelder forsikringer tegnet første gang før ${isoNo(m.policies_started_before.value)}`);
  }
  if (a.rolled_without_driver?.deductible) add(a.rolled_without_driver.deductible, `Maskinen triller uten fører: forhøyet egenandel ${kr(a.rolled_without_driver.deductible.value)}`);
  flag(a.rolled_without_driver?.recourse_when_no_deductible, 'Maskinen triller uten fører: beløpet kreves av sikrede også når skaden ikke utløser egenandel', 'Maskinen triller uten fører: ingen regress når skaden ikke utløser egenandel', add);
  cashEntries(a.cash, add);
  flag(a.avbrudd_only_above_deductible, 'Avbrudd: erstatning bare når erstatningen overstiger egenandelen', 'Avbrudd: egenandelen trekkes fra', add);
  if (a.death_without_dependants) add(a.death_without_dependants, `Fører- og passasjerulykke, dødsfall uten ektefelle/samboer, barn eller forsørgede foreldre: ${kr(a.death_without_dependants.value)}`);
  deductibleEntries(a.deductibles, add);
}

function driftstapEntries(p: Products, add: Add): void {
  const w = p.driftstap!.weakness;
  if (w?.fix_time_max_percent) add(w.fix_time_max_percent, `Svakhet (design-, materialfeil m.m.): fradrag for tiden det ville tatt å utbedre, høyst ${pct(w.fix_time_max_percent.value)} av driftstapet`);
  if (w?.extra_deductible_percent) add(w.extra_deductible_percent, `Svakhet: egenandel ${pct(w.extra_deductible_percent.value)} av erstatningen, i tillegg til karenstid`);
}

function ansvarEntries(p: Products, add: Add): void {
  const d = p.ansvar!.deductible;
  if (d) {
    add(d, `Egenandel per skadetilfelle${d.from_renewal_year !== undefined ? ` fra fornyelsen i ${d.from_renewal_year}` : ''}:`);
    for (const r of d.rows) add(d, `  ${r.coverage}: ${kr(r.amount)}${r.previous !== undefined ? ` (før ${kr(r.previous)})` : ''}`);
  }
  deductibleEntries(p.ansvar!.deductibles, add);
}

function behandlingEntries(p: Products, add: Add): void {
  const b = p.behandling!;
  if (b.per_treatment) add(b.per_treatment, `Egenandel ${kr(b.per_treatment.value)} per fysisk behandling${b.from ? ` fra ${isoNo(b.from.value)}` : ''}`);
  if (b.treatments) add(b.treatments, `Fysisk behandling: ${b.treatments.value.join(', ')}`);
  flag(b.keep_existing_deductible, 'Kunder som allerede har egenandel, beholder den', 'Egenandelen gjelder også kunder som hadde egenandel', add);
}

/** The text of one terms file, wrapped to `width` columns. */
export function renderTermsText(t: Terms, width: number, s: TextStyle = PLAIN): string {
  const out: string[] = [];
  const line = (text: string, indent: string, hang = indent) => out.push(...wrapLine(text, width, indent, hang));
  line(s.bold(t.title), '');
  const facts = [t.name, t.insurer, t.product_line, t.version !== undefined ? `versjon ${t.version}` : undefined, t.valid_from !== undefined ? `gjelder fra ${isoNo(t.valid_from)}` : undefined];
  line(facts.filter((x) => x !== undefined).join(' · '), '');
  out.push('', s.bold('Dokumenter'));
  for (const d of t.documents) line(`${d.id}: ${d.title}${d.file ? ` (${d.file})` : ''}`, '  ', '    ');
  for (const product of TERMS_PRODUCTS) {
    if (!t.products[product]) continue;
    const entries: Entry[] = [];
    const add: Add = (ref, text) => {
      if (ref) entries.push({ clause: ref.clause, document: ref.document, text });
    };
    productEntries(t, product, add);
    clauseEntries(t.products[product]!.clauses, add);
    if (entries.length === 0) continue;
    out.push('', s.bold(PRODUCT_TITLES[product]));
    let clause = '';
    for (const e of entries) {
      const where = `${e.clause} (${e.document})`;
      if (where !== clause) {
        line(s.dim(where), '  ', '    ');
        clause = where;
      }
      const sub = e.text.startsWith('  ');
      line(e.text.trimStart(), sub ? '      ' : '    ', sub ? '        ' : '      ');
    }
  }
  if (t.read) {
    out.push('', s.bold('Lest fra'));
    for (const d of t.read.documents) line(`${d.file} (${d.kind}, ${d.pages} ${d.pages === 1 ? 'side' : 'sider'}): ${t.read.values.filter((v) => v.file === d.file).length} verdier; resten fra ${t.read.base}`, '  ', '    ');
  }
  if (t.warnings?.length) {
    out.push('', s.bold('Advarsler'));
    for (const w of t.warnings) {
      const where = `${w.file ?? ''}${w.line !== undefined ? `, side ${w.page}, linje ${w.line}` : ''}`;
      line(`${where}: ${norwegian(w.message)}${w.text ? ` — «${w.text}»` : ''}`, '  ', '    ');
    }
  }
  return out.join('\n') + '\n';
}

/** A warning's message (English in the machine formats) for people. */
const NORWEGIAN: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^looks like a term of the conditions .* but was not read$/, () => 'ser ut som et vilkår (et tall med egenandel, fradrag, maksimalt …), men er ikke lest'],
  [/^a deductible that is not a fixed amount: (.*)$/, (m) => `en egenandel som ikke er et fast beløp: ${m[1]}`],
  [/^no amount for the deductible (.*)$/, (m) => `ikke noe beløp for egenandelen ${m[1]}`],
  [/^an age deduction without the age it starts from or what it is for$/, () => 'et aldersfradrag uten alderen det gjelder fra, eller uten hva det gjelder'],
  [/^a deductible table outside any product's section: not read$/, () => 'en egenandelstabell utenfor et produkts avsnitt: ikke lest'],
  [/^no deductible in the odometer row (.*)$/, (m) => `ingen egenandel i kilometerraden ${m[1]}`],
  [/^two values for (\S+): (.*) \(line (\d+)\) and (.*) \(line (\d+)\); neither is used$/, (m) => `to verdier for ${m[1]}: ${m[2]} (linje ${m[3]}) og ${m[4]} (linje ${m[5]}); ingen av dem er brukt`],
];

export function norwegian(message: string): string {
  for (const [re, say] of NORWEGIAN) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return message;
}

/** The list of terms (`skadekalk terms`): one block per terms file. */
export function renderTermsList(all: Terms[], width: number, s: TextStyle = PLAIN): string {
  const out: string[] = [];
  for (const t of all) {
    out.push(...wrapLine(s.bold(t.name), width, '', '  '));
    const facts = [t.insurer, t.version !== undefined ? `versjon ${t.version}` : undefined, t.valid_from !== undefined ? `gjelder fra ${isoNo(t.valid_from)}` : undefined];
    out.push(...wrapLine(`${t.title} (${facts.filter((x) => x !== undefined).join(', ')})`, width, '  ', '    '));
    const products = TERMS_PRODUCTS.filter((p) => t.products[p] !== undefined).map((p) => PRODUCT_TITLES[p]);
    out.push(...wrapLine(`Produkter: ${products.join(', ')}`, width, '  ', '    '));
  }
  out.push('', ...wrapLine(s.dim('Vis vilkårene med kilder: skadekalk terms NAME'), width, '', ''));
  return out.join('\n') + '\n';
}

/**
 * Greedy word wrap with an indent for the first line and a hanging indent for the rest. An amount
 * («kr 100 000») or a percentage («10 %») is kept on one line; a word longer than a line is broken
 * (no characters are lost, and no line is wider than `width`).
 */
export function wrapLine(text: string, width: number, indent: string, hang: string): string[] {
  const room = Math.max(10, width - Math.max(indent.length, hang.length));
  // a word wider than the line (a long file name) is broken, so that no line is wider than `width`
  const words = joinAmounts(text.split(' ')).flatMap((w) => (visible(w).length <= room ? [w] : (visible(w).match(new RegExp(`.{1,${room}}`, 'g')) ?? [w])));
  const out: string[] = [];
  let cur = indent;
  let empty = true;
  for (const w of words) {
    const lead = out.length === 0 ? indent : hang;
    if (empty) {
      cur = lead + w;
      empty = false;
    } else if (visible(cur).length + 1 + visible(w).length <= width) {
      cur += ` ${w}`;
    } else {
      out.push(cur);
      cur = hang + w;
    }
  }
  out.push(empty ? indent.trimEnd() : cur);
  return out;
}

/** Text without ANSI colour codes (for measuring). */
function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.includes('\u001b') ? s.replace(/\u001b\[[0-9;]*m/g, '') : s;
}

const GROUP = /^\d{3}(?:,\d+)?[),.;:]?$/;

/** «kr» + «100» + «000» → «kr 100 000»; «10» + «%» → «10 %». */
function joinAmounts(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ((/(^|\()kr$/.test(prev) && /^\d/.test(w)) || (/\d$/.test(prev) && GROUP.test(w)) || /^[%‰][),.;:]?$/.test(w))) out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out;
}
