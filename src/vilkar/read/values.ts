/**
 * Single values of the conditions read from sentences: thresholds, factors, percentages, limits,
 * deadlines, VAT rules. Each reading is a product, the words a sentence states the value with
 * (across insurers where they differ), and the number it takes — never a position in one
 * insurer's text. A reading applies only inside its product's section.
 *
 * The patterns run on the lower-case sentence; `window` is the sentence before it and the
 * sentence itself («Ekstraavgifter dekkes også dersom all adkomst … er blokkert … Slike
 * ekstraavgifter erstattes … maksimalt kr 10 millioner per kunde»), `topic` the heading the
 * sentence stands under («Prisstigning etter skade»).
 */
import type { Piece } from './found.js';
import type { Product } from './context.js';
import { COUNT, DATE, PERCENT, amountsIn, firstAmount, readCount, readDateText, readPercent } from './words.js';

export interface Reading {
  /** The path of the value in the product's terms, after the product: `lifetime.threshold`. */
  path: string;
  products: readonly Product[];
  /** The sentence must match (lower case); the value is read from the match. */
  re: RegExp;
  /** Further words the sentence, its window or its topic must have. */
  needs?: (p: Piece) => boolean;
  value: (m: RegExpExecArray, p: Piece) => unknown;
}

const PROPERTY = ['eiendeler', 'bygning'] as const;
const VEHICLES = ['motorvogn', 'arbeidsmaskin'] as const;

const pct = (i: number) => (m: RegExpExecArray) => readPercent(m[i]!);
const count = (i: number) => (m: RegExpExecArray) => readCount(m[i]!);
const money = (i: number) => (m: RegExpExecArray) => firstAmount(m[i]!);
const yes = () => true;
const topicHas = (re: RegExp) => (p: Piece) => re.test(p.ctx.topic.toLowerCase()) || re.test(p.lower);
const windowHas = (re: RegExp) => (p: Piece) => re.test(p.prevLower) || re.test(p.lower);

/** An amount after the words of a pattern: «maksimalt kr 2 000 000», «inntil kr. 1 million», «maksimalt 10 millioner». */
const AMT = String.raw`((?:kr\.?\s*)?\d[\d .]*\d(?:,\d+)?(?:\s*(?:millioner|million|kroner|kr\b))?|(?:kr\.?\s*)?\d(?:\s*(?:millioner|million))?)`;

export const READINGS: readonly Reading[] = [
  // Eiendeler 6.2: the lifetime rule and its threshold
  { path: 'lifetime.threshold', products: ['eiendeler'], re: new RegExp(String.raw`nypris (?:under|over|fra|på|over eller lik|lik eller over|høyere enn|lavere enn) ${AMT}`), value: money(1) },
  { path: 'lifetime.threshold_ex_vat', products: ['eiendeler'], re: /nypris (?:under|over|fra|på|høyere enn|lavere enn) kr\.? ?[\d .]+\d\s*(eks\.? ?mva|ekskl\.? ?mva|eksklusive? merverdiavgift|inkl\.? ?mva|inklusive? merverdiavgift)/, value: (m) => m[1]!.startsWith('eks') },
  { path: 'lifetime.free_share_percent', products: ['eiendeler'], re: new RegExp(String.raw`alder\w* (?:utgjør )?(?:mindre enn eller lik|høyst|inntil|ikke mer enn|under) ${PERCENT} av`), value: pct(1) },
  { path: 'lifetime.factor', products: ['eiendeler'], re: /\(a\s*\/\s*b\)\s*(?:\\times|×|x|\*|·)\s*(\d+(?:,\d+)?)/, value: (m) => readPercent(m[1]!) },
  { path: 'replace_within_years', products: ['eiendeler'], re: new RegExp(String.raw`(?:repareres|gjenanskaffes)(?:/\w+)? innen ${COUNT} år`), value: count(1) },
  // price rise after the damage (eiendeler and bygning 7)
  { path: 'price_increase.max_percent', products: PROPERTY, re: new RegExp(String.raw`begrenset til ${PERCENT} av erstatningen`), needs: topicHas(/prisstigning/), value: pct(1) },
  { path: 'price_increase.within_months', products: PROPERTY, re: /(?:maksimalt|høyst|inntil) (\d+) måneder/, needs: topicHas(/prisstigning/), value: count(1) },
  // VAT: registered insured are paid ex VAT
  { path: 'vat_registered_ex_vat', products: PROPERTY, re: /(?:der|når|dersom) sikrede har fradrag for merverdiavgift[^.]*(?:uten denne avgiften|uten merverdiavgift|eks\.? ?mva)|netto påløpte offentlige avgifter[^.]*erstattes/, value: yes },
  // special deductible: glass
  { path: 'deductibles.glass', products: ['eiendeler'], re: new RegExp(String.raw`(bruddskade (?:på )?glass[^.,]*?) (?:er [^.]*?)?egenandel ${AMT}`), value: (m, p) => ({ key: 'glass', label: original(p, m.index + m[0].indexOf(m[1]!), m[1]!.length), amount: firstAmount(m[2]!) }) },
  // sub-limits of the conditions
  { path: 'sub_limits.away_from_premises', products: PROPERTY, re: new RegExp(String.raw`(?:maksimalt|inntil|høyst) ${AMT},? for ting (?:som midlertidig (?:er )?borte fra|som (?:midlertidig )?er utenfor|utenfor) forsikringsstedet`), value: (m) => limit('away_from_premises', 'Ting som midlertidig er borte fra forsikringsstedet', m[1]!) },
  { path: 'sub_limits.glass_extras', products: ['eiendeler'], re: new RegExp(String.raw`maling, gravering[^,;]*?,? (?:inntil|maksimalt) ${AMT}`), value: (m) => limit('glass_extras', 'Bruddskade glass og skilt: utgifter til maling, gravering mv.', m[1]!) },
  { path: 'sub_limits.rented_premises', products: ['eiendeler'], re: new RegExp(String.raw`leide rom[^.]*?(?:maksimalt|høyst) ${AMT}`), value: (m) => limit('rented_premises', 'Tyveri og skadeverk på leide rom', m[1]!) },
  { path: 'sub_limits.extra_expenses', products: ['eiendeler'], re: /fortsettelse av virksomheten, inntil (\d+) måneder/, value: (m) => ({ key: 'extra_expenses', label: 'Ekstraavgifter til fortsettelse av virksomheten', months: readCount(m[1]!) }) },
  { path: 'sub_limits.blocked_access', products: ['eiendeler'], re: new RegExp(String.raw`(?:maksimalt|høyst) ${AMT}( per kunde)?`), needs: (p) => windowHas(/adkomst[^.]*blokkert/)(p) && /ekstraavgift|ekstrautgift/.test(p.lower) && !/naturskade/.test(p.lower), value: (m) => limit('blocked_access', 'Ekstraavgifter når all adkomst til forsikringsstedet er blokkert', m[1]!, m[2] ? 'customer' : undefined) },
  { path: 'sub_limits.natural_damage', products: ['eiendeler'], re: new RegExp(String.raw`(?:ekstraavgifter|ekstrautgifter) som følge av naturskade[^.]*?(?:maksimalt|høyst) ${AMT}( per kunde)?`), value: (m) => limit('natural_damage', 'Ekstraavgifter som følge av naturskade', m[1]!, m[2] ? 'customer' : undefined) },
  { path: 'sub_limits.archives', products: ['eiendeler'], re: /rekonstruksjon av elektroniske data[^.]*?innen (\d+) måneder/, value: (m) => ({ key: 'archives', label: 'Rekonstruksjon av elektroniske data, manuskripter, yrkestegninger og arkiver', months: readCount(m[1]!) }) },
  { path: 'sub_limits.backup', products: ['eiendeler'], re: new RegExp(String.raw`(?:backup|sikkerhetskopier)[^.]*?eksternt lagringssted[^.]*?(?:maksimalt|høyst) ${AMT}`), value: (m) => limit('backup', 'Backup/sikkerhetskopier på eksternt lagringssted', m[1]!) },
  { path: 'sub_limits.backup_shared_site', products: ['eiendeler'], re: new RegExp(String.raw`lagringsstedet benyttes av flere[^.]*?begrenset til ${AMT} per skadehendelse per lagringssted`), value: (m) => limit('backup_shared_site', 'Backup/sikkerhetskopier på lagringssted som benyttes av flere (alle kunder)', m[1]!, 'site_event') },
  { path: 'sub_limits.blocked_access', products: ['bygning'], re: new RegExp(String.raw`adkomst[^.]*?blokkert[^.]*?(?:maksimalt|høyst) ${AMT}( per kunde)?`), value: (m) => limit('blocked_access', 'Husleietap når all adkomst til forsikringsstedet er blokkert eller ved naturskade', m[1]!, m[2] ? 'customer' : undefined) },
  // Bygning 6.2, 7
  { path: 'market_value.rise_max_percent', products: ['bygning'], re: new RegExp(String.raw`økning i markedsverdien som overstiger ${PERCENT}`), value: pct(1) },
  { path: 'market_value.rebuild_within_years', products: ['bygning'], re: new RegExp(String.raw`ikke repareres/ ?gjenoppføres innen ${COUNT} år`), value: count(1) },
  { path: 'repair_within_years', products: ['bygning'], re: new RegExp(String.raw`(?:utbedring|gjenoppføring)[^.]*?avsluttet innen ${COUNT} år`), value: count(1) },
  { path: 'breeam.percent', products: ['bygning'], re: new RegExp(String.raw`ytterligere ${PERCENT} av erstatning`), needs: (p) => /breeam/.test(p.lower), value: pct(1) },
  { path: 'breeam.max', products: ['bygning'], re: new RegExp(String.raw`(?:maksimalt|høyst) ${AMT}`), needs: (p) => /breeam/.test(p.lower) && /ytterligere/.test(p.lower), value: money(1) },
  { path: 'rent_loss.max_months', products: ['bygning'], re: /(?:inntil|maksimalt|høyst) (\d+) måneder fra skadedagen/, needs: topicHas(/husleie/), value: count(1) },
  { path: 'rent_loss.max_months_not_rebuilt', products: ['bygning'], re: /ikke repareres[^.]*?(?:maksimalt|høyst|inntil) (\d+) måneder/, needs: topicHas(/husleie/), value: count(1) },
  { path: 'rent_loss.own_premises_percent', products: ['bygning'], re: new RegExp(String.raw`egne lokaler[^.]*?${PERCENT} av gjeldende leiepris`), value: pct(1) },
  // vehicles and machines: cash settlement (Motorvogn; the 2024 news for Arbeidsmaskin)
  { path: 'cash.labour_percent', products: VEHICLES, re: new RegExp(String.raw`arbeidskostnadene erstattes med ${PERCENT}`), value: pct(1) },
  { path: 'cash.vat_only_if_paid', products: [...VEHICLES, 'fritidsbat'], re: /merverdiavgift[^.]*erstattes (?:kun|bare) når[^.]*betalt/, value: yes },
  { path: 'cash.labour_percent', products: ['fritidsbat'], re: new RegExp(String.raw`kontanterstatning gjøres det ikke lenger ${PERCENT} fradrag`), value: () => '100' },
  // motorvogn: animal collision
  { path: 'animal_collision.reduction', products: ['motorvogn'], re: new RegExp(String.raw`reduseres (?:avtalt |valgt )?egenandel(?:en)? med ${AMT}`), needs: (p) => /dyr\b/.test(p.lower), value: money(1) },
  { path: 'animal_collision.max_weight_kg', products: ['motorvogn'], re: /totalvekt (?:til og med|inntil|opp til|under|på høyst) (\d+(?:,\d+)?|\d[\d .]*\d) ?(tonn|kg)/, needs: (p) => /dyr\b/.test(p.lower), value: (m) => kilos(m[1]!, m[2]!) },
  // fritidsbåt
  { path: 'regatta.percent', products: ['fritidsbat'], re: new RegExp(String.raw`regatta[^.]*?egenandelen (?:er )?${PERCENT} av`), value: pct(1) },
  { path: 'regatta.at_least_agreed', products: ['fritidsbat'], re: /regatta[^.]*?(?:minimum|minst) (?:den )?avtalte? egenandel/, value: yes },
  { path: 'theft_tracking_no_deductible', products: ['fritidsbat'], re: /(?:ikke|ingen) egenandel ved tyveri[^.]*?(?:gjenfinning|sporing)/, value: yes },
  { path: 'business_ex_vat', products: ['fritidsbat'], re: /båt(?:er)? i nærings?(?:livet)?[^.]*?eks\.? ?mva/, value: yes },
  // arbeidsmaskin (the 2024 news)
  { path: 'minimum_deductible.policies_started_before', products: ['arbeidsmaskin'], re: new RegExp(String.raw`tegnet (?:første gang )?før ${DATE}`), value: (m) => readDateText(m[1]!) },
  { path: 'rolled_without_driver.deductible', products: ['arbeidsmaskin'], re: new RegExp(String.raw`forhøyet egenandel (?:på )?${AMT}`), needs: topicHas(/triller uten fører/), value: money(1) },
  { path: 'rolled_without_driver.recourse_when_no_deductible', products: ['arbeidsmaskin'], re: /ikke utløser egenandel, kreves[^.]*?sikrede/, needs: topicHas(/triller uten fører/), value: yes },
  { path: 'avbrudd_only_above_deductible', products: ['arbeidsmaskin'], re: /avbrudd\w*[^.]*?(?:kun|bare)[^.]*?erstatningen overstiger egenandelen/, value: yes },
  { path: 'death_without_dependants', products: ['arbeidsmaskin'], re: new RegExp(String.raw`omkomne[^.]*?erstatningen (?:er )?økt til ${AMT}`), value: money(1) },
  // driftstap (the 2024 news)
  { path: 'weakness.fix_time_max_percent', products: ['driftstap'], re: new RegExp(String.raw`utbedre svakheten, (?:maksimert|begrenset|maksimalt) til ${PERCENT}`), value: pct(1) },
  { path: 'weakness.extra_deductible_percent', products: ['driftstap'], re: new RegExp(String.raw`egenandelen er ${PERCENT} av erstatningen`), value: pct(1) },
  // behandling (the 2024 news of the Personal schedule)
  { path: 'per_treatment', products: ['behandling'], re: new RegExp(String.raw`egenandel (?:på )?${AMT} per behandling`), value: money(1) },
  { path: 'from', products: ['behandling'], re: new RegExp(String.raw`fra ${DATE} innføres egenandel`), value: (m) => readDateText(m[1]!) },
  { path: 'treatments', products: ['behandling'], re: /fysisk behandling \(([^)]+)\)/, value: (m) => m[1]!.split(/,\s*|\s+og\s+/).map((w) => w.trim()).filter((w) => /^[a-zæøå]+$/.test(w)) },
  { path: 'keep_existing_deductible', products: ['behandling'], re: /som har egenandel i dag, beholder/, value: yes },
];

function limit(key: string, label: string, amountText: string, per?: 'customer' | 'site_event') {
  const amount = firstAmount(amountText) ?? firstAmount(`kr ${amountText}`);
  return per ? { key, label, amount, per } : { key, label, amount };
}

/** «3,5 tonn» → 3500; «3500 kg» → 3500. */
function kilos(n: string, unit: string): number | undefined {
  const v = Number(n.replace(/[ .]/g, '').replace(',', '.'));
  if (!Number.isFinite(v)) return undefined;
  const kg = unit === 'tonn' ? v * 1000 : v;
  return Number.isInteger(kg) ? kg : undefined;
}

/** The original text of a piece at [at, at + length) of its lower-case form, first letter capitalised. */
function original(p: Piece, at: number, length: number): string {
  const s = p.text.slice(at, at + length).trim();
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * Where the rules without a number are stated: a heading («Ruspåvirkning», «Serieskade»,
 * «Tap/totalskade») or a sentence («Avtalt egenandel trekkes fra erstatningsoppgjøret») of the
 * erstatningsregler. The first place wins: these are citations, not numbers.
 */
export interface ClauseReading {
  key: string;
  products: readonly Product[];
  heading?: RegExp;
  sentence?: RegExp;
  /** Read in the product conditions («Dekkes / Dekkes ikke») too, by a row's label and the table's topic. */
  conditions?: { row: RegExp; topic: RegExp };
}

export const CLAUSE_READINGS: readonly ClauseReading[] = [
  { key: 'deductible', products: ['eiendeler', 'bygning', 'motorvogn', 'fritidsbat', 'ansvar'], sentence: /^(?:avtalt egenandel trekkes fra|fra erstatningsoppgjøret trekkes (?:den )?egenandel)/ },
  { key: 'sum', products: ['eiendeler'], sentence: /etter fradrag av egenandel,? erstattes skade inntil/ },
  { key: 'calculation', products: ['eiendeler'], sentence: /repareres for lavere pris enn gjenanskaffelse/ },
  { key: 'calculation', products: ['bygning'], sentence: /^erstatningen beregnes på grunnlag av (?:kostnader|utgifter) til reparasjon/ },
  { key: 'payment', products: ['eiendeler', 'bygning'], sentence: /erstatningen utbetales i takt med/ },
  { key: 'repair', products: ['motorvogn', 'fritidsbat'], heading: /kan repareres$|^reparasjon$/ },
  { key: 'total_loss', products: ['motorvogn', 'fritidsbat'], heading: /totalskade/ },
  { key: 'intoxicated', products: ['motorvogn', 'fritidsbat'], heading: /^ruspåvirkning/ },
  { key: 'series', products: ['ansvar'], heading: /^serieskade/ },
  { key: 'sum_bedriftsansvar', products: ['ansvar'], heading: /^forsikringssum – bedriftsansvar/ },
  { key: 'sum_produktansvar', products: ['ansvar'], heading: /^forsikringssum – produktansvar/ },
  { key: 'cover_bedriftsansvar', products: ['ansvar'], conditions: { row: /^hvilke[t]? ansvar dekkes/, topic: /bedriftsansvar/ } },
  { key: 'cover_produktansvar', products: ['ansvar'], conditions: { row: /^hvilke[t]? ansvar dekkes/, topic: /produktansvar/ } },
];

export interface ValueHit {
  path: string;
  value: unknown;
  /** Offset in the piece where the value was stated. */
  at: number;
}

/** The values a piece states. */
export function readValues(p: Piece): ValueHit[] {
  const product = p.ctx.product;
  if (product === undefined || product === 'other') return [];
  const hits: ValueHit[] = [];
  for (const r of READINGS) {
    if (!r.products.includes(product)) continue;
    const m = r.re.exec(p.lower);
    if (!m || (r.needs && !r.needs(p))) continue;
    const value = r.value(m, p);
    if (value === undefined || (typeof value === 'object' && value !== null && 'amount' in value && (value as { amount?: unknown }).amount === undefined && !('months' in value))) continue;
    hits.push({ path: `${product}.${r.path}`, value, at: m.index });
  }
  return hits;
}

export { amountsIn };
