import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, formatBytes, limits, limitsFromEnv, setLimits } from './limits.js';

describe('limits', () => {
  afterEach(() => setLimits({}));

  it('takes each variable in its unit', () => {
    expect(limitsFromEnv({ SKADEKALK_MAX_INPUT_MB: '200', SKADEKALK_MAX_PDF_PAGES: '10', SKADEKALK_MAX_PDF_SECONDS: '2.5', SKADEKALK_MAX_PDF_STREAM_MB: '0.5' })).toEqual({
      inputBytes: 200 * 1024 * 1024,
      pdfPages: 10,
      pdfSeconds: 2.5,
      pdfStreamBytes: 512 * 1024,
    });
  });

  it('ignores what is not set, and empty values', () => {
    expect(limitsFromEnv({ SKADEKALK_MAX_INPUT_MB: '', HOME: '/root' })).toEqual({});
  });

  it.each([
    ['SKADEKALK_MAX_INPUT_MB', '50MB'],
    ['SKADEKALK_MAX_INPUT_MB', '0'],
    ['SKADEKALK_MAX_INPUT_MB', '-1'],
    ['SKADEKALK_MAX_PDF_PAGES', '2.5'],
    ['SKADEKALK_MAX_PDF_PAGE_OPERATORS', '1e6'],
    ['SKADEKALK_MAX_MEMORY_MB', '99999999999999999999'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    expect(() => limitsFromEnv({ [variable]: value })).toThrow(new RegExp(`^${variable}: expected a (whole )?number above zero .*got "${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"$`));
  });

  it('setLimits keeps the defaults of the limits it does not name', () => {
    setLimits({ pdfPages: 3 });
    expect(limits()).toEqual({ ...DEFAULT_LIMITS, pdfPages: 3 });
  });

  it('formats byte counts for messages', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(64 * 1024)).toBe('64 KB');
    expect(formatBytes(100)).toBe('100 bytes');
  });
});
