/**
 * Reading YAML/JSON documents that people and scripts hand to skadekalk (claims, object lists,
 * --params files, policy YAML), safely:
 * - text must be UTF-8, or UTF-16 as Windows writes it (binary junk is refused, not parsed);
 * - YAML aliases are capped (an alias bomb fails fast), duplicate keys are errors;
 * - `__proto__`, `constructor` and `prototype` keys are refused anywhere in the tree, so a
 *   document can never reach an object's prototype however it is copied later;
 * - errors are one line with the file and line.
 *
 * This module loads the yaml library; import it lazily from commands that need it.
 */
import YAML from 'yaml';
import { InputError } from './errors.js';
import { parseJsonKeepingNumbers } from './json-numbers.js';
import { decodeUtf16, utf16Encoding } from './utf16.js';

export interface ReadOptions {
  /**
   * `source`: a number or timestamp (`15.000`, `1e3`, `!!timestamp 2024-03-15T23:30:00-08:00`)
   * comes back as the text it was written as, for a reader that judges numbers by their text
   * (claims: src/settle/schema.ts) — never a float that has lost digits, nor a date moved by a
   * time zone.
   */
  numbers?: 'source';
}

/** Numbers and timestamps of a YAML document as their source text (ReadOptions.numbers). */
function numbersAsSource(doc: YAML.Document): void {
  YAML.visit(doc, {
    Scalar(_key, node) {
      const v = node.value;
      if ((typeof v === 'number' || typeof v === 'bigint' || v instanceof Date) && node.source !== undefined) node.value = node.source;
    },
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode UTF-8 text (BOM dropped), or UTF-16 as Windows writes it; refuse binary data. */
export function decodeText(data: Uint8Array, name: string): string {
  if (data.length === 0) throw new InputError('is empty', { file: name });
  let text: string | undefined;
  const wide = utf16Encoding(data);
  if (wide !== undefined) {
    text = decodeUtf16(data, wide);
    if (text === undefined) throw new InputError(`is not well-formed ${wide.toUpperCase()} text`, { file: name });
  } else {
    try {
      text = utf8.decode(data);
    } catch {
      throw new InputError('is not UTF-8 text (binary data?)', { file: name });
    }
  }
  // Control characters other than tab, newline, carriage return and form feed mean binary junk.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) throw new InputError('contains binary data; expected text', { file: name });
  return text;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How deep lists and mappings may nest. Claims, policies and tables nest three to six levels; a
 * document that goes past this is junk or an attack (and would overflow the stack of any reader
 * that walks it).
 */
export const MAX_DEPTH = 64;

/**
 * Refuse keys that could reach a prototype, nesting deeper than MAX_DEPTH, and a recursive alias
 * (`a: &a [*a]`: the yaml library builds a list that contains itself). Returns the value unchanged.
 */
export function checkKeys<T>(value: T, name: string, path = ''): T {
  walk(value, name, path, [], []);
  return value;
}

/** `open`: the lists and mappings above `value`, outermost first; `paths`: their fields. */
function walk(value: unknown, name: string, path: string, open: object[], paths: string[]): void {
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (open.length >= MAX_DEPTH) {
    // a recursive alias nests without end: the one case where a node is its own ancestor
    const first = open.findIndex((o, i) => open.indexOf(o, i + 1) >= 0 || o === value);
    if (first >= 0) {
      throw new InputError('a YAML alias refers to a node that contains it (a recursive alias); refused', { file: name, field: paths[first] || undefined });
    }
    throw new InputError(`nests lists and mappings more than ${MAX_DEPTH} levels deep; refused`, { file: name });
  }
  open.push(value);
  paths.push(path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], name, `${path}[${i}]`, open, paths);
  } else {
    for (const k of Object.keys(value)) {
      const here = path ? `${path}.${k}` : k;
      if (FORBIDDEN_KEYS.has(k)) throw new InputError(`key "${k}" is not allowed`, { file: name, field: here });
      walk((value as Record<string, unknown>)[k], name, here, open, paths);
    }
  }
  open.pop();
  paths.pop();
}

/** A parser or walker that ran out of stack (the yaml library reports it as a YAML error too). */
function isStackOverflow(e: unknown): boolean {
  return e instanceof Error && /Maximum call stack size exceeded/.test(e.message);
}

function yamlError(e: unknown, name: string): InputError {
  if (isStackOverflow(e)) return new InputError('nests lists and mappings too deeply to read; refused', { file: name });
  if (e instanceof YAML.YAMLError) {
    const line = e.linePos?.[0]?.line;
    const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return new InputError(`malformed YAML: ${msg}`, { file: name, line });
  }
  if (e instanceof ReferenceError && /alias/i.test(e.message)) {
    return new InputError('YAML has too many aliases (an alias bomb?); refused', { file: name });
  }
  return new InputError(`malformed YAML: ${(e as Error).message.split('\n')[0]}`, { file: name });
}

const YAML_OPTS = { maxAliasCount: 100, uniqueKeys: true, prettyErrors: true, strict: true } as const;

/** Parse one YAML (or JSON, a subset) document. */
export function parseDocument(text: string, name: string, opts: ReadOptions = {}): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return checkKeys(opts.numbers === 'source' ? parseJsonKeepingNumbers(text) : JSON.parse(text), name);
    } catch (e) {
      if (e instanceof InputError) throw e;
      // not strict JSON: YAML flow syntax is a superset, let YAML try and report
    }
  }
  let doc;
  try {
    doc = YAML.parseDocument(text, YAML_OPTS);
  } catch (e) {
    throw yamlError(e, name);
  }
  if (doc.errors.length > 0) throw yamlError(doc.errors[0], name);
  let value: unknown;
  try {
    if (opts.numbers === 'source') numbersAsSource(doc);
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw yamlError(e, name);
  }
  return checkKeys(value, name);
}

/** Parse a multi-document YAML stream into its documents. */
export function parseAllDocuments(text: string, name: string, opts: ReadOptions = {}): unknown[] {
  let docs;
  try {
    docs = YAML.parseAllDocuments(text, YAML_OPTS);
  } catch (e) {
    throw yamlError(e, name);
  }
  if (!Array.isArray(docs)) throw yamlError((docs as { errors: unknown[] }).errors?.[0], name);
  return docs.map((doc) => {
    if (doc.errors.length > 0) throw yamlError(doc.errors[0], name);
    try {
      if (opts.numbers === 'source') numbersAsSource(doc);
      return checkKeys(doc.toJS({ maxAliasCount: 100 }), name);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw yamlError(e, name);
    }
  });
}
