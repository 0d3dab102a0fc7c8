// esbuild plugins shared by the build and the benchmark.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';

/** Parameter tables (params/*.yaml) become plain data at build time. */
export const yamlPlugin = {
  name: 'yaml-data',
  setup(b) {
    b.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: `export default ${JSON.stringify(YAML.parse(readFileSync(args.path, 'utf8')))};`,
      loader: 'js',
    }));
  },
};

/**
 * esbuild writes non-ASCII characters of strings as escapes but leaves them in regular expressions
 * (and in the String.raw sources of `new RegExp`), and one «ø» makes V8 decode the whole ~0,5 MB
 * bundle as UTF-8 into a two-byte string on every start (~10 M instructions). So every source is
 * made ASCII as it is loaded — `\uXXXX` matches the same character in a string, a template, a
 * regular expression and a RegExp source — which keeps the bundles pure ASCII and their source
 * maps true: only columns move, on the lines that had such characters.
 */
export const asciiSourcePlugin = {
  name: 'ascii-source',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|cts|js|mjs|cjs)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const ext = args.path.slice(args.path.lastIndexOf('.') + 1);
      return {
        contents: text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
        loader: ext.endsWith('ts') ? 'ts' : 'js',
      };
    });
  },
};

/**
 * commander requires node:child_process at load time, only to run executable subcommands,
 * which skadekalk does not use; loading it costs ~3.5 ms of every start. Inside commander it
 * is replaced by a proxy that requires the real module on first use.
 */
export const lazyChildProcessPlugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let m;const get=()=>m||(m=require('node:child_process'));" +
        'module.exports=new Proxy({},{get:(_,k)=>get()[k],has:(_,k)=>k in get()});',
      loader: 'js',
    }));
  },
};

/**
 * The yaml library as ES modules (its own `browser` build: the same code, as ESM), for a bundle
 * that only writes YAML (`parse`): esbuild can leave out what a CommonJS package cannot lose —
 * the parser, lexer and composer, which such a bundle never runs but would still load and
 * initialise on every start.
 */
export const yamlEsmPlugin = {
  name: 'yaml-esm',
  setup(b) {
    const root = new URL('../node_modules/yaml/browser/', import.meta.url).pathname;
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: `${root}index.js` }));
    b.onResolve({ filter: /^yaml\/util$/ }, () => ({ path: `${root}dist/util.js` }));
  },
};
