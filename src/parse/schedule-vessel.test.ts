import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

// A hull certificate of a fishing vessel, Norwegian with English beside it (src/parse/schedule-tables.ts vesselName,
// src/parse/translations.ts, src/parse/header.ts coversElsewhere, src/parse/index-class.ts).
const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

const doc = (extra = '') =>
  [
    'ASSURANCEFORENINGEN SKULD (GJENSIDIG)',
    '',
    'FORSIKRINGSBEVIS / CERTIFICATE OF INSURANCE',
    '',
    'Polisenr. / Policy No.:          SK-2026-4410',
    'Medlemsnr. / Member No.:         77 120',
    '',
    'Fartøy / Vessel',
    'Navn / Name:                     STORMFUGL',
    'Kjenningssignal / Call sign:     LMQP',
    'Type:                            Snurper / Purse seiner, 2011, 64,2 m',
    '',
    'Forsikringer / Insurances                 Forsikringssum /     Egenandel /     Premie /',
    '                                          Sum insured          Deductible      Premium',
    'Kasko og maskin / Hull and Machinery      NOK 212 000 000      NOK 500 000     NOK 1 650 000',
    'Tidstap / Loss of Hire                    NOK 120 000 per dag  14 dager        NOK 260 000',
    '',
    extra,
    'Skuld, Strandkaien 2, 5013 Bergen',
  ].join('\n');

describe('a hull certificate: the vessel named in its block of facts', () => {
  it('«Navn / Name: STORMFUGL» under «Fartøy / Vessel», its facts between: the object of every cover in the table', () => {
    const p = parse(doc());
    expect(p.coverages?.map((c) => [c.product, c.object, c.deductible, c.premium, c.index_class])).toEqual([
      ['Kasko og maskin', 'STORMFUGL', '500000', '1650000', 'none'],
      ['Tidstap', 'STORMFUGL', undefined, '260000', 'none'],
    ]);
    expect(p.coverages?.[0]?.sum).toBe('212000000');
  });
  it('each header cell\'s slash wrapped onto the English line under it goes with the translation', () => {
    const cells = textToSource(doc(), 'doc.txt', '0'.repeat(64)).lines.map((l) => l.cells);
    expect(cells).toContainEqual(['Forsikringer', 'Forsikringssum', 'Egenandel', 'Premie']);
  });
  it('a company named as the one that covers what the policy does not («Krigsrisiko dekkes av …, og er ikke med») is no rival insurer', () => {
    const p = parse(doc('Krigsrisiko dekkes av Den Norske Krigsforsikring for Skib (DNK) og er ikke med i denne polisen.\n'));
    expect(p.insurer).toBe('Skuld');
  });
  it('the negation in the sentence before it («Krigsrisiko er unntatt og ikke dekket. Krig forsikres hos …») is the same', () => {
    const p = parse(doc('Krigsrisiko er unntatt og ikke dekket. Krig forsikres hos Den Norske Krigsforsikring for Skib.\n'));
    expect(p.insurer).toBe('Skuld');
  });
});

describe('a hull certificate titled by its insurance, the vessel as «Forsikret fartøy / Insured vessel:»', () => {
  // a coastal club's certificate: the insurance's name over the head fields, the vessel's field and its facts set in under
  // it, the covers' table with each English name at the row's left on the line under it
  const text = [
    'KYSTFLÅTENS SJØFORSIKRING',
    '',
    'FORSIKRINGSBEVIS / POLICY',
    'Kaskoforsikring / Hull Insurance',
    '',
    'Polisenr. / Policy No.:          KS-2027-118',
    '',
    'Forsikret fartøy / Insured vessel: Nordlys, N-44-V',
    '  Byggeår / Year built:          2012',
    '',
    'Dekning           Forsikringssum          Egenandel             Premie',
    'Cover             Sum insured             Deductible            Premium',
    'Kasko             NOK 12 000 000          NOK 100 000           NOK 96 000',
    'Hull & Machinery',
    'Kaskointeresse    NOK 3 000 000           Ingen / None          NOK 9 000',
    'Hull Interest',
    '',
  ].join('\n');
  it('the English under each row is left out, and the vessel is the object of every cover of the titled insurance', () => {
    expect(parse(text).coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Kaskoforsikring', 'Kasko', 'Nordlys, N-44-V', '12000000', '100000', '96000'],
      ['Kaskoforsikring', 'Kaskointeresse', 'Nordlys, N-44-V', '3000000', '0', '9000'],
    ]);
  });
});
