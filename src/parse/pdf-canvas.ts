/**
 * @napi-rs/canvas, loaded only when something draws.
 *
 * pdf.js, as pdf-parse loads it in Node, requires @napi-rs/canvas at once to fill in DOMMatrix,
 * ImageData and Path2D — classes it uses only to render pages. Reading text never touches them,
 * but loading the package starts Skia: callgrind counted ~320 M instructions of Skia's start-up
 * alone in `parse` of the 30-page bench PDF (of 4,79 G for the whole run; pdf-parse's getText on
 * the same file: 4,18 G), the largest single part of what the PDF target (≤ 1,1× getText) leaves.
 *
 * So before pdf-parse is loaded, require.cache (Node documents that entries may be added) gets
 * an entry for the package under its real file name: its geometry classes (DOMMatrix, which pdf.js
 * constructs as it loads) are the package's own, from the plain-JavaScript file its index.js
 * re-exports them from; ImageData, Path2D and createCanvas are stand-ins that load the real
 * package on first use (constructing, calling, reading a static property; `instanceof` works
 * against the real class), and so does reading any other name. pdf.js itself is unchanged, and
 * anything that does draw gets the real classes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Loaded = Record<string, unknown>;

/** What pdf.js reads from the package when it loads and may use to draw (any other name loads the package). */
const NAMES = ['ImageData', 'Path2D', 'createCanvas'];

/** A function-shaped stand-in for `name` of the real package, loaded by `load` on first use. */
function standIn(name: string, load: () => Loaded): unknown {
  const real = () => load()[name] as (new (...a: unknown[]) => object) & ((...a: unknown[]) => unknown);
  return new Proxy(function standIn() {}, {
    construct: (_t, args) => Reflect.construct(real(), args),
    apply: (_t, self, args) => Reflect.apply(real(), self, args),
    get: (_t, p) => Reflect.get(real(), p),
    has: (_t, p) => Reflect.has(real(), p),
  });
}

/**
 * Registers the stand-in for @napi-rs/canvas as pdf-parse, required from the file `from`, will
 * find it, unless the package is already loaded or cannot be found (then pdf.js does what it
 * always does). Returns whether it did.
 */
export function deferCanvas(from: string): boolean {
  let req: NodeJS.Require;
  let file: string;
  let geometry: string;
  try {
    req = createRequire(createRequire(from).resolve('pdf-parse'));
    file = req.resolve('@napi-rs/canvas');
    geometry = req.resolve(join(dirname(file), 'geometry.js'));
  } catch {
    return false; // another layout of the package: pdf.js loads it as it always does
  }
  if (req.cache[file]) return false;
  let loaded: Loaded | undefined;
  const load = (): Loaded => {
    if (loaded) return loaded;
    delete req.cache[file];
    loaded = req(file) as Loaded;
    return loaded;
  };
  // pdf.js constructs a DOMMatrix as it loads: the package's geometry classes are plain JavaScript
  // in a file of their own (its index.js re-exports that file's classes), and are the real ones
  const exports: Loaded = { ...(req(geometry) as Loaded) };
  for (const n of NAMES) exports[n] = standIn(n, load);
  const proxy = new Proxy(exports, { get: (t, p) => (typeof p === 'string' && p in t ? t[p] : Reflect.get(load(), p)) });
  req.cache[file] = { id: file, filename: file, loaded: true, exports: proxy, children: [], paths: [] } as unknown as NodeJS.Module;
  return true;
}
