import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // params/*.yaml are imported as data, as in the build (scripts/build-plugins.mjs)
      name: 'yaml-data',
      transform(_code: string, id: string) {
        if (!/\.ya?ml$/.test(id)) return null;
        return { code: `export default ${JSON.stringify(YAML.parse(readFileSync(id, 'utf8')))};`, map: null };
      },
    },
  ],
  define: { __SKADEKALK_VERSION__: JSON.stringify('test') },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30000,
    pool: 'forks',
  },
});
