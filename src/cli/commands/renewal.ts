import type { Command } from 'commander';
import { addOutputOptions } from '../common.js';

const collect = (v: string, acc: string[]): string[] => [...acc, v];

export function registerRenewal(program: Command): void {
  const cmd = program
    .command('renewal')
    .description(
      'renewal projection: what the new schedule should state after the letter\'s index rates, deductible changes and natural-damage rate;\n' +
        'with --to, a check of the new schedule (exit 1 when it does not follow the letter)',
    )
    .requiredOption('--from <file>', 'the schedule (forsikringsbevis) in force before the renewal: PDF, text or policy YAML')
    .option('--letter <file>', 'the renewal letter («Nyheter og endringer»): index rates, natural-damage rate, deductible changes (without it: the parameter tables)')
    .option('--to <file>', 'the new schedule to check against the projection')
    .option('--date <date>', 'the renewal date (default: the letter\'s, else the new schedule\'s, else one year after the old schedule\'s)')
    .option('--index-class <name=class>', 'index class of a row the table cannot classify, e.g. "Kunstsamling=maskin_losore" (bygninger, maskin_losore, varer, innbo, none); repeatable', collect, [])
    .option('--index-first-risk', 'index first-risk sums too (they are not indexed by default)')
    .option('--force', 'compare documents of different policy numbers, or dates that do not follow each other (a warning instead of an error)');
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ skadekalk renewal --from forsikringsbevis.pdf --letter fornyelsesbrev.pdf
  $ skadekalk renewal --from forsikringsbevis.pdf --letter fornyelsesbrev.pdf \\
      --to nytt-forsikringsbevis.pdf --format json
  $ skadekalk renewal --from yrkesskade-bevis.pdf --to nytt-yrkesskade-bevis.pdf

Exit codes: 0 no discrepancy (or no --to) · 1 the new schedule has
discrepancies (the report is still written) · 2 usage error or invalid input.`,
  );
  cmd.action(async (_opts, c: Command) => (await import('./renewal.run.js')).run(c));
}
