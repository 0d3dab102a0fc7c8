import type { Command } from 'commander';
import { addOutputOptions } from '../common.js';

const collect = (value: string, previous: string[] = []): string[] => previous.concat([value]);

export function registerTerms(program: Command): void {
  const cmd = program
    .command('terms')
    .argument('[terms]', 'built-in terms NAME, or a terms FILE (YAML or JSON); without it: list the built-in terms')
    .description('the settlement terms (vilkår as data): list, show, or read them from a conditions document')
    .option('--from <document>', 'read the terms from a conditions document (PDF or text; - reads stdin); repeat for several documents', collect)
    .option('--base <terms>', 'with --from: the terms NAME or FILE that gives what the documents do not state (default: gjensidige-naering-2024)')
    .option('--name <name>', 'with --from: the name of the terms written (default: from the document\'s file name)')
    .option('--insurer <insurer>', 'with --from: the insurer, when the document does not name it')
    .option('--strict', 'with --from: exit 1 when a relevant line could not be read (the terms are still written)');
  addOutputOptions(cmd, ['text', 'yaml', 'json'], false, null, 'output format (default: text; yaml with --from)');
  cmd.addHelpText(
    'after',
    `
Terms are the numbers and tables of one insurer's conditions that settle applies — age-deduction
tables, thresholds, deductible rules, deadlines, sub-limits, VAT rules — each with the clause and
document it comes from. They are described by schema/terms.schema.json.

With --from, the tables a person reads in a conditions document (age deductions, deductibles, the
odometer table, limits) are read into a terms file; everything the document does not state is
taken from --base. Lines that look relevant but could not be read are listed under warnings.

Examples:
  $ skadekalk terms
  $ skadekalk terms gjensidige-naering-2024
  $ skadekalk terms gjensidige-naering-2024 --format yaml -o mine-vilkar.yaml
  $ skadekalk terms --from vilkar.txt --name fremtind-innbo -o innbo.yaml`,
  );
  cmd.action(async (terms: string | undefined, _opts, c: Command) => (await import('./terms.run.js')).run(terms, c));
}
