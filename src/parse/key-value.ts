/**
 * «key;value» lines: a spreadsheet or a broker's system exports each field of a policy as its
 * label, a semicolon and its value («Polisenr. hos selskapet;81733905», «Ny periode;01.01.2024-
 * 31.12.2024», «Ménerstatning;4,5 G»). The readers read such a line as the field «key:value».
 */
import { lowerCase } from './lower.js';
import type { Unit } from './units.js';

/** A label (a letter first, no colon, at most 50 characters), one semicolon, and a value right after it. */
const KEY_SEMICOLON_VALUE = /^[A-Za-zÀ-ÖØ-öø-ÿ][^;:]{0,50};(?=\S)[^;]*$/;

/**
 * The line «key;value» as the field «key:value» — the same length, so offsets found in it stay
 * where they were in the line — with its label; undefined for any other unit.
 */
export function keyValue(u: Unit): Unit | undefined {
  if (u.row || u.text.length > 160 || !u.text.includes(';') || !KEY_SEMICOLON_VALUE.test(u.text)) return undefined;
  const text = u.text.replace(';', ':');
  const label = text.slice(0, text.indexOf(':')).trim();
  return { ...u, text, lower: lowerCase(text), cells: [text], label: label.split(' ').length <= 4 ? label : undefined };
}
