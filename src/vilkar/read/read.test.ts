/**
 * `terms --from` on text documents (the PDF path is tested through the CLI in test/terms.test.ts):
 * the corpus's own conditions give the shipped terms — also from a base whose every number is
 * wrong, so each value is shown to come from the document — and the conditions pages written
 * after other insurers' layouts give the terms read from them by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { InputError } from '../../core/errors.js';
import { readTextDocument } from '../../parse/text.js';
import { DEFAULT_TERMS, findBuiltIn } from '../load.js';
import type { Terms } from '../types.js';
import { ageRuleIn } from './age.js';
import { readTermsFrom } from './index.js';
import { amountsIn, readDateText, slug } from './words.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const NAERING = join(CORPUS, 'gjensidige-naering-fornyelse-2024.txt');
const PERSONAL = join(CORPUS, 'gjensidige-personal-yrkesskade-2024.txt');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'terms');

const doc = (path: string) => readTextDocument(readFileSync(path), path);
const shipped = (): Terms => structuredClone(findBuiltIn(DEFAULT_TERMS)!);

/** Every number, flag, date and clause of the terms changed (keys, labels, documents and kinds kept). */
function scrambled(t: Terms): Terms {
  const change = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => change(x, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ['key', 'label', 'coverage', 'document', 'words', 'group', 'point_repair', 'per'].includes(k) ? x : change(x, k)]));
    if (typeof v === 'boolean') return !v;
    if (typeof v === 'number') return v + 1;
    if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) return String(Number(v) + 1);
    if (typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v)) return '1999-01-01';
    if (key === 'clause') return 'Feil paragraf';
    return v;
  };
  return { ...t, products: change(t.products, '') as Terms['products'] };
}

describe.skipIf(!existsSync(NAERING))('the corpus conditions', () => {
  it('read into the shipped terms: the same values and clauses', () => {
    const t = readTermsFrom([doc(NAERING), doc(PERSONAL)], shipped());
    expect(t.products).toEqual(shipped().products);
    expect(t.documents).toEqual(shipped().documents);
    expect(t.insurer).toBe('Gjensidige');
  });

  it('give every value of the shipped terms themselves: read on a base whose every number is wrong', () => {
    const t = readTermsFrom([doc(NAERING), doc(PERSONAL)], scrambled(shipped()));
    expect(t.products).toEqual(shipped().products);
  });

  it('say where each value was read, and what looked relevant but was not read', () => {
    const t = readTermsFrom([doc(NAERING), doc(PERSONAL)], shipped());
    const at = (path: string) => t.read!.values.find((v) => v.path === path);
    expect(at('products.eiendeler.age_deduction')).toMatchObject({ line: 1129 });
    expect(at('products.motorvogn.maskinskade_deductible')).toMatchObject({ line: 1449 });
    expect(at('products.behandling.per_treatment')).toMatchObject({ file: PERSONAL, line: 19 });
    // the news on outside pipes (stated without a percentage), the terror and nuclear aggregates
    expect(t.warnings!.map((w) => w.line)).toEqual([50, 722, 739]);
  });

  it('the erstatningsregler alone give their part; the behandling numbers stay the base’s', () => {
    const base = scrambled(shipped());
    const t = readTermsFrom([doc(NAERING)], base);
    expect(t.products.eiendeler).toEqual(shipped().products.eiendeler);
    expect(t.products.behandling).toEqual(base.products.behandling);
  });
});

interface Expected {
  insurer?: string;
  valid_from?: string;
  products: Record<string, Record<string, unknown>>;
  warnings: number[];
}

/** Fill in the document id wherever a clause stands without one (the expected files leave it out). */
function withDocument(v: unknown, id: string, inTable = false): unknown {
  if (Array.isArray(v)) return v.map((x) => withDocument(x, id, inTable));
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isTable = Array.isArray(o.rows);
  for (const [k, x] of Object.entries(o)) out[k] = withDocument(x, id, isTable);
  if (typeof o.clause === 'string' && o.document === undefined && !inTable) out.document = id;
  return out;
}

describe('conditions pages of other insurers', () => {
  const cases = ['fremtind-innbo', 'eika-hus-innbo', 'if-naering', 'tryg-bygning-bat', 'frende-fornyelse'];
  it.each(cases)('%s: its age and deductible tables and limits read as read by hand; the rest is the base’s', (name) => {
    const expected = YAML.parse(readFileSync(join(FIXTURES, `${name}.expected.yaml`), 'utf8')) as Expected;
    const base = shipped();
    const t = readTermsFrom([doc(join(FIXTURES, `${name}.txt`))], base);
    const id = slug(name, 4);
    expect(t.insurer).toBe(expected.insurer);
    expect(t.valid_from).toBe(expected.valid_from);
    for (const [product, section] of Object.entries(base.products) as Array<[string, Record<string, unknown>]>) {
      const want = expected.products[product] ?? {};
      const got = (t.products as Record<string, Record<string, unknown>>)[product]!;
      for (const key of new Set([...Object.keys(section), ...Object.keys(want)])) {
        if (!(key in want)) {
          expect(got[key], `${product}.${key} is the base's`).toEqual(section[key]);
          continue;
        }
        let value = withDocument(want[key], id);
        // sub-limits read from a table row join the base's (a limit the document does not state stays)
        if (key === 'sub_limits') value = [...((section[key] as unknown[]) ?? []), ...(value as unknown[])];
        // so do the clauses of the rules without a number the document states
        if (key === 'clauses') value = { ...(section[key] as object), ...(value as object) };
        expect(got[key], `${product}.${key}`).toEqual(value);
      }
    }
    expect((t.warnings ?? []).map((w) => w.line).sort((a, b) => a! - b!)).toEqual(expected.warnings);
  });
});

describe('a renewal letter of another shape (samples/fornyelse-naering.txt)', () => {
  it('reads its machine minimums as a table of their own, without the base’s date', () => {
    const t = readTermsFrom([doc(join(ROOT, 'samples', 'fornyelse-naering.txt'))], shipped());
    expect(t.products.arbeidsmaskin!.minimum_deductible).toEqual({
      clause: 'Nyheter og endringer 2025, Anleggsmaskin – Minste egenandel',
      document: 'fornyelse_naering',
      rows: [
        { coverage: 'kasko', amount: '12000' },
        { coverage: 'ansvar', amount: '6000' },
      ],
    });
    expect(t.products.driftstap!.weakness!.extra_deductible_percent).toMatchObject({ value: '10' });
    expect(t.products.ansvar!.deductible!.rows).toEqual([
      { coverage: 'bedriftsansvar', amount: '12000', previous: '8000' },
      { coverage: 'produktansvar', amount: '12000', previous: '8000' },
    ]);
    expect(t.products.bygning!.sub_limits!.find((l) => l.key === 'away_from_premises')).toMatchObject({ amount: '1500000', clause: 'Vilkår Næringsbygg, Hva er forsikret?' });
    // «Forhøyet egenandel på 20 000 kr ved tyveri når maskinen ikke har aktiv sporing»: no such term
    expect(t.warnings!.map((w) => w.line)).toEqual([45]);
  });
});

describe('age rules in sentences', () => {
  const rule = (s: string, topic = '') => ageRuleIn(s, s.toLowerCase(), topic);
  it.each([
    ['Elektrisk verktøy: 10 % pr. påbegynte år fra tingen er 5 år', { label: 'Elektrisk verktøy', free_years: 5, words: 'fra', percent: '10' }],
    ['Elektrisk verktøy og utstyr: Erstatningen settes til nypris for tilsvarende ting med 10 % fradrag for hvert påbegynte år fra tingen er 5 år.', { label: 'Elektrisk verktøy og utstyr', free_years: 5, percent: '10' }],
    ['andre oppvarmingsinstallasjoner gjøres fradrag med 5 % for hvert påbegynte år fra gjenstanden er 10 år, maksimalt 80 % fradrag', { label: 'Andre oppvarmingsinstallasjoner', free_years: 10, percent: '5', max_percent: '80' }],
    ['fyringskjel gjøres fradrag med 5 % i reparasjonskostnadene for hvert påbegynte år objektet er eldre enn 5 år', { label: 'Fyringskjel', free_years: 5, words: 'eldre enn', percent: '5' }],
    ['For skade på varmepumpe luft-luft trekkes 10 prosent for hvert år varmepumpen er eldre enn 5 år.', { label: 'Varmepumpe luft-luft', free_years: 5, words: 'eldre enn', percent: '10' }],
    ['varmtvannsbereder, 10 % for hvert påbegynte år fra gjenstanden er 10 år', { label: 'Varmtvannsbereder', free_years: 10, percent: '10' }],
  ])('%s', (s, want) => {
    expect(rule(s)).toMatchObject(want);
  });

  it('takes «Ett år etter at utstyret ble kjøpt» as one free year, and the label from the heading', () => {
    expect(rule('Ett år etter at utstyret ble kjøpt som nytt, reduseres erstatningen med 10 % pr. påbegynte år, maksimum 50 %.', 'Aldersfradrag for ettermontert elektronisk ekstrautstyr')).toMatchObject({
      label: 'Ettermontert elektronisk ekstrautstyr',
      free_years: 1,
      words: 'etter',
      percent: '10',
      max_percent: '50',
    });
  });

  it('is no rule without the age it starts from', () => {
    expect(rule('Sykkel: 20 % per påbegynt år')).toBeUndefined();
  });
});

describe('numbers of the conditions', () => {
  it('reads amounts the ways conditions write them', () => {
    const v = (s: string) => amountsIn(s.toLowerCase()).map((a) => a.value);
    expect(v('maksimalt kr 2 000 000, for ting')).toEqual(['2000000']);
    expect(v('Sykkel 4.000 kroner')).toEqual(['4000']);
    expect(v('maksimalt kr. 1 million.')).toEqual(['1000000']);
    expect(v('maksimalt 10 millioner, om bygningen')).toEqual(['10000000']);
    expect(v('Fra kr 10 000 til kr 15 000')).toEqual(['10000', '15000']);
    expect(v('begrenset til kr 1 milliard pr. skadehendelse')).toEqual(['1000000000']);
  });

  it('reads dates in words', () => {
    expect(readDateText('1. november 2022')).toBe('2022-11-01');
    expect(readDateText('01.01.2024')).toBe('2024-01-01');
    expect(readDateText('30.02.2024')).toBeUndefined();
  });
});

describe('reading a document', () => {
  const text = (s: string, name = 'vilkar.txt') => readTextDocument(Buffer.from(s), name);

  it('names both values when a document states one twice differently, and keeps the base’s', () => {
    const t = readTermsFrom([text('Fritidsbåt\n\nEgenandel\n\nNår seilbåt deltar i regatta er egenandelen 2 % av forsikringssummen.\n\nTap\n\nDeltar båten i regatta, er egenandelen 4 % av forsikringssummen.\n')], shipped());
    expect(t.products.fritidsbat!.regatta!.percent).toEqual(shipped().products.fritidsbat!.regatta!.percent);
    expect(t.warnings).toEqual([expect.objectContaining({ line: 9, message: expect.stringMatching(/^two values for fritidsbat\.regatta\.percent: "2" \(line 5\) and "4" \(line 9\); neither is used$/) })]);
  });

  it('a line of rules under a deductible table\'s header is no row (it was warned as «a deductible that is not a fixed amount»)', () => {
    // a conditions excerpt: «Skadetype   Egenandel» over «--------   --------» over «Hussopp og annen råtesopp   kr 10 000»
    const t = readTermsFrom([text('Hussoppforsikring\n\n4  EGENANDEL\n\nSkadetype                                 Egenandel\n---------------------------------------   ---------------\nHussopp og annen råtesopp                 kr 10 000\nRotter og mus                             kr 2 000\n')], shipped());
    expect((t.warnings ?? []).map((w) => w.message)).not.toContainEqual(expect.stringMatching(/not a fixed amount/));
  });

  it('refuses a document with nothing the terms hold, saying what it looked for', () => {
    expect(() => readTermsFrom([text('Kjære kunde\n\nTakk for at du valgte oss.\n')], shipped())).toThrow(InputError);
    expect(() => readTermsFrom([text('Kjære kunde\n\nTakk for at du valgte oss.\n')], shipped())).toThrow(/found no terms in vilkar\.txt: looked for age-deduction tables/);
  });

  it('keys a category by the words insurers name it with, or by its label', () => {
    const t = readTermsFrom([text('Innbo\n\n- Elektrisk verktøy: 10 % pr. påbegynte år fra tingen er 5 år.\n- Mobiltelefoner og nettbrett: 20 % pr. påbegynte år fra tingen er 1 år.\n')], scrambled(shipped()));
    expect(t.products.eiendeler!.age_deduction!.rows.map((r) => r.key)).toEqual(['elektrisk', 'mobiltelefoner_nettbrett']);
  });
});

describe('warnings for people', () => {
  it('are Norwegian in the text, whatever the reader reports', async () => {
    const { norwegian } = await import('../text.js');
    const t = readTermsFrom([doc(join(FIXTURES, 'fremtind-innbo.txt'))], shipped());
    for (const w of t.warnings!) expect(norwegian(w.message)).not.toBe(w.message);
    expect(norwegian('two values for fritidsbat.regatta.percent: "2" (line 5) and "4" (line 9); neither is used')).toBe('to verdier for fritidsbat.regatta.percent: "2" (linje 5) og "4" (linje 9); ingen av dem er brukt');
  });
});
