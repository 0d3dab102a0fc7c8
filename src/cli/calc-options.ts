/**
 * What the calculator commands (settle, renewal, naturskade, g, params) share beyond
 * src/cli/common.ts: the parameter tables with a --params file merged in, and amounts typed as
 * options read as Decimal through the one Norwegian-number reader.
 */
import { InputError, UsageError } from '../core/errors.js';
import type { Decimal } from '../core/money.js';
import { parseNumber } from '../core/norsk.js';
import { builtInTables, mergeParams, type Tables } from '../params/tables.js';
import { readInput } from './io.js';

/** The parameter tables, with a --params file merged in when one is given. */
export async function loadTables(paramsPath: string | undefined): Promise<Tables> {
  const base = builtInTables();
  if (paramsPath === undefined) return base;
  const file = readInput(paramsPath, 'parameter file');
  const { decodeText, parseDocument } = await import('../core/data.js');
  const doc = parseDocument(decodeText(file.data, file.name), file.name);
  try {
    return mergeParams(base, doc, file.name);
  } catch (e) {
    throw e instanceof InputError ? e.within({ file: file.name }) : e;
  }
}

/**
 * An option value read as a Norwegian number; the message names the option. `money`: kroner with
 * at most two decimals (`--sum 1,5000` is refused, not read as 1,50).
 */
export function numberOption(value: string, option: string, opts: { allowZero?: boolean; money?: boolean } = {}): Decimal {
  let d: Decimal;
  try {
    d = parseNumber(value, { dots: 'strict', money: opts.money === true });
  } catch (e) {
    throw e instanceof InputError ? new UsageError(`${option}: ${e.detail}`) : e;
  }
  if (!opts.allowZero && d.isZero()) throw new UsageError(`${option}: expected an amount above zero, got "${value}"`);
  return d;
}

