import type { Command } from 'commander';
import { addOutputOptions } from '../common.js';

export function registerSettle(program: Command): void {
  const cmd = program
    .command('settle')
    .argument('[claim]', 'the claim: a YAML or JSON file, or - for stdin')
    .description('settlement (erstatningsoppgjør) of one claim: every step with the clause it comes from')
    .option('--policy <file>', 'policy YAML whose coverage supplies the deductible and sum insured the claim does not state')
    .option('--g-from-policy', "yrkesskade: use the policy's stated G (base_amount_g) instead of the G on the settlement date");
  addOutputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ skadekalk settle samples/claims/eiendeler.yaml
  $ skadekalk settle samples/claims/bygning.yaml --format json
  $ skadekalk settle claim.json --policy polise.yaml -o oppgjor.txt
  $ cat claim.yaml | skadekalk settle -

Products: eiendeler, bygning, motorvogn, fritidsbat, arbeidsmaskin, driftstap, ansvar,
yrkesskade, behandling (the claim format is in the README, section «settle»).`,
  );
  cmd.action(async (claim: string | undefined, _opts, c: Command) => (await import('./settle.run.js')).run(claim, c));
}
