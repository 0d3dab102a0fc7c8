// The long document of the test corpus: a property company's renewal as insurers send them —
// the letter («Nyheter og endringer»), a schedule of some hundred buildings and contents rows
// whose addresses wrap, the deductible changes, the staff's occupational-injury G rows and many
// pages of conditions — written to test/corpus/long/ with its expected fields, the same bytes on
// every run (the rows come from a fixed pseudo-random sequence). Its PDF (more than 30 pages) is
// for `npm run accuracy -- --long` and the parser benchmark. Called by make-corpus-pdfs.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LONG_NAME = 'long-fornyelse-eiendom-2025';
/** The same renewal without the conditions and with fewer rows: a schedule that runs over a few pages. */
export const MID_NAME = 'mid-forsikringsoversikt-eiendom-2025';

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STREETS = ['Kongens gate', 'Dronningens gate', 'Innherredsveien', 'Fjordgata', 'Elgeseter gate', 'Olav Tryggvasons gate', 'Sluppenvegen', 'Tungasletta', 'Haakon VIIs gate', 'Ranheimsvegen', 'Brattørgata', 'Kjøpmannsgata'];
const PLACES = ['7011 Trondheim', '7030 Trondheim', '7042 Trondheim', '7080 Heimdal', '7053 Ranheim', '7500 Stjørdal', '7600 Levanger'];
const USES = ['', '', ' (kontor og lager)', ' (butikk og leiligheter)', ' (parkeringsanlegg under bakken)', ' (verksted med kontorfløy)'];
const kr = (n) => `kr ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;

function rows(count) {
  const rnd = lcg(20250101);
  const out = [];
  for (let i = 0; i < count; i++) {
    const street = STREETS[Math.floor(rnd() * STREETS.length)];
    const place = PLACES[Math.floor(rnd() * PLACES.length)];
    const use = USES[Math.floor(rnd() * USES.length)];
    const object = `${street} ${1 + Math.floor(rnd() * 120)}${use}, ${place}`;
    const sum = Math.round(4 + rnd() * 180) * 250000;
    out.push({ product: 'Næringsbygg', coverage: 'Pluss Brann og vann', object, sum, deductible: 25000, premium: Math.round(sum * 0.00092) });
    if (i % 4 === 0) {
      const m = Math.round(2 + rnd() * 40) * 50000;
      out.push({ product: 'Eiendeler - Maskiner, inventar og løsøre', coverage: 'Pluss Brann, vann og tyveri/ran', object, sum: m, deductible: 25000, premium: Math.round(m * 0.0014) });
    }
    if (i % 7 === 0) {
      const v = Math.round(1 + rnd() * 20) * 50000;
      out.push({ product: 'Eiendeler - Varer', coverage: 'Pluss Brann, vann og tyveri/ran', object, sum: v, deductible: 25000, premium: Math.round(v * 0.0013) });
    }
  }
  return out;
}

const CLAUSES = [
  ['Hvem forsikringen gjelder for', 'Forsikringen gjelder for forsikringstakeren og for den som har tinglyst eiendomsrett, panterett eller annen tinglyst sikkerhetsrett i eiendommen. Selskapet kan endre avtalen eller la den opphøre med bindende virkning også for disse.'],
  ['Hvor forsikringen gjelder', 'Forsikringen gjelder på forsikringsstedet som står i forsikringsbeviset. Ting som for en kortere tid er flyttet til et annet sted i Norden, er med inntil det beløpet forsikringsbeviset nevner.'],
  ['Hva forsikringen omfatter', 'Bygningen er forsikret med faste innredninger, tekniske anlegg og ledninger fram til offentlig tilknytning. Hage og gårdsplass er med når forsikringsbeviset sier det, og da bare mot naturskade.'],
  ['Brann og eksplosjon', 'Forsikringen dekker skade ved brann, eksplosjon og lynnedslag, også sotskade fra ildsted når skaden skjer plutselig. Skade som skyldes at ting er utsatt for varme under bearbeiding, dekkes ikke.'],
  ['Vannskade', 'Forsikringen dekker skade ved utstrømning av væske fra rør, tanker og installasjoner. Skade fra vann som trenger inn gjennom tak, vegger og grunnmur, og skade som skjer gradvis over tid, dekkes ikke.'],
  ['Tyveri og skadeverk', 'Tyveri fra bygning dekkes bare når tyven har brutt seg inn på en måte som etterlater synlige spor. Skadeverk dekkes med de unntakene som står i sikkerhetsforskriftene for bygninger som står tomme.'],
  ['Skadeoppgjør', 'Skaden gjøres opp etter reparasjonskostnaden. Blir bygningen ikke satt i stand innen fem år, settes erstatningen til bygningens omsetningsverdi før og etter skaden. Egenandelen trekkes fra før sum og begrensninger.'],
  ['Sikkerhetsforskrifter', 'Sikkerhetsforskriftene for brann, vann og tyveri gjelder, også for leietakere og entreprenører. Overtredelse kan føre til at erstatningen settes ned eller faller bort, etter forsikringsavtaleloven § 4-8.'],
];

/**
 * Write the long document and its expected fields into DIR; returns its name. With `mid`, the
 * shorter one (40 buildings, no conditions).
 */
export function writeLongRenewal(dir, mid = false) {
  mkdirSync(dir, { recursive: true });
  const name = mid ? MID_NAME : LONG_NAME;
  const rs = rows(mid ? 40 : 150);
  const T = '\t';
  const lines = [
    'FORSIKRINGSNUMMER 88412570',
    '',
    'UTSTEDT 25.11.2024',
    '',
    '## Nyheter og endringer',
    '',
    'Her er endringene i forsikringene til Midtbyen Eiendom AS fra hovedforfall 01.01.2025. De gjelder for alle forsikringer i avtalen og står også i vilkårene.',
    '',
    '### Indeksregulering',
    '',
    'Fra 01.01.2025 reguleres forsikringssummene slik:',
    '',
    '- Bygninger 3,7 %',
    '- Maskiner, inventar og løsøre 2,9 %',
    '- Varer 2,4 %',
    '',
    'Naturskadepremien endres fra 0,07 til 0,08 promille av brannforsikringssummen.',
    '',
    '### Endring av egenandeler',
    '',
    ['Produkt', 'Dekning', 'Gammel egenandel', 'Ny egenandel'].join(T),
    ['Næringsbygg', 'Pluss Brann og vann', 'Kr 20 000', 'Kr 25 000'].join(T),
    ['Eiendeler', 'Pluss Brann, vann og tyveri/ran', 'Kr 20 000', 'Kr 25 000'].join(T),
    '',
    '\f## Forsikringsoversikt',
    '',
    ['Forsikring', 'Dekning', 'Forsikringssted', 'Forsikringssum', 'Egenandel', 'Pris'].join(T),
    ...rs.map((r) => [r.product, r.coverage, r.object, kr(r.sum), kr(r.deductible), kr(r.premium)].join(T)),
    '',
    '\f## Yrkesskade',
    '',
    'Forsikringen gjelder for 41 personer, 38,5 årsverk. G=Folketrygdens grunnbeløp, for tiden kr 124.028',
    '',
    ['Tapt arbeidsinntekt', 'Individuelt'].join(T),
    ['Ménerstatning', '4,50 G'].join(T),
    ['Tap i fremtidig erverv', '22-30 G'].join(T),
    ['Gravferdsutgifter', '0,50 G'].join(T),
    '',
    '\f## Vilkår for eiendomsforsikring',
    '',
  ];
  for (let part = 1; part <= (mid ? 0 : 26); part++) {
    CLAUSES.forEach(([title, text], k) => {
      lines.push(`### ${part}.${k + 1} ${title}`, '', `${text} ${text}`, '');
    });
  }
  lines.push('Behandlingsansvarlig er Gjensidige Forsikring ASA, Postboks 700 Sentrum, 0106 Oslo.', '');
  writeFileSync(join(dir, `${name}.txt`), lines.join('\n'));

  const q = (s) => JSON.stringify(s);
  const exp = [
    '# Written by scripts/make-corpus-long.mjs (do not edit): the long renewal of the corpus.',
    '# A letter, a schedule of some hundred rows whose addresses wrap, G rows, and conditions.',
    `corpus: {insurer: Gjensidige, kind: ${mid ? 'fornyelse (middels)' : 'fornyelse (lang)'}, form: text}`,
    'insurer: Gjensidige',
    'policy_number: "88412570"',
    'issued: "2024-11-25"',
    'renewal_date: "2025-01-01"',
    'base_amount_g: "124028"',
    'insured_persons: {count: 41, fte: "38.5"}',
    'index_regulation:',
    '  effective: "2025-01-01"',
    '  rates:',
    '    - {object: bygninger, percent: "3.7"}',
    '    - {object: maskin_losore, percent: "2.9"}',
    '    - {object: varer, percent: "2.4"}',
    'natural_damage: {rate_permille: "0.08", previous_rate_permille: "0.07"}',
    'deductible_changes:',
    '  - {product: Næringsbygg, coverage: Pluss Brann og vann, old: ["20000"], new: ["25000"]}',
    '  - {product: Eiendeler, coverage: "Pluss Brann, vann og tyveri/ran", old: ["20000"], new: ["25000"]}',
    'coverages:',
    ...rs.map(
      (r) =>
        `  - {product: ${q(r.product)}, coverage: ${q(r.coverage)}, object: ${q(r.object)}, sum: "${r.sum}", deductible: "${r.deductible}", premium: "${r.premium}", index_class: ${
          r.product === 'Næringsbygg' ? 'bygninger' : r.product.endsWith('Varer') ? 'varer' : 'maskin_losore'
        }}`,
    ),
    '  - product: Yrkesskade',
    '    index_class: none',
    '    items:',
    '      - {name: Tapt arbeidsinntekt, sum: {individual: true}}',
    '      - {name: Ménerstatning, sum: {g: "4.5"}}',
    '      - {name: Tap i fremtidig erverv, sum: {g_min: "22", g_max: "30"}}',
    '      - {name: Gravferdsutgifter, sum: {g: "0.5"}}',
    '',
  ];
  writeFileSync(join(dir, `${name}.expected.yaml`), exp.join('\n'));
  return name;
}
