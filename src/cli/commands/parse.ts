import type { Command } from 'commander';
import { addOutputOptions } from '../common.js';

export function registerParse(program: Command): void {
  const cmd = program
    .command('parse')
    .argument('<file>', 'policy document: PDF or text (UTF-8 or Windows-1252); - reads stdin')
    .description('policy document (forsikringsbevis, renewal letter) → policy model (YAML or JSON)')
    .option('--trace', 'add a trace: the page, line and text each value was read from')
    .option('--strict', 'exit 1 when the document has warnings (relevant lines that could not be read), for CI');
  addOutputOptions(cmd, ['yaml', 'json'], false);
  cmd.addHelpText(
    'after',
    `
The model is described in \`man skadekalk\` and by schema/policy.schema.json in
the package. Lines that look relevant but could not be read are listed under
warnings, with their page and line; with --strict they make the exit code 1
(the model is still written).

Examples:
  $ skadekalk parse forsikringsbevis.pdf
  $ skadekalk parse forsikringsbevis.pdf --format json -o polise.json
  $ skadekalk parse fornyelsesbrev.txt --trace`,
  );
  cmd.action(async (file: string, _opts, c: Command) => (await import('./parse.run.js')).run(file, c));
}
