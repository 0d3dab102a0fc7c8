/**
 * What every command shares: the output options (--format, -o), --params, dates and years typed as
 * options, and serialisation of machine output. What only the calculators need (the parameter
 * tables, amounts as Decimal) is in src/cli/calc-options.ts, so that `parse` loads neither
 * decimal.js nor the tables.
 */
import { Option, type Command } from 'commander';
import { InputError, UsageError } from '../core/errors.js';
import { parseDate, type IsoDate } from '../core/norsk-text.js';
import { colourLevel, widthFromEnv, loadStyle, outputWidth, plainStyle, type Style } from './style.js';

export type Format = 'text' | 'yaml' | 'json' | 'ndjson' | 'csv';

export interface OutputOptions {
  format: Format;
  output?: string;
  params?: string;
  color?: boolean;
}

/**
 * Add --format (with the formats this command has), -o and --params. `defaultFormat` null: the
 * command picks the default itself (settle: text, or ndjson with --batch), `help` says which.
 */
export function addOutputOptions(cmd: Command, formats: Format[] = ['text', 'yaml', 'json'], params = true, defaultFormat: Format | null = formats[0]!, help = 'output format'): Command {
  const format = new Option('-f, --format <format>', help).choices(formats);
  cmd.addOption(defaultFormat === null ? format : format.default(defaultFormat));
  cmd.option('-o, --output <file>', 'write the result to FILE (atomically) instead of stdout');
  if (params) cmd.option('--params <file>', 'YAML file that overrides or extends the built-in parameter tables');
  return cmd;
}

/** The options of this command merged with the program's (--no-color, --debug). */
export function allOptions<T>(cmd: Command): T {
  return cmd.optsWithGlobals() as T;
}

/**
 * The style of text for people: colour only for text on stdout (settle's format has no default:
 * text is its default for one claim); the terminal's width there, and for a file COLUMNS or 80.
 */
export async function styleFor(opts: { color?: boolean; format?: Format; output?: string }): Promise<Style> {
  const toFile = opts.output !== undefined && opts.output !== '-';
  const text = (opts.format ?? 'text') === 'text';
  const width = toFile ? widthFromEnv() : await outputWidth();
  return loadStyle(text && !toFile ? await colourLevel(opts.color) : 0, width);
}

/**
 * Text for people, ready to deliver: rendered in the style of styleFor, every control character
 * of its content shown escaped (the colour codes of the style kept), no line wider than the width.
 */
export async function textOutput(opts: { color?: boolean; format?: Format; output?: string }, render: (s: Style) => string): Promise<string> {
  const s = await styleFor(opts);
  const text = await import('../render/text.js');
  let plain = render(plainStyle(s.width));
  // a text with wide or combining characters is measured by string-width: loaded, then laid out again
  if (text.needsWidthLibrary(plain)) {
    await text.loadWidthLibrary();
    plain = render(plainStyle(s.width));
  }
  const shown = s.colour ? text.escapeControlsKeepingColour(render(s), plain) : text.escapeControls(plain);
  return text.fitToWidth(shown, s.width);
}

export function dateOption(value: string, option: string): IsoDate {
  try {
    return parseDate(value);
  } catch (e) {
    throw e instanceof InputError ? new UsageError(`${option}: ${e.detail}`) : e;
  }
}

export function yearOption(value: string, option = '--year'): number {
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(`${option}: expected a year like 2025, got "${value}"`);
  return +value.trim();
}

/** Machine output: JSON with two-space indent, or YAML; a trailing newline either way. */
export async function serialise(data: unknown, format: Format): Promise<string> {
  if (format === 'json') return JSON.stringify(data, null, 2) + '\n';
  // the yaml library is loaded only when YAML is written
  if (format === 'yaml') return (await import('../render/yaml.js')).toYaml(data);
  throw new UsageError(`format ${format} is not available for this command`);
}
