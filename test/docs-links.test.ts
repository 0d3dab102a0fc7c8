/**
 * Every link of the README and of docs/*.md resolves: a relative link names a file or folder of
 * the repository, and its #anchor a heading of that page (GitHub's anchors: lower case, spaces
 * as hyphens, punctuation dropped). Web addresses are not fetched (the tests run offline); they
 * are only checked to be https.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-harness.js';

const pages = ['README.md', ...readdirSync(join(REPO, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** Every token of a tree, depth first. */
function* walk(tokens: Token[]): Generator<Token> {
  for (const t of tokens) {
    yield t;
    const nested = t as { tokens?: Token[]; items?: Token[]; rows?: Array<Array<{ tokens: Token[] }>>; header?: Array<{ tokens: Token[] }> };
    if (nested.tokens) yield* walk(nested.tokens);
    if (nested.items) yield* walk(nested.items);
    if (nested.header) for (const c of nested.header) yield* walk(c.tokens);
    if (nested.rows) for (const r of nested.rows) for (const c of r) yield* walk(c.tokens);
  }
}

/** GitHub's anchor of a heading (github-slugger). */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-');
}

const anchorsCache = new Map<string, Set<string>>();
function anchors(file: string): Set<string> {
  let set = anchorsCache.get(file);
  if (set) return set;
  set = new Set();
  const seen = new Map<string, number>();
  for (const t of walk(lexer(readFileSync(file, 'utf8')))) {
    if (t.type !== 'heading') continue;
    const base = slug((t as Tokens.Heading).text.replace(/`/g, ''));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    set.add(n === 0 ? base : `${base}-${n}`);
  }
  anchorsCache.set(file, set);
  return set;
}

function links(page: string): string[] {
  return [...walk(lexer(readFileSync(join(REPO, page), 'utf8')))].filter((t) => t.type === 'link').map((t) => (t as Tokens.Link).href);
}

describe('links of the README and docs/', () => {
  it('finds links to check', () => expect(pages.flatMap(links).length).toBeGreaterThan(20));

  for (const page of pages) {
    it(page, () => {
      const bad: string[] = [];
      for (const href of links(page)) {
        if (/^[a-z]+:/i.test(href)) {
          if (!/^(https:|mailto:)/.test(href)) bad.push(`${href}: not https`);
          continue;
        }
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const target = path === '' ? join(REPO, page) : join(dirname(join(REPO, page)), decodeURIComponent(path));
        if (!target.startsWith(REPO) || !existsSync(target)) {
          bad.push(`${href}: ${relative(REPO, target)} is not there`);
          continue;
        }
        if (anchor !== undefined && statSync(target).isFile() && target.endsWith('.md') && !anchors(target).has(decodeURIComponent(anchor))) {
          bad.push(`${href}: no heading #${anchor} in ${relative(REPO, target)}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
