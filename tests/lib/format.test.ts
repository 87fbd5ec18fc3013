import { describe, expect, it } from 'vitest';
import { formatAuthor, formatDateZh } from '../../src/lib/shared/format.ts';

describe('formatDateZh', () => {
  it('prints 年月日 without leading zeros', () => {
    expect(formatDateZh('2024-03-12')).toBe('2024年3月12日');
    expect(formatDateZh('2023-12-01')).toBe('2023年12月1日');
  });
  it('rejects malformed and impossible dates', () => {
    expect(() => formatDateZh('2024-3-12')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDateZh('2024-02-30')).toThrow(RangeError);
  });
});

describe('formatAuthor', () => {
  it('writes the dynasty in hexagonal brackets, once', () => {
    expect(formatAuthor({ name: '于谦', dynasty: '明' })).toBe('〔明〕于谦');
    expect(formatAuthor({ name: '包拯', dynasty: '〔宋〕' })).toBe('〔宋〕包拯');
    expect(formatAuthor({ name: '佚名', dynasty: '' })).toBe('佚名');
  });
});
