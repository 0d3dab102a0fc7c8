// Parameter tables (params/*.yaml) are imported as data; the build and the test runner turn
// them into plain objects (scripts/build.mjs, vitest.config.ts).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
declare const __SKADEKALK_VERSION__: string;
