/**
 * A terms argument (`terms NAME|FILE`, `--base`, later `settle --terms`) → Terms: a built-in name,
 * or a file read and checked against the terms schema. This is the CLI's part (it reads files);
 * the checks are in src/vilkar/load.ts.
 */
import { InputError } from '../../core/errors.js';
import { builtInNames, findBuiltIn } from '../../vilkar/load.js';
import type { Terms } from '../../vilkar/types.js';
import { readInput } from '../io.js';

/** Does the argument look like a file rather than a name (a path, or a YAML/JSON file name)? */
function looksLikeFile(spec: string): boolean {
  return spec === '-' || spec.includes('/') || spec.includes('\\') || /\.(ya?ml|json)$/i.test(spec);
}

export async function loadTermsSpec(spec: string, option = 'terms'): Promise<Terms> {
  const builtIn = findBuiltIn(spec);
  if (builtIn) return builtIn;
  if (!looksLikeFile(spec)) {
    // a name that is not built in may still be a file in the current folder
    let file;
    try {
      file = readInput(spec, `${option} file`);
    } catch (e) {
      if (e instanceof InputError && e.detail.startsWith('no such file')) {
        throw new InputError(`unknown terms "${spec}" (${option}); expected one of ${builtInNames().join(', ')}, or a terms file (YAML or JSON)`);
      }
      throw e;
    }
    return termsFromBytes(file.data, file.name);
  }
  const file = readInput(spec, `${option} file`);
  return termsFromBytes(file.data, file.name);
}

async function termsFromBytes(data: Buffer, name: string): Promise<Terms> {
  const { decodeText, parseDocument } = await import('../../core/data.js');
  const { validateTerms } = await import('../../vilkar/load.js');
  return validateTerms(parseDocument(decodeText(data, name), name), name);
}
