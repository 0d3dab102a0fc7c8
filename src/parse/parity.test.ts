/**
 * The extractors read lines and cells only, so a document gives the same model however its lines
 * arrive: as written (blank lines, Markdown markup), or as a PDF reader gives them — no blank
 * lines, no markup, running text wrapped at the page width. Checked on the samples and the corpus.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { decodeDocumentText, textToSource } from './text.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const CORPUS = resolve(REPO, '..', 'shared', 'corpus');
const files = [
  ...readdirSync(join(REPO, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => join(REPO, 'samples', f)),
  ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f)) : []),
];

/** The model without its source; a warning without its place (blank lines and wrapping move lines). */
function model(text: string): Omit<Policy, 'source'> {
  const { source: _source, ...rest } = extractPolicy(textToSource(text, 'x', '0'.repeat(64)));
  return { ...rest, warnings: rest.warnings.map(unplaced) };
}

function unplaced(w: string): string {
  return w.replace(/^(?:page \d+, )?line \d+: /, '').replace(/, line \d+\)/g, ')');
}

/** Words of a line, wrapped at `width` columns. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of line.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

function asPdfGivesIt(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/\*\*/g, '').replace(/^#+ /, ''))
    .flatMap((l) => (l.includes('\t') || l.includes('  ') ? [l] : wrap(l, width)))
    .join('\n');
}

describe('the same model from the text as written and as a PDF reader gives it', () => {
  for (const f of files) {
    it(f.slice(REPO.length - 8), () => {
      const text = decodeDocumentText(readFileSync(f), f);
      const written = model(text);
      expect(model(asPdfGivesIt(text, 10_000))).toEqual(written);
      expect(model(asPdfGivesIt(text, 80))).toEqual(written);
    });
  }
});
