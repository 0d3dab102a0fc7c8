import type { Command } from 'commander';
import { addOutputOptions } from '../common.js';

export function registerG(program: Command): void {
  const cmd = program
    .command('g')
    .argument('<multiple>', 'a multiple of G, e.g. 4,5 (or "4,5 G")')
    .description('G amounts: the grunnbeløp in force on a date × a multiple')
    .option('--date <date>', 'the date whose G applies, e.g. 2024-06-01 or 01.06.2024 (default: today)');
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ skadekalk g 4,5 --date 01.06.2024
  $ skadekalk g 30 --date 2023-01-15 --format json`,
  );
  cmd.action(async (multiple: string, _opts, c: Command) => (await import('./g.run.js')).run(multiple, c));
}
