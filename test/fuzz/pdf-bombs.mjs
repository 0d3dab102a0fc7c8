// Hostile PDFs made by code: tiny files that cost a PDF reader without limits minutes and
// gigabytes. Used by the fuzz suite (test/fuzz/*.test.ts) and by `npm run fuzz`; also runnable:
//
//   node test/fuzz/pdf-bombs.mjs forms  --depth 7 --fanout 10 -o forms.pdf
//   node test/fuzz/pdf-bombs.mjs flate  --mb 1 -o flate.pdf
//   node test/fuzz/pdf-bombs.mjs ops    --mb 1 -o ops.pdf
//   node test/fuzz/pdf-bombs.mjs pages  --pages 100000 -o pages.pdf
//   node test/fuzz/pdf-bombs.mjs type3  --depth 7 --fanout 10 -o type3.pdf
//   node test/fuzz/pdf-bombs.mjs plainops --ops 5000000 -o plainops.pdf
//   node test/fuzz/pdf-bombs.mjs deep   --depth 100000 -o deep.pdf
//
// Every file is a valid PDF (header, objects, cross-reference table, trailer) with one line of
// real text, so that a reader cannot tell it from a document by its first page alone.
import { writeFileSync } from 'node:fs';
import { deflateRawSync, constants } from 'node:zlib';

/** A PDF from its objects' bodies (object 1 is the catalog); offsets and xref computed. */
export function buildPdf(objects) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A stream object's body: dictionary entries (without << >>) and data. */
export function stream(entries, data) {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< ${entries} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const TEXT = 'BT /F1 12 Tf 72 760 Td (Forsikringsbevis) Tj ET\n';

/** Catalog, pages, one page with the given content object and resources: objects 1–3. */
function onePage(contentRef, resources) {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contentRef} 0 R /Resources ${resources} >>`,
  ];
}

/**
 * Nested form XObjects: the page draws one form, each form draws `fanout` forms of the next
 * level, `depth` levels, and the last level shows a word of text: fanout^depth text runs from a
 * file of about (depth × fanout) objects. With `distinct`, each level has `fanout` different
 * objects (a reader that caches a form by reference still does all the work).
 */
export function formBomb({ depth = 7, fanout = 10, distinct = false } = {}) {
  const objs = onePage(4, `<< /Font << /F1 5 0 R >> /XObject << /X0 6 0 R >> >>`);
  objs.push(stream('', `${TEXT}/X0 Do\n`), FONT);
  const perLevel = distinct ? fanout : 1;
  // level L (0-based) has perLevel objects, numbered from 6 + L * perLevel
  const first = (level) => 6 + level * perLevel;
  for (let level = 0; level < depth; level++) {
    for (let k = 0; k < perLevel; k++) {
      const bbox = '/Type /XObject /Subtype /Form /BBox [0 0 595 842]';
      if (level === depth - 1) {
        objs.push(stream(`${bbox} /Resources << /Font << /F1 5 0 R >> >>`, 'BT /F1 1 Tf 0 0 Td (x) Tj ET'));
        continue;
      }
      const names = Array.from({ length: fanout }, (_, i) => `/X${i} ${first(level + 1) + (distinct ? i : 0)} 0 R`).join(' ');
      const draws = Array.from({ length: fanout }, (_, i) => `/X${i} Do`).join(' ');
      objs.push(stream(`${bbox} /Resources << /Font << /F1 5 0 R >> /XObject << ${names} >> >>`, draws));
    }
  }
  return buildPdf(objs);
}

/**
 * A zlib stream of `n` copies of `unit` (a short string), made without ever holding the
 * decoded bytes: one deflated block of 1 MiB of units, repeated, then the Adler-32 of the whole.
 */
export function repeatedZlib(unit, n) {
  const blockUnits = Math.max(1, Math.floor((1 << 20) / unit.length));
  const per = Math.max(1, Math.min(n, blockUnits));
  const blocks = Math.floor(n / per);
  const block = Buffer.from(unit.repeat(per), 'latin1');
  const rest = Buffer.from(unit.repeat(n - blocks * per), 'latin1');
  // a non-final, byte-aligned deflate block (full flush) can be repeated as it is
  const deflated = deflateRawSync(block, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const tail = deflateRawSync(rest, { level: 9 }); // the final block
  // Adler-32 over `blocks` copies of block, then rest: a block of length L, byte sum S and
  // prefix-sum total T takes (a, b) to (a + S, b + L·a + T), all mod 65521
  const M = 65521;
  let a = 1;
  let b = 0;
  const run = (buf, times) => {
    let S = 0;
    let T = 0;
    for (let i = 0; i < buf.length; i++) {
      S = (S + buf[i]) % M;
      T = (T + S) % M;
    }
    for (let t = 0; t < times; t++) {
      b = (b + ((buf.length % M) * a) % M + T) % M;
      a = (a + S) % M;
    }
  };
  run(block, blocks);
  run(rest, 1);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array(blocks).fill(deflated), tail, adler]);
}

/**
 * A page whose content stream is about `mb` MiB compressed, ~1 000 times that decoded: blanks
 * (`unit` ' '), or operators (`unit` e.g. 'q Q ') that a reader must run one by one.
 */
export function flateBomb({ mb = 1, unit = ' ' } = {}) {
  // a deflated MiB of one repeated unit is about 1 KiB
  const decoded = Math.round(mb * 1000) * (1 << 20);
  const objs = onePage(4, '<< /Font << /F1 5 0 R >> >>');
  // text first (its own stream), then the bomb: Contents may be an array of streams
  objs[2] = objs[2].replace('/Contents 4 0 R', '/Contents [6 0 R 4 0 R]');
  objs.push(stream('/Filter /FlateDecode', repeatedZlib(unit, Math.floor(decoded / unit.length))), FONT, stream('', TEXT));
  return buildPdf(objs);
}

/**
 * The form bomb behind a Type3 font: the page shows one character of a Type3 font whose glyph
 * draws the nested forms. A reader interprets the glyph when it loads the font, before any text.
 */
export function type3Bomb({ depth = 7, fanout = 10 } = {}) {
  const objs = onePage(4, '<< /Font << /F1 5 0 R /T3 6 0 R >> >>');
  objs.push(stream('', `${TEXT}BT /T3 12 Tf 72 700 Td (a) Tj ET\n`), FONT);
  // 6: the font, 7: its glyph, 8…: the forms
  objs.push(
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 7 0 R >> ' +
      '/Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] /Resources << /XObject << /X0 8 0 R >> >> >>',
  );
  objs.push(stream('', '1000 0 d0 /X0 Do'));
  for (let level = 0; level < depth; level++) {
    const bbox = '/Type /XObject /Subtype /Form /BBox [0 0 1000 1000]';
    if (level === depth - 1) objs.push(stream(bbox, '0 0 m 1 1 l S'));
    else objs.push(stream(`${bbox} /Resources << /XObject << /X0 ${9 + level} 0 R >> >>`, Array(fanout).fill('/X0 Do').join(' ')));
  }
  return buildPdf(objs);
}

/** A page whose content is `ops` copies of `q Q`, uncompressed (operators, not bytes, are the cost). */
export function plainOpsBomb({ ops = 5_000_000 } = {}) {
  const objs = onePage(4, '<< /Font << /F1 5 0 R >> >>');
  objs.push(stream('', TEXT + 'q Q '.repeat(ops / 2)), FONT);
  return buildPdf(objs);
}

/** A page whose content nests arrays `depth` deep (a recursive parser runs out of stack). */
export function deepArrayPdf({ depth = 100_000 } = {}) {
  const objs = onePage(4, '<< /Font << /F1 5 0 R >> >>');
  objs.push(stream('', `${TEXT}${'['.repeat(depth)}${']'.repeat(depth)} TJ`), FONT);
  return buildPdf(objs);
}

/** A page whose content stream names its filter with a string of terminal escapes (pdf.js quotes it in its error). */
export function controlBytesPdf() {
  const objs = onePage(4, '<< /Font << /F1 5 0 R >> >>');
  objs.push(stream('/Filter [(\\033[31mRED\\007)]', TEXT), FONT);
  return buildPdf(objs);
}

/** A page tree of `pages` kids, all the same one-line page. */
export function pagesBomb({ pages = 100000 } = {}) {
  const kids = Array(pages).fill('3 0 R').join(' ');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream('', TEXT),
    FONT,
  ]);
}

function cli(argv) {
  const [kind, ...rest] = argv;
  const opt = (name, dflt) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : dflt;
  };
  const out = opt('-o', undefined);
  let pdf;
  if (kind === 'forms') pdf = formBomb({ depth: +opt('--depth', 7), fanout: +opt('--fanout', 10), distinct: rest.includes('--distinct') });
  else if (kind === 'flate') pdf = flateBomb({ mb: +opt('--mb', 1) });
  else if (kind === 'ops') pdf = flateBomb({ mb: +opt('--mb', 1), unit: 'q Q ' });
  else if (kind === 'pages') pdf = pagesBomb({ pages: +opt('--pages', 100000) });
  else if (kind === 'type3') pdf = type3Bomb({ depth: +opt('--depth', 7), fanout: +opt('--fanout', 10) });
  else if (kind === 'plainops') pdf = plainOpsBomb({ ops: +opt('--ops', 5000000) });
  else if (kind === 'deep') pdf = deepArrayPdf({ depth: +opt('--depth', 100000) });
  else {
    process.stderr.write('usage: node test/fuzz/pdf-bombs.mjs forms|flate|ops|pages|type3|plainops|deep [options] -o FILE\n');
    process.exit(2);
  }
  if (out) writeFileSync(out, pdf);
  else process.stdout.write(pdf);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) cli(process.argv.slice(2));
