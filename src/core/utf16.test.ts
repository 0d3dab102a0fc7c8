import { describe, expect, it } from 'vitest';
import { decodeUtf16, utf16Encoding } from './utf16.js';

describe('utf16Encoding', () => {
  it('knows UTF-16 by its BOM', () => {
    expect(utf16Encoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    expect(utf16Encoding(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toBe('utf-16be');
  });

  it('knows Latin text without a BOM by the zero bytes', () => {
    expect(utf16Encoding(Buffer.from('Forsikringsbevis – Næring\r\n', 'utf16le'))).toBe('utf-16le');
    expect(utf16Encoding(Buffer.from('Forsikringsbevis – Næring\r\n', 'utf16le').swap16())).toBe('utf-16be');
  });

  it('leaves UTF-8, Windows-1252 and binary junk alone', () => {
    expect(utf16Encoding(Buffer.from('Forsikringsbevis – Næring\n'))).toBeUndefined();
    expect(utf16Encoding(Buffer.from('Forsikringsbevis N\xe6ring\n', 'latin1'))).toBeUndefined();
    expect(utf16Encoding(Buffer.from([0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x07]))).toBeUndefined();
    expect(utf16Encoding(Buffer.from([0x41]))).toBeUndefined();
  });

  it('decodes, dropping the BOM, and says undefined for a lone surrogate', () => {
    expect(decodeUtf16(Buffer.from([0xff, 0xfe, 0xe6, 0x00]), 'utf-16le')).toBe('æ');
    expect(decodeUtf16(Buffer.from([0x00, 0xd8]), 'utf-16le')).toBeUndefined();
  });
});
