import { describe, expect, it } from 'vitest';
import { claimFromRows, csvLayout, groupId, groupRows, type CsvRow } from './csv.js';

const layout = (header: string) => csvLayout(header.split(','), ',', 'claims.csv');
const rows = (...lines: string[]): CsvRow[] => lines.map((l, i) => ({ fields: l.split(','), line: i + 2 }));

describe('CSV header', () => {
  it('names columns in any case, trimmed', () => {
    expect(layout(' ID ,Product,item_Description').columns).toEqual(['id', 'product', 'item_description']);
  });

  it('needs an id column', () => {
    expect(() => layout('product,date')).toThrow(/claims\.csv: line 1: the header has no id column \(found: product, date\)/);
  });

  it('refuses duplicate, empty and prototype column names', () => {
    expect(() => layout('id,date,Date')).toThrow(/column 3: column "date" appears twice/);
    expect(() => layout('id,,date')).toThrow(/column 2: the header has an empty column name/);
    expect(() => layout('id,__proto__')).toThrow(/"__proto__" is not allowed/);
    expect(() => layout('id,item___proto__')).toThrow(/is not allowed/);
    expect(() => layout('id,rent_loss.constructor')).toThrow(/is not allowed/);
  });
});

describe('CSV rows → claims', () => {
  const l = layout('id,product,date,deductible,description,category,new_price,item_age_years,rent_loss.months');

  it('groups consecutive rows with the same id; an empty id is a claim of its own', () => {
    const r = rows('K-1,a', 'K-1,b', 'K-2,c', ',d', ',e', 'K-1,f');
    const groups = groupRows(r, layout('id,x'));
    expect(groups.map((g) => g.map((x) => x.fields[1]))).toEqual([['a', 'b'], ['c'], ['d'], ['e'], ['f']]);
    expect(groups.map((g) => groupId(g, layout('id,x')))).toEqual(['K-1', 'K-2', null, null, 'K-1']);
  });

  it('claim columns from the first row; one item per row; item_ prefix; empty cells left out', () => {
    const claim = claimFromRows(rows('K-1,eiendeler,2024-03-15,15000,PC,it,18000,3.5,', 'K-1,,,,Drill,elektrisk,4200,,'), l);
    expect(claim).toEqual({
      id: 'K-1',
      product: 'eiendeler',
      date: '2024-03-15',
      deductible: '15000',
      items: [
        { description: 'PC', category: 'it', new_price: '18000', age_years: '3.5' },
        { description: 'Drill', category: 'elektrisk', new_price: '4200' },
      ],
    });
  });

  it('nested claim fields with a dot', () => {
    const claim = claimFromRows(rows('K-1,bygning,2024-03-15,,Tak,,,,6'), l);
    expect(claim.rent_loss).toEqual({ months: '6' });
  });

  it('a claim column that differs between rows is an error naming both lines', () => {
    expect(() => claimFromRows(rows('K-1,eiendeler,2024-03-15,15000,PC,it,1,,', 'K-1,eiendeler,2024-03-15,20000,Drill,it,1,,'), l)).toThrow(
      'line 3: column deductible: "20000" differs from "15000" on line 2',
    );
  });

  it('a row with a different number of cells is an error', () => {
    expect(() => claimFromRows([{ fields: ['K-1', 'eiendeler'], line: 7 }], l)).toThrow('line 7: 2 cells, the header has 9');
  });

  it('a name that is a claim field of the product stays on the claim, else an item field', () => {
    // behandling items have a date too: a plain `date` is the claim's, `item_date` the item's
    const lb = layout('id,product,date,item_date,treatment,cost');
    expect(claimFromRows(rows('K-1,behandling,2024-02-01,2024-01-20,fysioterapeut,900'), lb)).toEqual({
      id: 'K-1',
      product: 'behandling',
      date: '2024-02-01',
      items: [{ date: '2024-01-20', treatment: 'fysioterapeut', cost: '900' }],
    });
  });

  it('a product without items: its columns on the claim (driftstap)', () => {
    const ld = layout('id,product,date,daily_loss,days,description');
    expect(claimFromRows(rows('K-1,driftstap,2024-02-01,10000,5,'), ld)).toEqual({ id: 'K-1', product: 'driftstap', date: '2024-02-01', daily_loss: '10000', days: '5' });
  });
});
