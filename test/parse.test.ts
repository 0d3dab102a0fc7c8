/**
 * `skadekalk parse` end to end (the built CLI): every output validates against
 * schema/policy.schema.json; the samples and the corpus give the figures a person reads there;
 * the same input gives byte-identical output; a parsed policy YAML feeds the calculators.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../src/model/policy.js';
import { makePdf } from '../scripts/make-pdfs.mjs';
import { CORPUS, HAS_CORPUS, REPO, needsCorpus, runCli, scratch } from './cli-harness.js';

const schema = JSON.parse(readFileSync(join(REPO, 'schema', 'policy.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function parseJson(file: string, ...extra: string[]): Policy {
  const r = runCli(['parse', file, '--format', 'json', ...extra], { cwd: REPO });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const p = JSON.parse(r.stdout) as Policy;
  const ok = validate(p);
  expect(validate.errors ?? [], `${file} must match the schema`).toEqual([]);
  expect(ok).toBe(true);
  return p;
}

const samples = readdirSync(join(REPO, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `samples/${f}`);
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f)) : [];

const WARNED: Record<string, string[]> = {
  'fremtind-forsikringsbevis-butikk.txt': ['line 17: the deductible column of Avbrudd states a waiting period «1 døgn», no amount; kept as a note'],
};

describe('every parse output matches the schema (with and without --trace)', () => {
  for (const f of [...samples, ...corpus]) {
    it(f, () => {
      const p = parseJson(f);
      // every line was read — but the one the README shows as a warning (a waiting period in a deductible column)
      expect(p.warnings, 'no unread relevant lines').toEqual(WARNED[f.replace(/^.*\//, '')] ?? []);
      const t = parseJson(f, '--trace');
      // every traced path names a value that is in the model
      for (const path of Object.keys(t.trace ?? {})) {
        const value = path.split(/\.|\[|\]/).filter(Boolean).reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], t);
        expect(value, path).toBeDefined();
      }
    });
  }
});

describe('the same input gives byte-identical output', () => {
  it.each(samples)('%s', (f) => {
    const a = runCli(['parse', f, '--trace'], { cwd: REPO });
    const b = runCli(['parse', f, '--trace'], { cwd: REPO });
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

const NAERING = join(CORPUS, 'gjensidige-naering-fornyelse-2024.txt');
const YRKESSKADE = join(CORPUS, 'gjensidige-personal-yrkesskade-2024.txt');

describe.skipIf(!HAS_CORPUS)(needsCorpus('the corpus: the figures a person reads there'), () => {
  it('business renewal letter', () => {
    const p = parseJson(NAERING, '--trace');
    expect(p).toMatchObject({ insurer: 'Gjensidige', policy_number: '81848035', issued: '2023-11-30', renewal_date: '2024-01-01' });
    expect(p.index_regulation).toEqual({
      effective: '2024-01-01',
      rates: [
        { object: 'bygninger', label: 'Bygninger', percent: '5.2' },
        { object: 'maskin_losore', label: 'Maskin og løsøre i næringslivet', percent: '10.3' },
        { object: 'varer', label: 'Varer', percent: '6.4' },
      ],
    });
    expect(p.natural_damage).toEqual({ rate_permille: '0.07', previous_rate_permille: '0.065', basis: 'brannforsikringssum' });
    const dc = p.deductible_changes ?? [];
    const find = (product: string, coverage?: string) => dc.filter((c) => c.product === product && (coverage === undefined || c.coverage === coverage));
    // every row of «Endring av egenandeler»
    expect(find('Næringsbygg', 'Pluss Brann og vann')).toEqual([{ product: 'Næringsbygg', coverage: 'Pluss Brann og vann', old: ['10000'], new: ['15000'] }]);
    expect(find('Næringsbygg', 'Valgt lavere egenandel på bygningsglass')[0]).toMatchObject({ old: ['3000'], new: ['5000'] });
    expect(find('Borettslag og sameie', 'Pluss')[0]).toMatchObject({ old: ['6000', '10000'], new: ['8000', '12000'] });
    expect(find('Borettslag og sameie', 'Valgt lavere egenandel på bygningsglass')[0]).toMatchObject({ old: ['2000'], new: ['3000'] });
    expect(find('Borettslag og sameie Pluss')[0]).toMatchObject({ increase: '10000', text: expect.stringMatching(/^Det innføres forhøyet egenandel for følgeskader/) });
    expect(find('Eiendeler', 'Pluss Brann, vann og tyveri/ran')[0]).toMatchObject({ old: ['10000'], new: ['15000'] });
    expect(find('Driftstap Pluss')[0]).toMatchObject({ text: 'Det innføres spesiell egenandel for enkelte skadetyper. (se punkt nedenfor)' });
    expect(find('Driftstap Pluss')[1]).toMatchObject({ percent: '15' });
    // Ansvar
    expect(find('Bedriftsansvar')).toEqual([{ product: 'Bedriftsansvar', old: ['10000'], new: ['15000'] }]);
    expect(find('Produktansvar')).toEqual([{ product: 'Produktansvar', old: ['10000'], new: ['15000'] }]);
    // Arbeidsmaskin
    expect(find('Arbeidsmaskin', 'Kasko')[0]).toMatchObject({ minimum: '10000' });
    expect(find('Arbeidsmaskin', 'Maskinskade')[0]).toMatchObject({ minimum: '10000' });
    expect(find('Arbeidsmaskin', 'Ansvar')[0]).toMatchObject({ minimum: '7000' });
    expect(find('Arbeidsmaskin').find((c) => /triller uten fører/.test(c.text ?? ''))).toMatchObject({ new: ['15000'] });
    // traced to the lines a person finds them on
    expect(p.trace?.policy_number).toEqual({ page: 1, line: 280, text: 'FORSIKRINGSNUMMER 81848035' });
    expect(p.trace?.['index_regulation.rates[1]']).toMatchObject({ line: 18, text: '- Maskin og løsøre i næringslivet 10,3 %' });
    expect(p.trace?.['deductible_changes[2]']).toMatchObject({ line: 32 });
  });

  it('occupational-injury schedule', () => {
    const p = parseJson(YRKESSKADE);
    expect(p).toMatchObject({ insurer: 'Gjensidige', policy_number: '83698105', issued: '2023-11-28', renewal_date: '2024-01-01', base_amount_g: '118620' });
    expect(p.insured_persons).toEqual({ count: 659, fte: '517.39' });
    const products = (p.coverages ?? []).map((c) => c.product);
    expect(products).toEqual(expect.arrayContaining(['Lovbestemt yrkesskade', 'Lovbestemt yrkessykdom']));
    for (const product of ['Lovbestemt yrkesskade', 'Lovbestemt yrkessykdom']) {
      const c = p.coverages!.find((x) => x.product === product)!;
      expect(c.index_class).toBe('none');
      expect(c.items).toEqual([
        { name: 'Tapt inntekt', sum: { individual: true }, note: 'iflg. loven' },
        { name: 'Ménerstatning med aldersregulering', sum: { g: '4.5' } },
        { name: 'Tap i fremtidig erverv', sum: { g_min: '22', g_max: '30' } },
        { name: 'Merutgifter', sum: { individual: true } },
        { name: 'Erstatning til barn ved tap av forsørger', sum: { g_min: '1', g_max: '6.5' } },
        { name: 'Erstatning for begravelseskostnader', sum: { g: '0.5' } },
        { name: 'Erstatning til ektefelle/samboer ved dødsfall iht. lov om yrkesskadeforsikring', sum: { g: '15' } },
      ]);
    }
  });
});

describe.skipIf(!HAS_CORPUS)(needsCorpus('the corpus as PDF gives the same model as its text'), () => {
  // The corpus is not ours to commit as PDF; it is laid out as a policy PDF (columns, running
  // header, «Side N av M») at test time and read back through the PDF reader.
  for (const f of [NAERING, YRKESSKADE]) {
    it(f.split('/').pop()!, async () => {
      const pdf = join(scratch(), 'corpus.pdf');
      writeFileSync(pdf, await makePdf(readFileSync(f, 'utf8'), { title: 'corpus' }));
      const { source: a, ...fromText } = parseJson(f);
      const { source: b, ...fromPdf } = parseJson(pdf);
      expect([a.kind, b.kind]).toEqual(['text', 'pdf']);
      expect(fromPdf).toEqual(fromText);
    });
  }
});

describe('a parsed policy feeds the calculators (loadPolicy)', () => {
  it('naturskade --policy from the parsed YAML equals naturskade --policy from the document', () => {
    const dir = scratch();
    const yaml = join(dir, 'policy.yaml');
    const r = runCli(['parse', join(REPO, 'samples', 'forsikringsbevis-naering.txt'), '-o', yaml]);
    expect(r.status).toBe(0);
    const fromYaml = runCli(['naturskade', '--policy', yaml, '--format', 'json']);
    const fromDoc = runCli(['naturskade', '--policy', join(REPO, 'samples', 'forsikringsbevis-naering.txt'), '--format', 'json']);
    expect(fromYaml.stderr).toBe('');
    expect(JSON.parse(fromYaml.stdout)).toEqual(JSON.parse(fromDoc.stdout));
  });
  it('a policy YAML that does not match the schema is refused with its field', () => {
    const dir = scratch();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'schema: skadekalk/policy@1\nsource: {file: x, sha256: "0000000000000000000000000000000000000000000000000000000000000000", kind: text, pages: 1}\nwarnings: []\ncoverages:\n  - product: Bygning\n    sum: "12,5"\n');
    const r = runCli(['naturskade', '--policy', bad, '--year', '2024']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^skadekalk: .*bad\.yaml: coverages\[0\]\.sum: does not match the policy schema/);
  });
});
