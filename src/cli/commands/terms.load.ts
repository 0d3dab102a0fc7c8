/**
 * A terms argument (`terms NAME|FILE`, `--base`, later `settle --terms`) → Terms: a built-in name,
 * or a file read and checked against the terms schema. This is the CLI's part (it reads files);
 * the checks are in src/vilkar/load.ts.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { builtInNames, findBuiltIn, isBuiltInName } from '../../vilkar/load.js';
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

/** Terms as read, and the file they came from (none for built-in terms). */
export interface LoadedTerms {
  terms: Terms;
  file?: string;
}

/**
 * The terms a policy names (`terms:` — a built-in name, or a terms file relative to the policy
 * file); undefined when it names none. Errors name the policy file and its field.
 */
export async function policyTerms(policy: { terms?: unknown } | undefined, policyFile: string | undefined): Promise<LoadedTerms | undefined> {
  const named = policy?.terms;
  if (named === undefined || named === null) return undefined;
  if (typeof named !== 'string' || named.trim() === '') throw new InputError(`expected the name of built-in terms or a terms file, got ${JSON.stringify(named)}`, { file: policyFile, field: 'terms' });
  let spec = named;
  if (!isBuiltInName(spec) && policyFile !== undefined && policyFile !== '-' && !isAbsolute(spec)) spec = join(dirname(policyFile), spec);
  try {
    return loadedTerms(spec, await loadTermsSpec(spec, "the policy's terms"));
  } catch (e) {
    throw e instanceof InputError && e.location?.file === undefined ? e.within({ file: policyFile, field: 'terms' }) : e;
  }
}

/** `--terms NAME|FILE` as read. */
export async function optionTerms(spec: string, option = '--terms'): Promise<LoadedTerms> {
  return loadedTerms(spec, await loadTermsSpec(spec, option));
}

function loadedTerms(spec: string, terms: Terms): LoadedTerms {
  return isBuiltInName(spec) ? { terms } : { terms, file: spec };
}
