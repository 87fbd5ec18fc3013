import { describe, expect, it } from 'vitest';
import { normalizeForDetection, originalSpan } from '../../src/privacy/normalize.ts';
import { scanText } from '../../src/privacy/scan.ts';

const ID = '330106198807214517';

describe('one normalisation before every detector', () => {
  it('drops default-ignorable code points and maps every unit back to the original', () => {
    const source = `身份证号3301\u200d0619\u00ad8807\u2060214517\ufeff。`;
    const normalized = normalizeForDetection(source);
    expect(normalized.text).toBe(`身份证号${ID}。`);
    const at = normalized.text.indexOf(ID);
    const span = originalSpan(normalized, at, at + ID.length);
    expect(source.slice(span.start, span.end).replace(/[\u200d\u00ad\u2060]/g, '')).toBe(ID);
  });

  it('folds full-width forms, compatibility ideographs and circled digits (NFKC)', () => {
    expect(normalizeForDetection('１３８①').text).toBe('1381');
    // U+F900 is the compatibility twin of 豈, which then folds to Simplified.
    expect(normalizeForDetection('\uF900').text).toBe('岂');
  });

  it('folds Traditional to Simplified without moving any offset', () => {
    const normalized = normalizeForDetection('被舉報人蔣文濤');
    expect(normalized.text).toBe('被举报人蒋文涛');
    expect(normalized.start).toBeUndefined();
  });

  it('reads seven or more Chinese numerals as digits, and leaves prose alone', () => {
    expect(normalizeForDetection('手机一三八一二三四五六七八').text).toBe('手机13812345678');
    expect(normalizeForDetection('一五一十地交代，三三两两').text).toBe('一五一十地交代,三三两两');
  });

  it.each([
    ['zero-width joiner in a name', '被举报人蒋\u200d文涛反映', 'name'],
    ['soft hyphen in an ID number', `身份证号${ID.slice(0, 6)}\u00ad${ID.slice(6)}`, 'id-card'],
    ['dots between the groups of an ID number', `证件 ${ID.slice(0, 4)}.${ID.slice(4, 8)}.${ID.slice(8, 12)}.${ID.slice(12)}`, 'id-card'],
    ['slashes in an ID number', `证件 ${ID.slice(0, 6)}/${ID.slice(6, 14)}/${ID.slice(14)}`, 'id-card'],
    ['dots in a mobile number', '电话 138.1234.5678', 'mobile'],
    ['commas in a mobile number', '电话 138,1234,5678', 'mobile'],
    ['Chinese numerals', '手机一三八一二三四五六七八', 'mobile'],
    ['Traditional characters', '被舉報人蔣文濤反映', 'name'],
    ['a word joiner in an e-mail address', 'jiang\u2060wentao@example.org', 'email'],
  ])('finds a %s', (_what, text, kind) => {
    expect(scanText(text, 'f.md').map((finding) => finding.kind)).toContain(kind);
  });

  it.each([
    ['dates joined by dots', '2024.06.12至2025.01.15'],
    ['an amount with thousands separators', '金额1,234,567.89元'],
    ['section numbers', '第3.2.1.4条和第12.7条'],
    ['a date range with slashes', '2023/10/12—2024/01/15'],
  ])('leaves %s alone', (_what, text) => {
    expect(scanText(text, 'f.md')).toEqual([]);
  });

  it('points a finding at the original line and column, invisible characters included', () => {
    const [finding] = scanText(`第一行\n\u200b\u200b身份证号${ID}`, 'f.md');
    expect(finding).toMatchObject({ line: 2, column: 7, kind: 'id-card' });
  });
});
