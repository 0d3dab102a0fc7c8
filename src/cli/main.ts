/**
 * The command-line entry: builds the commander program, runs it, and is the one place that
 * turns errors into exit codes (DESIGN §1):
 *   0 success · 1 a check found discrepancies · 2 usage error or invalid input.
 * Messages are one line on stderr, `skadekalk: …`; a stack trace only with --debug.
 * An unexpected internal failure exits 70 (EX_SOFTWARE) so a script never mistakes a bug for
 * a discrepancy (1) or for bad input (2).
 *
 * Command modules here only declare options; each action imports its implementation on demand,
 * so start-up never pays for YAML, chalk, the PDF stack or the settlement engine.
 */
import { Command, CommanderError } from 'commander';
import { SkadekalkError } from '../core/errors.js';
import { isStrayPdfJsRejection } from '../parse/pdf-errors.js';
import { writeFd } from './io.js';
import { registerG } from './commands/g.js';
import { registerNaturskade } from './commands/naturskade.js';
import { registerParams } from './commands/params.js';
import { registerParse } from './commands/parse.js';
import { registerSettle } from './commands/settle.js';
import { registerRenewal } from './commands/renewal.js';
import { registerTerms } from './commands/terms.js';

export const VERSION: string = typeof __SKADEKALK_VERSION__ === 'string' ? __SKADEKALK_VERSION__ : '0.0.0-dev';

export const EXIT_INTERNAL = 70;

export type Commands = Record<string, (program: Command) => void>;

/** The commands, in the order `--help` lists them. */
const COMMANDS: Commands = {
  parse: registerParse,
  settle: registerSettle,
  renewal: registerRenewal,
  naturskade: registerNaturskade,
  g: registerG,
  params: registerParams,
  terms: registerTerms,
};

/** The command an argument list names: its first word that is not an option (the program's options take no value). */
function namedCommand(argv: string[], commands: Commands): string | undefined {
  for (const a of argv.slice(2)) if (!a.startsWith('-')) return Object.hasOwn(commands, a) ? a : undefined;
  return undefined;
}

/**
 * The program. Declaring a command costs ~2 M instructions of cold commander code, so when the
 * arguments name a command only that one is declared (commander runs it all the same); without
 * one (`--help`, `--version`, `help`, a typo) all are, for the list and the suggestions.
 */
export function buildProgram(argv: string[], commands: Commands): Command {
  const program = new Command('skadekalk');
  program
    .description(
      'Claims calculator and policy-document parser for Norwegian non-life insurance:\n' +
        'policy documents → policy model (YAML), settlements, renewal checks, naturskade premiums.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .option('--no-color', 'no colour in text output (NO_COLOR is honoured too)')
    .option('--debug', 'print a stack trace with errors')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (str) => writeFd(1, str),
      writeErr: (str) => writeFd(2, str),
      outputError: (str, write) => write(`skadekalk: ${str.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ skadekalk parse samples/fornyelse-naering.txt
  $ skadekalk settle samples/claims/eiendeler.yaml
  $ skadekalk renewal --from samples/forsikringsbevis-naering.txt --letter samples/fornyelse-naering-2026.txt
  $ skadekalk naturskade --sum 52600000 --year 2025
  $ skadekalk g 4,5 --date 2024-06-01
  $ skadekalk params g

Exit codes: 0 success · 1 a check found discrepancies · 2 usage error or invalid input.`,
    );
  const named = namedCommand(argv, commands);
  for (const [name, register] of Object.entries(commands)) if (named === undefined || name === named) register(program);
  return program;
}

/** Run the CLI; returns the exit code. */
export function main(argv: string[]): Promise<number> {
  return runCli(argv, COMMANDS);
}

/**
 * Run a CLI of the given commands. The build also bundles one CLI per command (scripts/build.mjs:
 * `runCli(argv, { parse: registerParse })`), which bin/skadekalk.js loads when the arguments name
 * that command: it then reads and deserialises none of the other commands' code.
 */
export async function runCli(argv: string[], commands: Commands): Promise<number> {
  const debug = argv.includes('--debug');
  process.on('unhandledRejection', (reason) => {
    if (isStrayPdfJsRejection(reason)) return; // see src/parse/pdf-errors.ts
    throw reason;
  });
  const program = buildProgram(argv, commands);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    return report(e, debug);
  }
}

function report(e: unknown, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code === 'commander.executeSubCommandAsync') return 0;
    // commander has already written its one-line message through outputError
    if (debug) writeFd(2, `${e.stack}\n`);
    return 2;
  }
  if (e instanceof SkadekalkError) {
    writeFd(2, `skadekalk: ${e.message}\n`);
    if (debug) writeFd(2, `${e.stack}\n`);
    return e.exitCode;
  }
  const err = e as Error;
  writeFd(2, `skadekalk: internal error: ${err?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && err?.stack) writeFd(2, `${err.stack}\n`);
  return EXIT_INTERNAL;
}
