import { beforeAll, describe, expect, it } from 'vitest';
import { ctx } from '../settle/test-helpers.js';
import { csvLayout } from './csv.js';
import { loadReaders, settleBatch, type BatchSpec } from './settle-batch.js';

const b = (s: string) => Buffer.from(s, 'utf8');
const claim = (id: string, extra = '') =>
  `{"id":"${id}","product":"eiendeler","date":"2024-03-15","deductible":"1000","sum_insured":"100000","items":[{"description":"PC","category":"it","new_price":"18000","age_years":"3.5"${extra}}]}`;
const run = (text: string, spec: Partial<BatchSpec> = {}, firstLine = 1) => {
  const r = settleBatch(b(text), firstLine, { input: 'ndjson', output: 'csv', ...spec }, ctx());
  return { ...r, text: Buffer.from(r.out).toString('utf8') };
};

beforeAll(async () => {
  await loadReaders('yaml');
  await loadReaders('csv');
});

describe('settleBatch: NDJSON', () => {
  it('one result per claim, in order; blank lines skipped', () => {
    const r = run(`${claim('K-1')}\n\n${claim('K-2')}\r\n  \n`);
    expect(r.text).toBe('K-1,eiendeler,6200.00,,,6200.00,,,\nK-2,eiendeler,6200.00,,,6200.00,,,\n');
    expect([r.claims, r.failed]).toEqual([2, 0]);
  });

  it('error records name the line (counted from firstLine) and the field; the batch goes on', () => {
    const r = run(`${claim('K-1')}\n{"id":"K-2",\n${claim('K-3', ',"bogus":1')}\n${claim('K-4')}\n[1]\n{"product":"eiendeler"}\n`, { output: 'ndjson' }, 11);
    const lines = r.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].payout).toBe('6200.00');
    expect(lines[1]).toEqual({ id: null, error: expect.stringMatching(/^line 12: malformed JSON: /) });
    expect(lines[2]).toEqual({ id: 'K-3', error: expect.stringMatching(/^line 13: claim K-3: items\[0\] \(PC\): bogus: unknown field for eiendeler items/) });
    expect(lines[3].id).toBe('K-4');
    expect(lines[4]).toEqual({ id: null, error: expect.stringMatching(/^line 15: expected a claim mapping/) });
    expect(lines[5]).toEqual({ id: null, error: expect.stringMatching(/^line 16: date: missing/) });
    expect([r.claims, r.failed]).toEqual([6, 4]);
  });

  it('a claim without an id fails: a batch echoes ids', () => {
    const r = run(claim('K-1').replace('"id":"K-1",', ''));
    expect(r.text).toBe(',,,,line 1: id: missing; every claim in a batch needs an id (it is echoed in its result),,,,\n');
  });

  it('a missing fact is an error record (not a guess)', () => {
    const r = run(claim('K-1').replace(',"age_years":"3.5"', ''), { output: 'ndjson' });
    expect(JSON.parse(r.text).error).toMatch(/^line 1: claim K-1: items\[0\] \(PC\): age_years or purchased: missing/);
  });

  it('an error from the engine that names no line gets the claim\'s line and id', () => {
    const r = run('\n{"id":"B-1","product":"bygning","date":"2024-01-01","items":[{"description":"x","cost":"100"}]}', { output: 'ndjson' });
    expect(JSON.parse(r.text).error).toMatch(/^line 2: claim B-1: \S/);
  });

  it('__proto__ keys are refused', () => {
    const r = run(claim('K-1', ',"__proto__":{"x":1}'), { output: 'ndjson' });
    expect(JSON.parse(r.text).error).toMatch(/__proto__: key "__proto__" is not allowed/);
  });

  it('a line that is not UTF-8 is an error record of its own', () => {
    const bytes = Buffer.concat([b(`${claim('K-1')}\n{"id":"`), Buffer.from([0xff, 0xfe]), b(`"}\n${claim('K-3')}\n`)]);
    const r = settleBatch(bytes, 1, { input: 'ndjson', output: 'ndjson' }, ctx());
    const lines = Buffer.from(r.out).toString().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id ?? l.error)).toEqual(['K-1', 'line 2: not UTF-8 text (binary data?)', 'K-3']);
  });

  it('a last line that is not UTF-8, with no line break after it, is a record too (it was lost)', () => {
    for (const tail of [[], [0x0a]]) {
      const bytes = Buffer.concat([b(`${claim('K-1')}\n{"id":"`), Buffer.from([0xff, 0x22, 0x7d, ...tail])]);
      const r = settleBatch(bytes, 1, { input: 'ndjson', output: 'csv' }, ctx());
      expect([r.claims, r.failed]).toEqual([2, 1]);
      expect(Buffer.from(r.out).toString()).toMatch(/\n,,,,line 2: not UTF-8 text \(binary data\?\),,,,\n$/);
    }
  });

  it('a batch larger than one piece of decoding: each line settles as it would alone, with its own line number', () => {
    // ~100 KB: several 16 KB pieces, a line longer than a piece, blank and bad lines on either side of a cut
    const long = claim('K-long').replace('"description":"PC"', `"description":"${'x'.repeat(20_000)}"`);
    const lines: Buffer[] = [];
    for (let i = 0; i < 400; i++) {
      if (i === 200) lines.push(b(long));
      else if (i === 201 || i === 297) lines.push(Buffer.from([0x7b, 0xff, 0x7d]));
      else if (i % 23 === 0) lines.push(b('   '));
      else if (i % 31 === 0) lines.push(b('{"id":"bad",'));
      else lines.push(b(claim(`K-${i}`)));
    }
    const bytes = Buffer.concat(lines.flatMap((l) => [l, b('\n')]));
    expect(bytes.length).toBeGreaterThan(3 * 16_384);
    const spec: BatchSpec = { input: 'ndjson', output: 'ndjson' };
    const whole = Buffer.from(settleBatch(bytes, 7, spec, ctx()).out).toString();
    const alone = lines.map((l, i) => Buffer.from(settleBatch(l, 7 + i, spec, ctx()).out).toString()).join('');
    expect(whole).toBe(alone);
    expect(whole).toContain('"error":"line 208: not UTF-8');
    expect(whole).toContain('"id":"K-long"');
  });

  it('output formats: ndjson lines, json elements (each with ",\\n"), csv rows', () => {
    const one = claim('K-1');
    const nd = run(one, { output: 'ndjson' }).text;
    expect(nd.endsWith('}\n')).toBe(true);
    expect(run(one, { output: 'json' }).text).toBe(`${nd.slice(0, -1)},\n`);
    expect(run(`{"id":"A,1"}`).text).toMatch(/^"A,1",,,,/);
  });

  it('totals and keys when asked', () => {
    const r = run(`${claim('K-1')}\n${claim('K-2')}\nnot json\n`, { totals: true, keys: true });
    expect(r.payout).toBe('12400.00');
    expect(r.ids).toEqual(['K-1', 'K-2', null]);
    expect(r.payouts).toEqual(['6200.00', '6200.00', null]);
  });
});

describe('settleBatch: YAML documents', () => {
  const y = (id: string) => `id: ${id}\nproduct: eiendeler\ndate: 2024-03-15\ndeductible: "1000"\nsum_insured: "100000"\nitems:\n  - {description: PC, category: it, new_price: "18000", age_years: "3.5"}\n`;

  it('one claim per document; lines of errors counted in the stream', () => {
    const text = `---\n${y('K-1')}---\nid: K-2\nproduct: [\n---\n${y('K-3')}---\n${y('K-4').replace('PC', 'PC, new_price: "1"')}`;
    const r = run(text, { input: 'yaml', output: 'ndjson' }, 5);
    const lines = r.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['K-1', null, 'K-3', null]);
    expect(lines[1].error).toMatch(/^line 15: malformed YAML/);
    expect(lines[3].error).toMatch(/^line 31: malformed YAML: Map keys must be unique/);
  });

  it('a document whose only line is not text is an error record, not left out (it was lost)', () => {
    for (const bad of [[0xff], [0x01]]) {
      for (const after of [`---\n${y('K-3')}`, '']) {
        const bytes = Buffer.concat([b(`---\n${y('K-1')}---\nid: "`), Buffer.from(bad), b(`"${after === '' ? '' : '\n'}${after}`)]);
        const r = settleBatch(bytes, 1, { input: 'yaml', output: 'csv' }, ctx());
        const rows = Buffer.from(r.out).toString().trimEnd().split('\n');
        expect(rows[1]).toBe(',,,,line 10: not UTF-8 text (binary data?),,,,');
        expect(rows).toHaveLength(after === '' ? 2 : 3);
      }
    }
  });

  it('an alias bomb fails its document fast; the others settle', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    const t0 = Date.now();
    const r = run(`---\n${bomb}---\n${y('K-2')}`, { input: 'yaml', output: 'ndjson' });
    expect(Date.now() - t0).toBeLessThan(2000);
    const lines = r.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].error).toMatch(/alias/);
    expect(lines[1].id).toBe('K-2');
  });

  it('__proto__ keys are refused', () => {
    const r = run(`---\n${y('K-1')}__proto__: {polluted: true}\n`, { input: 'yaml', output: 'ndjson' });
    expect(JSON.parse(r.text).error).toMatch(/key "__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a document holding a list (a JSON array) gives each element', () => {
    const r = run(`[${claim('K-1')}, ${claim('K-2')}]`, { input: 'yaml' });
    expect(r.text).toBe('K-1,eiendeler,6200.00,,,6200.00,,,\nK-2,eiendeler,6200.00,,,6200.00,,,\n');
  });
});

describe('settleBatch: CSV rows', () => {
  const header = 'id,product,date,deductible,sum_insured,description,category,new_price,age_years,repair_cost';
  const csv = csvLayout(header.split(','), ',', 'c.csv');
  const runCsv = (text: string) => run(text, { input: 'csv', output: 'ndjson', csv }, 2);

  it('rows of one claim are its items', () => {
    const r = runCsv('K-1,eiendeler,2024-03-15,1000,100000,PC,it,18000,3.5,\nK-1,,,,,"Drill, stor",elektrisk,4000,2,\nK-2,eiendeler,2024-03-15,1000,100000,PC,it,18000,3.5,\n');
    const lines = r.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.payout])).toEqual([
      ['K-1', '10200.00'],
      ['K-2', '6200.00'],
    ]);
  });

  it('a malformed row is an error record and ends the claim before it', () => {
    const r = runCsv('K-1,eiendeler,2024-03-15,1000,100000,PC,it,18000,3.5,\nK-2,eiendeler,2024-03-15,1000,100000,P"C,it,1,1,\nK-3,eiendeler,2024-03-15,1000,100000,PC,it,18000,3.5,\nK-3,eiendeler\n');
    const lines = r.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].id).toBe('K-1');
    expect(lines[1]).toEqual({ id: 'K-2', error: expect.stringMatching(/^line 3: claim K-2: malformed CSV: a quote inside a cell that does not start with one/) });
    expect(lines[2]).toEqual({ id: 'K-3', error: 'line 5: claim K-3: 2 cells, the header has 10' });
  });

  it('contradicting claim columns name the claim, row and column', () => {
    const r = runCsv('K-1,eiendeler,2024-03-15,1000,100000,PC,it,18000,3.5,\nK-1,eiendeler,2024-03-16,1000,100000,PC,it,18000,3.5,\n');
    expect(JSON.parse(r.text)).toEqual({ id: 'K-1', error: 'line 3: claim K-1: column date: "2024-03-16" differs from "2024-03-15" on line 2, the claim\'s first row (a claim\'s columns must repeat or be empty)' });
  });
});
