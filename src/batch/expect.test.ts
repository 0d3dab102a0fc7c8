import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExpectCheck, describeDifference, readExpected } from './expect.js';

const dir = mkdtempSync(join(tmpdir(), 'skadekalk-expect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const payouts = async (name: string, content: string) => {
  const e = await readExpected(file(name, content));
  return [...e.entries].map(([id, v]) => [id, v.text]);
};

describe('reading expected results', () => {
  it('from a previous NDJSON run (results and error records)', async () => {
    const nd = '{"id":"K-1","product":"eiendeler","payout":"100.00","steps":[],"notes":[]}\n{"id":"K-2","error":"line 2: …"}\n{"id":null,"error":"line 3: malformed JSON"}\n';
    expect(await payouts('prev.ndjson', nd)).toEqual([
      ['K-1', '100.00'],
      ['K-2', 'an error'],
    ]);
  });

  it('from CSV (a previous csv run, or any id,payout table; ; works too)', async () => {
    expect(await payouts('e.csv', 'id,product,payout,recourse,error\nK-1,eiendeler,100.00,,\nK-2,,,,"line 2: x"\n')).toEqual([
      ['K-1', '100.00'],
      ['K-2', 'an error'],
    ]);
    expect(await payouts('e2', 'id;payout\nK-1;48000\n')).toEqual([['K-1', '48000.00']]);
  });

  it('from a JSON array or YAML (documents or a list); payouts as numbers or Norwegian amounts', async () => {
    expect(await payouts('e.json', '[{"id":"K-1","payout":100},{"id":"K-2","payout":"1 234,5"}]')).toEqual([
      ['K-1', '100.00'],
      ['K-2', '1234.50'],
    ]);
    expect(await payouts('e.yaml', '- {id: K-1, payout: "100"}\n- {id: K-2, payout: "7"}\n')).toEqual([
      ['K-1', '100.00'],
      ['K-2', '7.00'],
    ]);
    expect(await payouts('e3.yaml', '---\nid: K-1\npayout: "1"\n---\nid: K-2\npayout: "2"\n')).toHaveLength(2);
  });

  it('refuses a record without id or payout, a duplicate id, __proto__ keys', async () => {
    await expect(readExpected(file('a.ndjson', '{"payout":"1"}\n'))).rejects.toThrow(/a\.ndjson: line 1: id: missing/);
    await expect(readExpected(file('b.ndjson', '{"id":"K-1"}\n'))).rejects.toThrow(/line 1: id K-1: payout: missing/);
    await expect(readExpected(file('c.ndjson', '{"id":"K-1","payout":"1"}\n{"id":"K-1","payout":"2"}\n'))).rejects.toThrow(/line 2: id K-1 appears twice/);
    await expect(readExpected(file('d.json', '[{"id":"K-1","payout":"1","__proto__":{}}]'))).rejects.toThrow(/"__proto__" is not allowed/);
    await expect(readExpected(file('e.ndjson', '{"id":"K-1","payout":"-1"}\n'))).rejects.toThrow(/payout/);
  });
});

describe('comparing', () => {
  const expected = async () => readExpected(file('x.ndjson', '{"id":"A","payout":"100"}\n{"id":"B","payout":"50.5"}\n{"id":"C","error":"x"}\n{"id":"D","payout":"1"}\n'));

  it('all as expected: no differences (decimals compared as numbers)', async () => {
    const c = new ExpectCheck(await expected());
    for (const [id, p] of [['A', '100.00'], ['B', '50.50'], ['C', null], ['D', '1.00']] as const) c.see(id, p);
    expect(c.finish()).toEqual([]);
  });

  it('every kind of difference, in result order, then the missing ones', async () => {
    const c = new ExpectCheck(await expected());
    c.see('A', '99.00');
    c.see('B', null);
    c.see('C', '5.00');
    c.see('E', '7.00');
    c.see('A', '100.00');
    c.see(null, null);
    expect(c.finish().map(describeDifference)).toEqual([
      'A: expected 100.00, got 99.00',
      'B: expected 50.50, got an error record',
      'C: expected an error, got 5.00',
      'E: not in the expected file, got 7.00',
      'A: twice in the results (again 100.00)',
      'D: expected 1.00, missing from the results',
    ]);
  });
});
