/**
 * The command-line entry: builds the commander program, runs it, and is the one place that
 * turns errors into exit codes:
 *   0 success · 1 a check found discrepancies · 2 usage error or invalid input (no command at
 *   all, `help` of a command that does not exist, as well).
 * Messages are one line on stderr, `skadekalk: …`; a stack trace only with --debug (naming the
 * TypeScript files and lines: bin/skadekalk.js turns source maps on for it).
 * An unexpected internal failure exits 70 (EX_SOFTWARE) so a script never mistakes a bug for
 * a discrepancy (1) or for bad input (2).
 *
 * Command modules here only declare options; each action imports its implementation on demand,
 * so start-up never pays for YAML, chalk, the PDF stack or the settlement engine.
 */
import { Command, CommanderError } from 'commander';
import { SkadekalkError } from '../core/errors.js';
import { isStrayPdfJsRejection } from '../parse/pdf-errors.js';
import { escapeControls, fitToWidth } from '../render/text.js';
import { mayBeTerminal, widthFromEnv } from './style.js';
import { writeFd } from './output.js';
import { registerG } from './commands/g.js';
import { registerNaturskade } from './commands/naturskade.js';
import { registerParams } from './commands/params.js';
import { registerParse } from './commands/parse.js';
import { registerSettle } from './commands/settle.js';
import { registerRenewal } from './commands/renewal.js';
import { registerTerms } from './commands/terms.js';
import { registerCompletion } from './commands/completion.js';

export const VERSION: string = typeof __SKADEKALK_VERSION__ === 'string' ? __SKADEKALK_VERSION__ : '0.0.0-dev';

export const EXIT_INTERNAL = 70;

export type Commands = Record<string, (program: Command) => void>;

/** The commands, in the order `--help` lists them. */
export const COMMANDS: Commands = {
  parse: registerParse,
  settle: registerSettle,
  renewal: registerRenewal,
  naturskade: registerNaturskade,
  g: registerG,
  params: registerParams,
  terms: registerTerms,
  completion: registerCompletion,
};

/** Commands that read the whole program (its commands and options), so all are declared for them. */
const WHOLE_PROGRAM = new Set(['completion']);

/** The command an argument list names: its first word that is not an option (the program's options take no value). */
function namedCommand(argv: string[], commands: Commands): string | undefined {
  for (const a of argv.slice(2)) if (!a.startsWith('-')) return Object.hasOwn(commands, a) && !WHOLE_PROGRAM.has(a) ? a : undefined;
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
    .version(`skadekalk ${VERSION}`, '-V, --version', 'print the version')
    .option('--no-color', 'no colour in text output (also NO_COLOR, TERM=dumb; FORCE_COLOR forces it)')
    .option('--debug', 'print a stack trace (TypeScript files and lines) with errors')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      // the help is text for people: it fits the terminal (commander wraps its own part; the
      // examples and notes are written to fit 80 columns, and wrap on a narrower terminal)
      writeOut: (str) => writeFd(1, fitToWidth(str, helpWidth(1))),
      writeErr: (str) => writeFd(2, fitToWidth(str, helpWidth(2))),
      getOutHelpWidth: () => helpWidth(1),
      getErrHelpWidth: () => helpWidth(2),
      // an error is one line, however long
      outputError: (str) => writeFd(2, `skadekalk: ${escapeControls(str.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim())}\n`),
    })
    .addHelpText(
      'after',
      `
Examples (forsikringsbevis.pdf, skade.yaml …: your own documents and claims):
  $ skadekalk parse forsikringsbevis.pdf -o polise.yaml
  $ skadekalk settle skade.yaml --policy polise.yaml
  $ skadekalk renewal --from forsikringsbevis.pdf --letter fornyelsesbrev.pdf
  $ skadekalk naturskade --sum 52600000 --year 2025
  $ skadekalk g 4,5 --date 01.06.2024
  $ skadekalk params g

Exit codes: 0 success · 1 a check found discrepancies · 2 usage error or
invalid input. The manual: \`man skadekalk\`, and the docs/ folder of the package.`,
    );
  const named = namedCommand(argv, commands);
  for (const [name, register] of Object.entries(commands)) if (named === undefined || name === named) register(program);
  return program;
}

/**
 * The width of the help on stdout (1) or stderr (2): the terminal's, else COLUMNS, else 80. The
 * stream objects (and their ~3 ms of machinery) are made only when the fd can be a terminal.
 */
function helpWidth(fd: 1 | 2): number {
  if (!mayBeTerminal(fd)) return widthFromEnv();
  const stream = fd === 1 ? process.stdout : process.stderr;
  return stream.isTTY && stream.columns > 0 ? stream.columns : widthFromEnv();
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
  const help = helpOfUnknown(argv, program);
  if (help !== undefined) {
    writeFd(2, `skadekalk: ${help}\n`);
    return 2;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    return report(e, debug);
  }
}

/** `help NAME` of a command that does not exist: the message (commander would show the program's help and exit 0). */
function helpOfUnknown(argv: string[], program: Command): string | undefined {
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  if (words[0] !== 'help' || words[1] === undefined) return undefined;
  const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
  if (names.includes(words[1])) return undefined;
  return `help: unknown command '${words[1]}'; the commands are ${names.join(', ')}`;
}

function report(e: unknown, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    // the help, asked for (`help`: 0), or shown on stderr because no command was given (2)
    if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : 2;
    if (e.code === 'commander.executeSubCommandAsync') return 0;
    // commander has already written its one-line message through outputError; it names its errors
    // after their class, which the parse bundle's minifier renamed (scripts/build.mjs, keepNames)
    e.name = 'CommanderError';
    if (debug) writeFd(2, `${e.stack}\n`);
    return 2;
  }
  // a message can quote input (a claim id, a field): its control characters are shown escaped
  if (e instanceof SkadekalkError) {
    writeFd(2, `skadekalk: ${escapeControls(e.message)}\n`);
    if (debug) writeFd(2, `${e.stack}\n`);
    return e.exitCode;
  }
  const err = e as Error;
  writeFd(2, `skadekalk: internal error: ${escapeControls(err?.message ?? String(e))}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && err?.stack) writeFd(2, `${err.stack}\n`);
  return EXIT_INTERNAL;
}
