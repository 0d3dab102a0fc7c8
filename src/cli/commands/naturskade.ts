import type { Command } from 'commander';
import { addOutputOptions } from '../common.js';

const collect = (v: string, acc: string[]): string[] => [...acc, v];

export function registerNaturskade(program: Command): void {
  const cmd = program
    .command('naturskade')
    .description('natural-damage premium (naturskadepremie): fire sum × rate ‰, per object and in total')
    .option('--sum <amount>', 'a fire sum (brannforsikringssum), e.g. 52600000 or "52 600 000"; repeatable', collect, [])
    .option('--objects <file>', 'YAML or CSV list of objects, each with name and fire_sum')
    .option('--year <year>', 'premium year: the rate comes from the parameter table (default: this year)')
    .option('--rate <permille>', 'rate in promille, e.g. 0,07 (instead of the table)')
    .option('--policy <file>', 'policy YAML from `skadekalk parse`, or a policy document (PDF/text): its property sums, and its natural-damage rate when no --rate/--year is given');
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ skadekalk naturskade --sum 52600000 --rate 0,07
  $ skadekalk naturskade --sum 52600000 --sum 8500000 --year 2025 --format json
  $ skadekalk naturskade --objects objekter.csv --year 2024
  $ skadekalk naturskade --policy forsikringsbevis.pdf
  $ skadekalk naturskade --policy fornyelsesbrev.pdf --sum 52600000`,
  );
  cmd.action(async (_opts, c: Command) => (await import('./naturskade.run.js')).run(c));
}
