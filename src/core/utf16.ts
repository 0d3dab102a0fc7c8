/**
 * UTF-16 text, as Windows writes it («Unicode» in Notepad and Excel's «Unicode text», PowerShell's
 * `>` redirection): recognised by its byte-order mark, or without one by the zero byte that every
 * character of Latin text (æ ø å included) has in the same half of its two bytes. Such a file is
 * text, not binary junk: the readers decode it with this before their usual checks.
 */

export type Utf16 = 'utf-16le' | 'utf-16be';

/** How many bytes the BOM-less test looks at. */
const SAMPLE = 4096;

/** The UTF-16 form of `data`, or undefined when it is not UTF-16 text. */
export function utf16Encoding(data: Uint8Array): Utf16 | undefined {
  if (data.length < 2) return undefined;
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  // without a BOM the first character tells already (UTF-8 text never has a zero byte)
  if (data.length % 2 !== 0 || (data[0] !== 0 && data[1] !== 0)) return undefined;
  // Without a BOM: in nearly every pair one byte is zero, always the same one, the other not.
  // UTF-8 text has no zero bytes at all, binary junk has them anywhere.
  const n = Math.min(data.length, SAMPLE) & ~1;
  let lowZero = 0; // «x\0»: little-endian
  let highZero = 0; // «\0x»: big-endian
  for (let i = 0; i < n; i += 2) {
    const a = data[i]!;
    const b = data[i + 1]!;
    if (a !== 0 && b === 0) lowZero++;
    else if (a === 0 && b !== 0) highZero++;
  }
  const pairs = n / 2;
  if (lowZero >= pairs * 0.9 && highZero <= pairs * 0.05) return 'utf-16le';
  if (highZero >= pairs * 0.9 && lowZero <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Decode UTF-16 (the BOM dropped); undefined when it is not well-formed (a lone surrogate). */
export function decodeUtf16(data: Uint8Array, encoding: Utf16): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return undefined;
  }
}
