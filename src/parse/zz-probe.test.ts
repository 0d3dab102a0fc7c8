import { expect, it } from 'vitest';
import { productWithPremium } from './g-items.js';
import { buildUnits } from './units.js';
import { textToSource } from './text.js';
it('probe', () => {
  for (const t of ['Yrkesskade Pluss – kr 41 220 per år', 'Ulykke fritid – kr 8 740 per år', 'Gruppeliv – kr 12 905 per år', 'Behandlingsforsikring – kr 18 630 per år']) {
    const u = buildUnits(textToSource(t + '\n', 'd.txt', '0'.repeat(64)).lines)[0]!;
    console.log(JSON.stringify({ t, row: u.row, bullet: u.bullet, label: u.label, heading: u.heading, product: u.product }), productWithPremium(u));
  }
});
