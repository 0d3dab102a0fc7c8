import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { paragraphCover } from './schedule-cover-paragraphs.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

// A pet insurer's certificate written as a letter: «Veterinær dekker … med inntil 60 000 kr per forsikringsår. Egenandelen er
// 2 500 kr per skadetilfelle.», then «Liv gir deg 25 000 kr hvis … Her er det ingen egenandel.»
const LETTER =
  'Forsikringsbevis – Katteforsikring\n\nBergen, 3. mars 2027\n\nHei Siri!\n\nPolisenummeret ditt er KT-448120.\n\n' +
  'Veterinær dekker behandling hos dyrlege når Pusur blir syk eller skadet, med inntil 40 000 kr per\nforsikringsår. ' +
  'Egenandelen er 1 500 kr per skadetilfelle. Vi betaler klinikken direkte.\n\n' +
  'Liv gir deg 8 000 kr hvis Pusur dør av sykdom eller ulykke. Her er det ingen egenandel.\n\n' +
  'Prisen er 3 120 kr per år, og du betaler 260 kr hver måned.\n';

describe('a titled insurance\'s covers told one a paragraph', () => {
  it('reads each cover\'s limit from its first sentence and its deductible from a sentence of its own', () => {
    expect(paragraphCover('Veterinær dekker behandling, med inntil 40 000 kr per forsikringsår. Egenandelen er 1 500 kr per skadetilfelle.')).toEqual({
      name: 'Veterinær',
      sum: '40000',
      deductible: '1500',
    });
    expect(paragraphCover('Liv gir deg 8 000 kr hvis katten dør. Her er det ingen egenandel.')).toEqual({ name: 'Liv', sum: '8000', deductible: '0' });
    const p = parse(LETTER);
    expect(p.coverages).toEqual([
      { product: 'Katteforsikring', coverage: 'Veterinær', index_class: 'none', sum: '40000', deductible: '1500' },
      { product: 'Katteforsikring', coverage: 'Liv', index_class: 'none', sum: '8000', deductible: '0' },
    ]);
    expect(p.deductible_changes).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });

  it('never takes a figure not said to be the limit, nor two; a price or a name it does not know opens no cover', () => {
    expect(paragraphCover('Veterinær dekker 2 besøk og 5 000 kr i året.')).toMatchObject({ doubt: expect.stringContaining('not said') });
    expect(paragraphCover('Veterinær dekker inntil 40 000 kr, eller 60 000 kr med tillegg.')).toMatchObject({ doubt: expect.stringContaining('2 amounts') });
    expect(paragraphCover('Prisen er 3 120 kr per år.')).toBeUndefined();
    expect(paragraphCover('Bamse dekker hele sofaen, inntil 3 meter.')).toBeUndefined();
    const p = parse(LETTER.replace('med inntil 40 000 kr per', 'eller 40 000 kr eller 60 000 kr per'));
    expect(p.coverages?.map((c) => c.coverage)).toEqual(['Liv']);
    expect(p.warnings.join('\n')).toMatch(/cover «Veterinær» of Katteforsikring: its first sentence states 2 amounts; its figures are not read/);
  });
});
