import type { Command } from 'commander';
import { CheckFailed, InputError } from '../../core/errors.js';
import { NotAPolicyError } from '../../parse/extract.js';
import { parsePolicyDocument } from '../../parse/parse.js';
import { allOptions, serialise, type OutputOptions } from '../common.js';
import { readInput } from '../io.js';
import { checkOutputPath, deliver } from '../output.js';

interface Opts extends OutputOptions {
  trace?: boolean;
  strict?: boolean;
}

export async function run(file: string, cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output, [file]);
  const input = readInput(file, 'policy document');
  const policy = await parsePolicyDocument(input.data, input.name, { trace: opts.trace === true }).catch((e: unknown) => {
    // conditions are terms, read by their own command: say where, rather than only what is missing
    if (e instanceof NotAPolicyError && e.conditions) {
      throw new InputError(`${e.detail}; it reads like insurance conditions (vilkår): read their tables with \`skadekalk terms --from ${file}\``, e.location);
    }
    throw e;
  });
  deliver(await serialise(policy, opts.format), opts.output);
  // --strict: warnings are a failed check (exit 1), after the model is written
  const n = policy.warnings.length;
  if (opts.strict && n > 0) throw new CheckFailed(`parse --strict: ${input.name}: ${n} warning${n === 1 ? '' : 's'} (relevant lines that could not be read)`);
}
