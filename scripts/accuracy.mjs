#!/usr/bin/env node
// How much of what a person reads in a document the parser gets right: runs the built CLI
// (`node bin/skadekalk.js parse FILE --format json`, as a user would) on every document and PDF of
// the test corpus (test/corpus/, see its README) and compares the model with the hand-read
// expected fields beside each document.
//
//   npm run accuracy                          the main set (test/corpus/docs and its PDFs)
//   npm run accuracy -- --holdout             the hold-out set (test/corpus/holdout and its PDFs)
//   npm run accuracy -- --long                the long renewal (test/corpus/long: 32 and 8 pages as PDFs)
//   npm run accuracy -- --all                 main and hold-out
//   npm run accuracy -- --verbose             also every wrong, missed and extra value, by document
//   npm run accuracy -- --json                the measurement as JSON (for the ratchet test)
//   npm run accuracy -- --only NAME[,NAME…]   only these documents (file names under test/corpus,
//                                             e.g. docs/klp-endringer-vilkar-2021.txt or
//                                             pdf/klp-endringer-vilkar-2021.pdfkit.pdf)
//   npm run accuracy -- --ratchet             only the documents listed in test/corpus/ratchet.json
//   npm run accuracy -- --against-text        each PDF scored against what the parser reads in its text
//                                             (not the hand-read fields): what the PDF layout loses
//   npm run accuracy -- --pdfs DIR            the PDFs in DIR (NAME.<generator>.pdf, e.g. made by
//                                             scripts/make-unseen-pdfs.mjs) instead of test/corpus/pdf
//   npm run accuracy -- --dir DIR             your own documents instead of the corpus: NAME.txt with
//                                             NAME.expected.yaml beside it in DIR, and the PDFs
//                                             NAME.<generator>.pdf in DIR (or in --pdfs DIR); a text
//                                             without expected fields there is not measured
//
// A field is right (the parser's value equals the hand-read one), wrong (another value), missed
// (no value) or extra (a value where the document states none). Score = right − 2 × wrong − extra,
// as a percentage of the expected fields: a wrong value is believed, a missing one is seen.
//
// This is a measurement: it exits 0 whatever the accuracy (1 only for a corpus file it cannot
// read, 2 for bad options). Build first (`npm run build`): it runs the code in dist/.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(root, 'test', 'corpus');
const SETS = { main: 'docs', holdout: 'holdout', long: 'long' };

// ------------------------------------------------------------------ values, as compared

const lower = (s) => String(s).normalize('NFC').toLowerCase();
/** Names compared as a person compares them: case, dashes, spaces and outer punctuation aside. */
export const normName = (s) =>
  lower(s)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/^[\s.,:;*•-]+|[\s.,:;*]+$/g, '')
    .trim();
/** A decimal string without trailing zeros («0.070» = «0.07», «5.20» = «5.2»). */
export const normDec = (v) => {
  const s = String(v).trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) return s;
  let [i, f = ''] = s.split('.');
  i = i.replace(/^(-?)0+(?=\d)/, '$1');
  f = f.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
};
/** Policy numbers compared without spaces, dots and hyphens (the document writes «7730-118845»). */
export const normPolicy = (v) => String(v).replace(/[\s.\-\u2010-\u2015]/g, '').toUpperCase();
/** The insurer without company form or the word «forsikring» (also «skade-», «reise-», «dyre-»…): «If Skadeforsikring NUF» = «If», «Europeiske Reiseforsikring» = «Europeiske». */
export const normInsurer = (v) => {
  let s = normName(v).replace(/,.*$/, '');
  for (;;) {
    const t = s.replace(/\s+(asa|as|nuf|abp|sa|a\/s|ab|\(publ\)|gjensidig|forsikring|skadeforsikring|livsforsikring|pensjonsforsikring|reiseforsikring|dyreforsikring|insurance|norge|norway)$/, '');
    if (t === s) return s;
    s = t;
  }
};
const normSum = (v) => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object') return normDec(v);
  const o = {};
  for (const k of Object.keys(v).sort()) o[k] = typeof v[k] === 'boolean' ? v[k] : normDec(v[k]);
  return JSON.stringify(o);
};
const normList = (v) => (Array.isArray(v) ? v.map(normDec).join(' | ') : v === undefined ? undefined : normDec(v));
const show = (v) => (v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

// ------------------------------------------------------------------ scoring one document

/** The field kinds, in the order of the table. */
export const KINDS = [
  'insurer',
  'policy_number',
  'issued',
  'renewal_date',
  'base_amount_g',
  'insured_persons.count',
  'insured_persons.fte',
  'index.effective',
  'index.rate',
  'natural_damage.rate',
  'natural_damage.previous',
  'deductible_change',
  'deductible_change.value',
  'coverage',
  'coverage.object',
  'coverage.coverage',
  'coverage.sum',
  'coverage.deductible',
  'coverage.premium',
  'coverage.index_class',
  'item',
  'item.sum',
];

class Tally {
  constructor() {
    this.events = []; // {kind, outcome: right|wrong|missed|extra, where, expected, got}
  }
  add(kind, outcome, where, expected, got) {
    this.events.push({ kind, outcome, where, expected, got });
  }
  /** One field: compare an expected value (undefined = the document states none) with the parser's. */
  field(kind, where, expected, got, norm = normDec) {
    const e = expected === undefined || expected === null ? undefined : norm(expected);
    const g = got === undefined || got === null ? undefined : norm(got);
    if (e === undefined) {
      if (g !== undefined) this.add(kind, 'extra', where, undefined, got);
      return;
    }
    if (g === undefined) this.add(kind, 'missed', where, expected, undefined);
    else if (g === e) this.add(kind, 'right', where, expected, got);
    else this.add(kind, 'wrong', where, expected, got);
  }
}

/** Pairs expected with actual entries by a score (0 = no pair), best first, each used once. */
function pair(expected, actual, score) {
  const cands = [];
  expected.forEach((e, i) =>
    actual.forEach((a, j) => {
      const s = score(e, a);
      if (s > 0) cands.push({ i, j, s });
    }),
  );
  cands.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const ei = new Map();
  const used = new Set();
  for (const c of cands) {
    if (ei.has(c.i) || used.has(c.j)) continue;
    ei.set(c.i, c.j);
    used.add(c.j);
  }
  return { of: (i) => (ei.has(i) ? actual[ei.get(i)] : undefined), unused: actual.filter((_, j) => !used.has(j)) };
}

/** How well two names agree: 3 equal, 1 one holds the other as whole words, 0 not at all. */
function nameScore(e, a) {
  const x = normName(e ?? '');
  const y = normName(a ?? '');
  if (!x || !y) return 0;
  if (x === y) return 3;
  const words = (s) => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return words(x).includes(words(y)) || words(y).includes(words(x)) ? 1 : 0;
}

function rowName(a) {
  return a.coverage ? [a.product, `${a.product} - ${a.coverage}`] : [a.product];
}

function scoreRates(t, exp, got) {
  const er = exp?.rates ?? [];
  const gr = got?.rates ?? [];
  const p = pair(er, gr, (e, a) => (e.object === a.object ? 2 + (normDec(e.percent) === normDec(a.percent) ? 1 : 0) + (e.label && nameScore(e.label, a.label) ? 1 : 0) : 0));
  er.forEach((e, i) => {
    const a = p.of(i);
    t.field('index.rate', `rates[${e.object}]`, e.percent, a?.percent);
  });
  for (const a of p.unused) t.add('index.rate', 'extra', `rates[${a.object} ${a.label ?? ''}]`, undefined, a.percent);
}

const CHANGE_VALUES = ['old', 'new', 'minimum', 'increase', 'percent'];

function scoreChanges(t, exp = [], got = []) {
  const p = pair(exp, got, (e, a) => {
    const s = nameScore(e.product, a.product);
    if (!s) return 0;
    let c = s * 4;
    if (e.coverage && a.coverage) c += normName(e.coverage) === normName(a.coverage) ? 4 : -2;
    else if (!e.coverage && !a.coverage) c += 1;
    for (const k of CHANGE_VALUES) if (e[k] !== undefined && normList(e[k]) === normList(a[k])) c += 1;
    return Math.max(c, 1);
  });
  exp.forEach((e, i) => {
    const a = p.of(i);
    const where = `deductible_changes[${e.product}${e.coverage ? ` | ${e.coverage}` : ''}]`;
    t.add('deductible_change', a ? 'right' : 'missed', where, e.product, a?.product);
    if (!a) {
      for (const k of CHANGE_VALUES) if (e[k] !== undefined) t.add('deductible_change.value', 'missed', `${where}.${k}`, e[k], undefined);
      return;
    }
    for (const k of CHANGE_VALUES) t.field('deductible_change.value', `${where}.${k}`, e[k], a[k], normList);
  });
  for (const a of p.unused) t.add('deductible_change', 'extra', `deductible_changes[${a.product}${a.coverage ? ` | ${a.coverage}` : ''}]`, undefined, a.text ?? JSON.stringify(a));
}

function scoreItems(t, where, exp = [], got = []) {
  const p = pair(exp, got, (e, a) => nameScore(e.name, a.name) * 2 + (normSum(e.sum) === normSum(a.sum) ? 1 : 0));
  exp.forEach((e, i) => {
    const a = p.of(i);
    const w = `${where}.items[${e.name}]`;
    t.add('item', a ? 'right' : 'missed', w, e.name, a?.name);
    if (e.sum !== undefined) t.field('item.sum', `${w}.sum`, e.sum, a?.sum, normSum);
  });
  for (const a of p.unused) t.add('item', 'extra', `${where}.items[${a.name}]`, undefined, a.sum);
}

function scoreCoverages(t, exp = [], got = []) {
  const p = pair(exp, got, (e, a) => {
    const s = Math.max(...rowName(a).map((n) => nameScore(e.product, n)));
    if (!s) return 0;
    let c = s * 4;
    if (e.object !== undefined && a.object !== undefined) c += normName(e.object) === normName(a.object) ? 4 : -2;
    if (e.coverage !== undefined && a.coverage !== undefined && normName(e.coverage) === normName(a.coverage)) c += 2;
    for (const k of ['sum', 'deductible', 'premium']) if (e[k] !== undefined && normSum(e[k]) === normSum(a[k])) c += 1;
    return Math.max(c, 1);
  });
  exp.forEach((e, i) => {
    const a = p.of(i);
    const where = `coverages[${e.product}${e.object ? ` @ ${e.object}` : ''}]`;
    t.add('coverage', a ? 'right' : 'missed', where, e.product, a?.product);
    const g = a ?? {};
    t.field('coverage.object', `${where}.object`, e.object, g.object, normName);
    if (e.coverage !== undefined) t.field('coverage.coverage', `${where}.coverage`, e.coverage, g.coverage, normName);
    for (const k of ['sum', 'deductible', 'premium']) t.field(`coverage.${k}`, `${where}.${k}`, e[k], g[k], normSum);
    if (e.index_class !== undefined) t.field('coverage.index_class', `${where}.index_class`, e.index_class, g.index_class, String);
    if (e.items || g.items) scoreItems(t, where, e.items ?? [], g.items ?? []);
  });
  for (const a of p.unused) t.add('coverage', 'extra', `coverages[${a.product}${a.object ? ` @ ${a.object}` : ''}]`, undefined, a.product);
}

/** Compare a parsed model (or undefined when parse refused) with the expected fields. */
export function scoreDocument(exp, got) {
  const t = new Tally();
  const m = got ?? {};
  t.field('insurer', 'insurer', exp.insurer, m.insurer, normInsurer);
  t.field('policy_number', 'policy_number', exp.policy_number, m.policy_number, normPolicy);
  t.field('issued', 'issued', exp.issued, m.issued, String);
  t.field('renewal_date', 'renewal_date', exp.renewal_date, m.renewal_date, String);
  t.field('base_amount_g', 'base_amount_g', exp.base_amount_g, m.base_amount_g);
  t.field('insured_persons.count', 'insured_persons.count', exp.insured_persons?.count, m.insured_persons?.count);
  t.field('insured_persons.fte', 'insured_persons.fte', exp.insured_persons?.fte, m.insured_persons?.fte);
  t.field('index.effective', 'index_regulation.effective', exp.index_regulation?.effective, m.index_regulation?.effective, String);
  scoreRates(t, exp.index_regulation, m.index_regulation);
  t.field('natural_damage.rate', 'natural_damage.rate_permille', exp.natural_damage?.rate_permille, m.natural_damage?.rate_permille);
  t.field('natural_damage.previous', 'natural_damage.previous_rate_permille', exp.natural_damage?.previous_rate_permille, m.natural_damage?.previous_rate_permille);
  scoreChanges(t, exp.deductible_changes, m.deductible_changes);
  scoreCoverages(t, exp.coverages, m.coverages);
  return t.events;
}

/** The expected warnings a list of warnings meets: [{want, met}]. */
export function scoreWarnings(expected = [], warnings = []) {
  const ws = warnings.map(lower);
  return expected.map((w) => {
    if (typeof w === 'string') return { want: w, met: ws.some((x) => x.includes(lower(w))) };
    // {all: [a, [b1, b2]]}: one warning holding a, and b1 or b2 (a date may be written either way)
    const has = (x, s) => (Array.isArray(s) ? s.some((alt) => x.includes(lower(alt))) : x.includes(lower(s)));
    if (Array.isArray(w?.all)) return { want: `all of ${w.all.map((s) => [].concat(s).join(' or ')).join(', ')}`, met: ws.some((x) => w.all.every((s) => has(x, s))) };
    if (typeof w?.count === 'number') return { want: `at least ${w.count} warnings`, met: ws.length >= w.count };
    throw new Error(`expected_warnings: an entry must be a text, {all: [...]} or {count: N}, not ${JSON.stringify(w)}`);
  });
}

// ------------------------------------------------------------------ the corpus

/** Every document of a set: its text and the PDFs made from it, with the expected fields. */
export function corpusFiles(set, pdfDir = join(CORPUS, 'pdf'), dir = join(CORPUS, SETS[set])) {
  const out = [];
  const pdfs = existsSync(pdfDir) ? readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')) : [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const name = f.replace(/\.txt$/, '');
    const expFile = join(dir, `${name}.expected.yaml`);
    if (!existsSync(expFile)) {
      // in your own directory a text without expected fields is not a document of the set (a saved report, notes)
      if (set === 'own') continue;
      throw new Error(`${relative(root, join(dir, f))}: no ${name}.expected.yaml beside it`);
    }
    let expected;
    try {
      expected = YAML.parse(readFileSync(expFile, 'utf8')) ?? {};
    } catch (e) {
      throw new Error(`${relative(root, expFile)}: ${e.message.split('\n')[0]}`);
    }
    out.push({ set, name, file: join(dir, f), kind: 'text', generator: 'text', expected });
    for (const p of pdfs.filter((p) => p.startsWith(`${name}.`) && /^[a-z0-9-]+\.pdf$/.test(p.slice(name.length + 1))).sort()) {
      out.push({ set, name, file: join(pdfDir, p), kind: 'pdf', generator: p.slice(name.length + 1, -4), expected });
    }
  }
  return out;
}

function runParse(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'skadekalk.js'), 'parse', file, '--format', 'json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Run the parser on each document (two at a time: the machines have two cores) and score it. */
export async function measure(docs) {
  const results = new Array(docs.length);
  let next = 0;
  const worker = async () => {
    while (next < docs.length) {
      const i = next++;
      const d = docs[i];
      const r = await runParse(d.file);
      let model;
      let error;
      if (r.status === 0) {
        try {
          model = JSON.parse(r.stdout);
        } catch {
          error = 'exit 0 but stdout is not JSON';
        }
      } else if (r.status !== 2) error = `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
      const exp = d.expected;
      const refused = r.status === 2;
      results[i] = {
        ...d,
        file: relative(CORPUS, d.file),
        status: r.status,
        refused,
        refusal: exp.refuse ? (refused ? 'right' : 'missed') : refused ? 'wrong' : undefined,
        stderr: refused || error ? r.stderr.trim().split('\n')[0] : undefined,
        error,
        events: scoreDocument(exp, model),
        warnings: scoreWarnings(exp.expected_warnings, model?.warnings ?? []),
        got_warnings: model?.warnings ?? [],
        model,
      };
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

/**
 * Each PDF scored against the model the parser reads from its text (the text's runs stay scored
 * against the hand-read fields): a field the text reads and the PDF does not is what the PDF
 * layout loses, whatever the vocabulary reads.
 */
function scoreAgainstText(results) {
  for (const r of results) {
    if (r.kind !== 'pdf') continue;
    const text = results.find((t) => t.kind === 'text' && t.set === r.set && t.name === r.name);
    if (!text) continue;
    r.events = scoreDocument(text.model ?? {}, r.model);
  }
}

// ------------------------------------------------------------------ the report

function totals(events) {
  const t = { expected: 0, right: 0, wrong: 0, missed: 0, extra: 0 };
  for (const e of events) {
    t[e.outcome]++;
    if (e.outcome !== 'extra') t.expected++;
  }
  t.score = t.right - 2 * t.wrong - t.extra;
  return t;
}

const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

function table(title, rows) {
  const head = ['', 'expected', 'right', 'wrong', 'missed', 'extra', 'right %', 'score %'];
  const body = rows.map(([name, t]) => [name, t.expected, t.right, t.wrong, t.missed, t.extra, pct(t.right, t.expected), pct(t.score, t.expected)].map(String));
  const w = head.map((h, k) => Math.max(h.length, ...body.map((r) => r[k].length)));
  const line = (r) => r.map((c, k) => (k === 0 ? c.padEnd(w[k]) : c.padStart(w[k]))).join('  ');
  return [title, line(head), line(w.map((n) => '-'.repeat(n))), ...body.map(line), ''].join('\n');
}

export function summarize(results) {
  const all = results.flatMap((r) => r.events);
  const by = (pred) => totals(results.filter(pred).flatMap((r) => r.events));
  const warn = results.flatMap((r) => r.warnings);
  return {
    documents: results.length,
    text: results.filter((r) => r.kind === 'text').length,
    pdf: results.filter((r) => r.kind === 'pdf').length,
    total: totals(all),
    text_total: by((r) => r.kind === 'text'),
    pdf_total: by((r) => r.kind === 'pdf'),
    warnings: { expected: warn.length, found: warn.filter((w) => w.met).length },
    refusals: {
      expected: results.filter((r) => r.expected.refuse).length,
      right: results.filter((r) => r.refusal === 'right').length,
      missed: results.filter((r) => r.refusal === 'missed').length,
      wrong: results.filter((r) => r.refusal === 'wrong').length,
    },
    errors: results.filter((r) => r.error).length,
  };
}

function report(results, verbose) {
  const out = [];
  const kindsOf = (rs) => KINDS.map((k) => [k, totals(rs.flatMap((r) => r.events.filter((e) => e.kind === k)))]).filter(([, t]) => t.expected + t.extra > 0);
  const text = results.filter((r) => r.kind === 'text');
  const pdf = results.filter((r) => r.kind === 'pdf');
  const s = summarize(results);
  out.push(`${s.documents} runs: ${s.text} text documents, ${s.pdf} PDFs (${[...new Set(pdf.map((r) => r.generator))].join(', ') || 'none'})`);
  out.push('score = right − 2 × wrong − extra, as a percentage of the expected fields\n');
  if (text.length) out.push(table('Text documents, by field', [...kindsOf(text), ['TOTAL', s.text_total]]));
  if (pdf.length) out.push(table('PDFs, by field', [...kindsOf(pdf), ['TOTAL', s.pdf_total]]));
  const gens = [...new Set(results.map((r) => r.generator))];
  out.push(table('By kind of file', gens.map((g) => [g, totals(results.filter((r) => r.generator === g).flatMap((r) => r.events))])));
  const insurers = [...new Set(results.map((r) => r.expected.corpus?.insurer ?? '(not given)'))].sort((a, b) => a.localeCompare(b, 'nb'));
  out.push(table('By insurer (text and PDF)', insurers.map((i) => [i, totals(results.filter((r) => (r.expected.corpus?.insurer ?? '(not given)') === i).flatMap((r) => r.events))])));
  out.push(`Warnings: ${s.warnings.found} of ${s.warnings.expected} expected warnings found`);
  out.push(
    `Refusals: ${s.refusals.right} of ${s.refusals.expected} documents that must be refused were refused; ` +
      `${s.refusals.wrong} runs refused although the document states something` +
      (s.errors ? `; ${s.errors} runs failed otherwise` : ''),
  );
  if (verbose) {
    out.push('\nBy document (score %, wrong, missed, extra):');
    for (const r of results) {
      const t = totals(r.events);
      out.push(`  ${r.file.padEnd(56)} ${pct(t.score, t.expected).padStart(8)}  ${t.wrong} wrong, ${t.missed} missed, ${t.extra} extra${r.refusal && r.refusal !== 'right' ? `, refusal ${r.refusal}` : ''}${r.error ? `, ${r.error}` : ''}`);
    }
    out.push('\nWrong, missed and extra values:');
    for (const r of results) {
      const bad = r.events.filter((e) => e.outcome !== 'right');
      const warnMiss = r.warnings.filter((w) => !w.met);
      if (!bad.length && !warnMiss.length && (!r.refusal || r.refusal === 'right') && !r.error) continue;
      out.push(`  ${r.file}`);
      if (r.refusal === 'wrong') out.push(`    refused: ${r.stderr}`);
      if (r.refusal === 'missed') out.push('    not refused (exit 0), although nothing in it is relevant');
      if (r.error) out.push(`    ${r.error}`);
      for (const e of bad) out.push(`    ${e.outcome.padEnd(6)} ${e.where}: expected ${show(e.expected)}, got ${show(e.got)}`);
      for (const w of warnMiss) out.push(`    warning not found: ${w.want}${r.got_warnings.length ? ` (warnings: ${r.got_warnings.join(' / ')})` : ''}`);
    }
  }
  return out.join('\n');
}

// ------------------------------------------------------------------ command line

async function main(argv) {
  let sets = ['main'];
  let verbose = false;
  let json = false;
  let only;
  let pdfDir;
  let againstText = false;
  let ownDir;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--holdout') sets = ['holdout'];
    else if (a === '--all') sets = ['main', 'holdout'];
    else if (a === '--long') sets = ['long'];
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--json') json = true;
    else if (a === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--against-text') againstText = true;
    else if (a === '--pdfs') pdfDir = resolve(argv[++i] ?? '');
    else if (a === '--dir') ownDir = resolve(argv[++i] ?? '');
    else if (a === '--ratchet') only = JSON.parse(readFileSync(join(CORPUS, 'ratchet.json'), 'utf8')).documents;
    else {
      process.stderr.write(`accuracy: unknown option ${a}\nusage: node scripts/accuracy.mjs [--holdout|--long|--all] [--verbose] [--json] [--only FILE,…|--ratchet] [--pdfs DIR] [--dir DIR] [--against-text]\n`);
      return 2;
    }
  }
  if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
    process.stderr.write('accuracy: dist/cli.cjs is missing: run `npm run build` first\n');
    return 2;
  }
  let docs;
  try {
    docs = ownDir
      ? corpusFiles('own', pdfDir ?? ownDir, ownDir)
      : (only ? ['main', 'holdout', 'long'] : sets).flatMap((set) => corpusFiles(set, pdfDir));
  } catch (e) {
    process.stderr.write(`accuracy: ${e.message}\n`);
    return 1;
  }
  if (only) {
    const unknown = only.filter((o) => !docs.some((d) => relative(CORPUS, d.file) === o));
    if (unknown.length) {
      process.stderr.write(`accuracy: not in the corpus: ${unknown.join(', ')}\n`);
      return 2;
    }
    docs = docs.filter((d) => only.includes(relative(CORPUS, d.file)));
  }
  const results = await measure(docs);
  if (againstText) scoreAgainstText(results);
  if (json) {
    const docsOut = results.map((r) => ({
      file: r.file,
      insurer: r.expected.corpus?.insurer,
      generator: r.generator,
      status: r.status,
      refusal: r.refusal,
      error: r.error,
      totals: totals(r.events),
      not_right: r.events.filter((e) => e.outcome !== 'right'),
      warnings: r.warnings,
    }));
    process.stdout.write(`${JSON.stringify({ summary: summarize(results), documents: docsOut }, null, 2)}\n`);
  } else {
    process.stdout.write(`${report(results, verbose)}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`accuracy: ${e.stack ?? e.message}\n`);
      process.exitCode = 1;
    },
  );
}
