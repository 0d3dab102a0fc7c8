/**
 * The deferred canvas package, on a fake one (the PDF stack never runs under vitest): pdf-parse
 * and @napi-rs/canvas in a temporary node_modules, the canvas's index.js counting its loads.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deferCanvas } from './pdf-canvas.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A project with fake pdf-parse and @napi-rs/canvas packages; returns its main file. */
function project(withGeometry = true): string {
  const root = mkdtempSync(join(tmpdir(), 'defer-canvas-'));
  dirs.push(root);
  const pkg = (name: string, files: Record<string, string>) => {
    const dir = join(root, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, main: 'index.js' }));
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  };
  pkg('pdf-parse', { 'index.js': 'module.exports = {};' });
  const files: Record<string, string> = {
    'index.js': `globalThis.__canvasLoads = (globalThis.__canvasLoads ?? 0) + 1;
      const { DOMMatrix } = require('./${withGeometry ? 'geometry' : 'dom'}.js');
      class ImageData { constructor(w, h) { this.width = w; this.height = h; } static kind() { return 'real'; } }
      module.exports = { DOMMatrix, ImageData, Path2D: class Path2D {}, createCanvas: (w, h) => ({ w, h }), GlobalFonts: { families: [] } };`,
  };
  files[withGeometry ? 'geometry.js' : 'dom.js'] = 'class DOMMatrix { constructor() { this.a = 1; } } module.exports = { DOMMatrix };';
  pkg('@napi-rs/canvas', files);
  const main = join(root, 'main.js');
  writeFileSync(main, '');
  return main;
}

const loads = () => (globalThis as { __canvasLoads?: number }).__canvasLoads ?? 0;

describe('deferCanvas', () => {
  it('lets pdf-parse’s require of the canvas package and its DOMMatrix through without loading it', () => {
    const main = project();
    const before = loads();
    expect(deferCanvas(main)).toBe(true);
    const canvas = createRequire(join(main, '..', 'node_modules', 'pdf-parse', 'index.js'))('@napi-rs/canvas');
    const m = new canvas.DOMMatrix();
    expect(m.a).toBe(1);
    expect(canvas.ImageData).toBeTruthy();
    expect(canvas.Path2D).toBeTruthy();
    expect(loads()).toBe(before);
  });

  it('loads the real package the first time something draws, once', () => {
    const main = project();
    const before = loads();
    deferCanvas(main);
    const canvas = createRequire(main)('@napi-rs/canvas');
    const img = new canvas.ImageData(2, 3);
    expect([img.width, img.height]).toEqual([2, 3]);
    expect(img instanceof canvas.ImageData).toBe(true);
    expect(canvas.ImageData.kind()).toBe('real');
    expect(canvas.createCanvas(4, 5)).toEqual({ w: 4, h: 5 });
    expect(canvas.GlobalFonts).toEqual({ families: [] });
    expect(loads()).toBe(before + 1);
    // later requires get the real package
    expect(createRequire(main)('@napi-rs/canvas').GlobalFonts).toEqual({ families: [] });
    expect(loads()).toBe(before + 1);
  });

  it('leaves a package laid out otherwise, or one already loaded, as it is', () => {
    expect(deferCanvas(project(false))).toBe(false);
    const main = project();
    createRequire(main)('@napi-rs/canvas');
    expect(deferCanvas(main)).toBe(false);
    expect(deferCanvas(join(tmpdir(), 'nowhere', 'main.js'))).toBe(false);
  });
});
