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
