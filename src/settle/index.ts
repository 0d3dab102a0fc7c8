/**
 * The settlement engine (docs/settle.md). Domain code: it knows nothing of commander, files or the
 * process. Others build on this API (settle --batch, --expect); it changes only additively.
 *
 *   validateClaim(raw, where?, o?)  parsed YAML/JSON value → Claim, or an InputError naming
 *                                   file, claim (id or #N), item and field ({owned}: convert the
 *                                   value in place instead of a copy)
 *   settleClaim(claim, ctx)         Claim → Settlement (steps with clauses, payout); pure
 *   settlementToData(settlement)    → the machine shape {id, product, payout, recourse?, payable, previous?, …, steps, notes}
 *   settlementToJson(settlement)    → the same as one line of JSON (NDJSON), without the objects
 *   renderSettlementText(s, style)  → the statement for people
 *   payableCsv(settlement)          → the CSV cells of when it is paid (PAYABLE_CSV_COLUMNS)
 *   previousCsv(settlement)         → the CSV cells of an earlier result (PREVIOUS_CSV_COLUMNS, with --previous)
 *   previousResults(text, name, p)  → earlier results by claim id, for SettleContext.previous
 */
export { validateClaim, SCHEMA, type ValidateOptions } from './schema.js';
export { settleClaim } from './engine.js';
export { settlementToData, settlementToJson, moneyString, payableCsv, previousCsv, PAYABLE_CSV_COLUMNS, PREVIOUS_CSV_COLUMNS, type SettlementData } from './data.js';
export { previousResults } from './supplement.js';
export { renderSettlementText, PRODUCT_NAMES, type TextStyle } from './render.js';
export { PRODUCTS } from './types.js';
export type { Claim, ClaimSource, Item, Payable, Previous, Product, SettleContext, Settlement, Step, TermSource, When } from './types.js';
