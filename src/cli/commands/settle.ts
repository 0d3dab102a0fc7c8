import { Option, type Command } from 'commander';
import { addOutputOptions } from '../common.js';

export function registerSettle(program: Command): void {
  const cmd = program
    .command('settle')
    .argument('[claim]', 'the claim: a YAML or JSON file, or - for stdin')
    .description('settlement (erstatningsoppgjør) of one claim, or of many with --batch: every step with the clause it comes from')
    .option('--batch <file>', 'settle many claims (NDJSON, multi-document YAML or CSV; - for stdin): one result per claim, streamed in input order')
    .addOption(new Option('--input-format <format>', 'format of the --batch input (default: from the file name, else from its content)').choices(['ndjson', 'yaml', 'csv']))
    .option('-j, --jobs <n>', 'with --batch: settle on N worker threads (the output order is kept)', '1')
    .option('--csv-sep <sep>', 'with --format csv: the separator between cells, "," (default) or ";" (what Norwegian spreadsheets open directly)')
    .option('--no-progress', 'with --batch: no progress bar on stderr (there is none when stderr is not a terminal)')
    .option('--expect <file>', 'compare the payouts per id with FILE (NDJSON, JSON, YAML or CSV records with id and payout); differences on stderr, exit 1')
    .option('--policy <file>', 'policy YAML whose coverage supplies the deductible and sum insured the claim does not state')
    .option('--previous <file>', 'an earlier result of the claim (JSON/YAML; with --batch, earlier results by id): show what it paid, the difference, and what is due now')
    .option('--g-from-policy', "yrkesskade: use the policy's stated G (base_amount_g) instead of the G on the settlement date");
  addOutputOptions(cmd, ['text', 'yaml', 'json', 'ndjson', 'csv'], true, null, 'output format: text (default), yaml, json, ndjson, csv; with --batch ndjson (default), csv or json');
  cmd.addHelpText(
    'after',
    `
Examples:
  $ skadekalk settle skade.yaml
  $ skadekalk settle skade.yaml --format json
  $ skadekalk settle skade.yaml --policy polise.yaml -o oppgjor.txt
  $ cat skade.yaml | skadekalk settle -
  $ skadekalk settle --batch skader.ndjson --format csv
  $ skadekalk settle --batch skader.csv --jobs 2 -o resultater.ndjson
  $ skadekalk settle --batch skader.ndjson --expect forventet.csv > /dev/null
  $ skadekalk settle skade.yaml --previous oppgjor-1.json --format json

Products: eiendeler, bygning, motorvogn, fritidsbat, arbeidsmaskin, driftstap,
ansvar, yrkesskade, behandling. The claim format: \`man skadekalk\`, or
docs/claims.md in the package.

--batch: a claim that cannot be settled becomes an error record
{"id": …, "error": "line N: …"} and the run goes on; the exit code is then 2,
with one line on stderr saying how many failed.
--expect: differences are listed on stderr (stdout keeps the results); exit 1
when any.
--previous: the earlier result is read, never changed; the new result adds
previous, difference and due_now (or overpaid), and the statement ends with
«Tidligere utbetalt» and «Til utbetaling nå».`,
  );
  cmd.action(async (claim: string | undefined, _opts, c: Command) => (await import('./settle.run.js')).run(claim, c));
}
