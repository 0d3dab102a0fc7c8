/**
 * Errors about a claim: one line naming the file, the claim (id, or its number in a batch), the
 * item (index and description) and the field — `claim.yaml: claim K-1: items[0] (Bærbar PC):
 * new_price: missing; …`.
 */
import { InputError } from '../core/errors.js';
import type { ClaimSource, Item } from './types.js';

export function claimLabel(id: string | undefined, source: ClaimSource): string | undefined {
  if (id !== undefined) return `claim ${id}`;
  if (source.index !== undefined) return `claim #${source.index}`;
  return undefined;
}

export function itemLabel(index: number, description: string | undefined): string {
  return description === undefined ? `items[${index}]` : `items[${index}] (${description})`;
}

/** An InputError placed at a claim, optionally an item (label) and a field inside it. */
export function claimError(
  id: string | undefined,
  source: ClaimSource,
  item: string | undefined,
  field: string | undefined,
  detail: string,
): InputError {
  const parts: string[] = [];
  const c = claimLabel(id, source);
  if (c !== undefined) parts.push(c);
  if (item !== undefined) parts.push(item);
  if (field !== undefined) parts.push(field);
  return new InputError(detail, { file: source.file, line: source.line, field: parts.length ? parts.join(': ') : undefined });
}

/** A fact a rule needs is missing: never guessed. */
export function missingFact(
  claim: { id?: string | undefined; source: ClaimSource },
  item: Item | undefined,
  field: string,
  why: string,
): InputError {
  return claimError(claim.id, claim.source, item ? itemLabel(item.index, item.description) : undefined, field, `missing; ${why}`);
}

/** A fact that contradicts the rule it is given to (e.g. both age_years and purchased). */
export function badFact(
  claim: { id?: string | undefined; source: ClaimSource },
  item: Item | undefined,
  field: string,
  detail: string,
): InputError {
  return claimError(claim.id, claim.source, item ? itemLabel(item.index, item.description) : undefined, field, detail);
}
