import type { Command } from 'commander';
import { addOutputOptions } from '../common.js';

export function registerParams(program: Command): void {
  const cmd = program
    .command('params')
    .argument('[name]', 'a table: g, naturskade or index (default: list the tables)')
    .description('the built-in dated parameter tables and their sources');
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ skadekalk params
  $ skadekalk params g --format json
  $ skadekalk params naturskade --params mine-satser.yaml`,
  );
  cmd.action(async (name: string | undefined, _opts, c: Command) => (await import('./params.run.js')).run(name, c));
}
