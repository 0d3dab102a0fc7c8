/**
 * V8 compiles a regular expression twice: to bytecode on its first execution, and again to machine
 * code on its second (its "tier-up"). Nearly every pattern of the parser runs many times, so the
 * bytecode is thrown away almost at once, and compiling it (with its peephole pass) was ~5 % of
 * the instructions of a `parse` of the corpus letter (DESIGN §7: a parse within 2× of `node -e 0`).
 * From here on, patterns are compiled to machine code at their first execution.
 *
 * Called once Node's own modules are loaded: changing a V8 flag changes the flag hash that code
 * caches are checked against, and a Node module loaded after it would compile without its cache.
 * bin/skadekalk.js puts the flag back before it writes a code cache of its own.
 */
import { setFlagsFromString } from 'node:v8';

export function compileRegExpsOnce(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // a Node that freezes V8's flags: the patterns are compiled in two steps, as before
  }
}
