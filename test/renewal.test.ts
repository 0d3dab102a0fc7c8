/**
 * `skadekalk renewal` end to end (the built CLI):
 * - the samples' planted discrepancies — a sum not indexed as announced, a deductible not changed
 *   as announced, a G not updated — are found, and nothing else, from the text documents and from
 *   their PDFs alike;
 * - the same input gives byte-identical output;
 * - the corpus letter (Gjensidige 2024) projects a schedule written in the corpus's 2023
 *   conventions: Næringsbygg «Pluss Brann og vann» sum + 5,2 %, deductible kr 10 000 → kr 15 000.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, HAS_CORPUS, REPO, needsCorpus, runCli, scratch } from './cli-harness.js';

interface Out {
  objects: Array<Record<string, unknown> & { name: string; old: unknown; expected: unknown; stated: unknown }>;
  natural_damage: { old: string | null; new: string | null };
  discrepancies: Array<Record<string, unknown>>;
  unresolved: Array<Record<string, unknown>>;
  rows_only_in_old: string[];
  rows_only_in_new: string[];
  warnings: string[];
}

function renewal(args: string[], exit: number): Out {
  const r = runCli(['renewal', ...args, '--format', 'json'], { cwd: REPO });
  expect(r.status, r.stderr).toBe(exit);
  return JSON.parse(r.stdout) as Out;
}

/** What a check found, without where it was read (file names and lines differ between text and PDF). */
function findings(o: Out): unknown {
  return {
    objects: o.objects.map((x) => ({ name: x.name, index_class: x.index_class, old: x.old, expected: x.expected, stated: x.stated, g_items: x.g_items })),
    natural_damage: (({ rate_new_source: _a, rate_old_source: _b, ...nd }) => nd)(o.natural_damage as Record<string, unknown>),
    discrepancies: o.discrepancies.map(({ note: _n, ...d }) => d),
    unresolved: o.unresolved.map(({ reason: _r, ...u }) => u),
    rows_only_in_old: o.rows_only_in_old,
    rows_only_in_new: o.rows_only_in_new,
  };
}

const NAERING = (ext: string): string[] => [
  '--from',
  `samples/forsikringsbevis-naering.${ext}`,
  '--letter',
  `samples/fornyelse-naering-2026.${ext}`,
  '--to',
  `samples/forsikringsbevis-naering-2026.${ext}`,
];
const YRKESSKADE = (ext: string): string[] => ['--from', `samples/yrkesskade-bevis.${ext}`, '--to', `samples/yrkesskade-bevis-2026.${ext}`];

describe('renewal check of the samples: the planted discrepancies, and nothing else', () => {
  it('business schedule: a sum not indexed, a deductible not changed (text)', () => {
    const o = renewal(NAERING('txt'), 1);
    expect(o.discrepancies).toEqual([
      { object: 'Næringsbygg, Havnegata 14, 5003 Bergen', field: 'sum', expected: '22489500.00', stated: '22250000.00' },
      { object: 'Næringsbygg, Havnegata 16, 5003 Bergen', field: 'deductible', expected: '20000.00', stated: '15000.00' },
    ]);
    // the letter changes Eiendeler «Tyveri» 9 000 → 10 000; the row does not state its coverage, so the
    // change applies by product and old value (docs/renewal.md) — and the new schedule has applied it
    expect(o.unresolved).toEqual([]);
    const eiendeler = (o.objects as Array<{ name: string; expected: { deductible: string | null } }>).find((x) => x.name === 'Eiendeler, Havnegata 12, 5003 Bergen');
    expect(eiendeler?.expected.deductible).toBe('10000.00');
    expect([o.rows_only_in_old, o.rows_only_in_new, o.warnings]).toEqual([[], [], []]);
  });
  it('business schedule: the PDFs give the same findings', () => {
    expect(findings(renewal(NAERING('pdf'), 1))).toEqual(findings(renewal(NAERING('txt'), 1)));
  });
  it('yrkesskade: a G not updated (text), and the same from the PDFs', () => {
    const o = renewal(YRKESSKADE('txt'), 1);
    expect(o.discrepancies.map(({ note: _n, ...d }) => d)).toEqual([{ object: 'G (grunnbeløp)', field: 'g', expected: '130160.00', stated: '124028.00' }]);
    expect(findings(renewal(YRKESSKADE('pdf'), 1))).toEqual(findings(o));
  });
  it('projection without --to: exit 0, nothing flagged, the same from the PDFs', () => {
    const args = (ext: string): string[] => NAERING(ext).slice(0, 4);
    const o = renewal(args('txt'), 0);
    expect([o.discrepancies, o.natural_damage.old, o.natural_damage.new]).toEqual([[], '5548.00', '5728.71']);
    expect(findings(renewal(args('pdf'), 0))).toEqual(findings(o));
  });
  it('the same input gives byte-identical output (text, yaml, json)', () => {
    for (const f of ['text', 'yaml', 'json']) {
      const a = runCli(['renewal', ...NAERING('txt'), '--format', f], { cwd: REPO });
      const b = runCli(['renewal', ...NAERING('txt'), '--format', f], { cwd: REPO });
      expect(a.status).toBe(1);
      expect(b.stdout).toBe(a.stdout);
    }
  });
  it('-o writes the report (atomically) and still exits 1 with the one-line message', () => {
    const dir = scratch();
    const r = runCli(['renewal', ...NAERING('txt').map((a) => (a.startsWith('samples/') ? join(REPO, a) : a)), '-o', 'rapport.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^skadekalk: renewal: .*forsikringsbevis-naering-2026\.txt: 2 discrepancies \(sum: Næringsbygg, Havnegata 14, 5003 Bergen; deductible: Næringsbygg, Havnegata 16, 5003 Bergen\)\n$/);
    expect(readFileSync(join(dir, 'rapport.txt'), 'utf8')).toMatch(/Avvik: 2\n/);
  });
});

const LETTER_2024 = join(CORPUS, 'gjensidige-naering-fornyelse-2024.txt');

describe.skipIf(!HAS_CORPUS)(needsCorpus('the corpus letter projects a schedule in the corpus conventions'), () => {
  it('Næringsbygg «Pluss Brann og vann»: 5,2 % and kr 10 000 → kr 15 000; the other rates and changes as announced', () => {
    const o = renewal(['--from', 'test/fixtures/renewal/naering-bevis-2023.txt', '--letter', LETTER_2024], 0);
    const row = (name: string): Record<string, unknown> => o.objects.find((x) => x.name === name)!;
    const nb = row('Næringsbygg (Pluss Brann og vann), Industrivegen 14, 7080 Heimdal');
    expect(nb.index).toEqual({ percent: '5.2', source: `${LETTER_2024}, line 17` });
    expect(nb.expected).toEqual({ sum: '54704000.00', deductible: '15000.00', premium: '50706.40' });
    expect(row('Eiendeler (Pluss Brann, vann og tyveri/ran), Industrivegen 14, 7080 Heimdal').expected).toEqual({ sum: '4412000.00', deductible: '15000.00', premium: '6948.90' });
    expect(row('Varer, Industrivegen 14, 7080 Heimdal').expected).toEqual({ sum: '1596000.00', deductible: '10000.00', premium: '2021.60' });
    expect(row('Bedriftsansvar, Norden').expected).toEqual({ sum: '10000000.00', deductible: '15000.00', premium: '5100.00' });
    expect(row('Arbeidsmaskin (Kasko), Hjullaster').expected).toEqual({ sum: '1200000.00', deductible: '10000.00', premium: '14000.00' });
    // a Næringsbygg row that does not state «Pluss Brann og vann»: same product, deductible equal to the old value (docs/renewal.md)
    expect(row('Næringsbygg, Industrivegen 16, 7080 Heimdal').expected).toEqual({ sum: '8942000.00', deductible: '15000.00', premium: '9625.80' });
    expect(o.unresolved).toEqual([]);
    expect(o.natural_damage).toMatchObject({ old: '4290.00', new: '4875.78', rate_old_permille: '0.065', rate_new_permille: '0.07' });
  });
});
