import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../parse/text.js';
import { diffTerms } from './diff.js';
import { DEFAULT_TERMS, findBuiltIn } from './load.js';
import { readTermsFrom } from './read/index.js';
import type { Terms } from './types.js';

const shipped = (): Terms => structuredClone(findBuiltIn(DEFAULT_TERMS)!);

describe('diffTerms', () => {
  it('finds nothing between a terms file and itself, nor when only a clause moved', () => {
    expect(diffTerms(shipped(), shipped())).toEqual([]);
    const moved = shipped();
    moved.products.eiendeler!.lifetime!.factor!.clause = 'Erstatningsregler Eiendeler 6.3';
    expect(diffTerms(shipped(), moved)).toEqual([]);
  });

  it('names each changed value with the clause of the new terms', () => {
    const next = shipped();
    next.products.eiendeler!.age_deduction!.rows[2]!.percent = '25';
    next.products.motorvogn!.maskinskade_deductible!.rows[0]!.amount = '9000';
    next.products.fritidsbat!.theft_tracking_no_deductible!.value = false;
    delete next.products.arbeidsmaskin!.death_without_dependants;
    expect(diffTerms(shipped(), next)).toEqual([
      { path: 'arbeidsmaskin.death_without_dependants', old: '50000', new: null, clause: 'Nyheter og endringer 2024, Arbeidsmaskin – Fører og passasjerulykke – økning av forsikringssum' },
      { path: 'eiendeler.age_deduction.it.percent', old: '20', new: '25', clause: 'Erstatningsregler Eiendeler 6.2' },
      { path: 'fritidsbat.theft_tracking_no_deductible', old: 'true', new: 'false', clause: 'Erstatningsregler Fritidsbåt, Egenandel' },
      { path: 'motorvogn.maskinskade_deductible.0.amount', old: '8000', new: '9000', clause: 'Erstatningsregler Motorvogn, Egenandel maskinskade – Bil' },
    ]);
  });

  it('lists the categories another insurer has and the base has not', () => {
    const path = new URL('../../test/fixtures/terms/fremtind-innbo.txt', import.meta.url).pathname;
    const other = readTermsFrom([readTextDocument(readFileSync(path), path)], shipped());
    const changes = diffTerms(shipped(), other).filter((c) => c.path.startsWith('eiendeler.age_deduction'));
    expect(changes).toContainEqual({ path: 'eiendeler.age_deduction.mobiltelefon.percent', old: null, new: '20', clause: 'Innboforsikring – egenandeler og fradrag, Fradragsregler' });
    expect(changes).toContainEqual({ path: 'eiendeler.age_deduction.it.free_years', old: '1', new: null, clause: 'Erstatningsregler Eiendeler 6.2' });
    expect(changes).toContainEqual({ path: 'eiendeler.age_deduction.max_percent', old: null, new: '80', clause: 'Innboforsikring – egenandeler og fradrag, Fradragsregler' });
  });
});
