/**
 * The one front-matter parser: headers, bodies and line numbers, the vouched-for names, and the
 * YAML slips Chinese editors make most, each named with its line and its fix.
 */
import { describe, expect, it } from 'vitest';
import { parseEntryFile, vouchedNames, yamlSlip } from '../../src/content/front-matter.ts';

describe('parseEntryFile', () => {
  it('splits header and body and counts the body’s first line', () => {
    const parsed = parseEntryFile('---\ntitle: 石灰吟\ndate: 2024-03-12\n---\n\n正文第一行\n');
    expect(parsed).toEqual({ data: { title: '石灰吟', date: '2024-03-12' }, hasFrontMatter: true, body: '\n正文第一行\n', bodyLine: 5 });
  });

  it('keeps an impossible date as typed, so the date check sees it', () => {
    expect(parseEntryFile('---\ndate: 2026-13-05\n---\n').data).toEqual({ date: '2026-13-05' });
  });

  it('treats a file without a header as body only', () => {
    expect(parseEntryFile('正文\n---\n')).toEqual({ data: undefined, hasFrontMatter: false, body: '正文\n---\n', bodyLine: 1 });
  });

  it('reports broken YAML by position, never quoting the line', () => {
    const parsed = parseEntryFile('---\ntitle: [未闭合 13812345678\n---\n正文');
    expect(parsed.data).toBeUndefined();
    expect(parsed.error).toMatch(/^YAML 语法错误（.+，第 \d+ 行第 \d+ 列）$/);
    expect(parsed.error).not.toContain('13812345678');
  });
});

describe('YAML slips', () => {
  it.each([
    ['title：石灰吟', '第 2 行：字段名后请用半角冒号“:”，不要用全角冒号“：”'],
    ['subject:\n\talias: 李某', '第 3 行：缩进请用空格，不要用 Tab 键'],
    ['subject:\n\u3000\u3000alias: 李某', '第 3 行：缩进请用半角空格，不要用全角空格'],
    ['tags:\n  - 村干部\n  - name：李某', '第 4 行：字段名后请用半角冒号“:”，不要用全角冒号“：”'],
  ])('%s', (header, message) => {
    expect(yamlSlip(header)).toBe(message);
    expect(parseEntryFile(`---\n${header}\n---\n正文`).error).toBe(message);
  });

  it('leaves a full-width colon inside a value alone', () => {
    expect(yamlSlip('summary: 经核查：该问题失实')).toBeUndefined();
  });
});

describe('vouchedNames', () => {
  it('reads publicNames, a culture item’s author and notNames', () => {
    const parsed = parseEntryFile('---\ntitle: 石灰吟\npublicNames: [于谦]\nauthor:\n  name: 包拯\n  dynasty: 宋\nnotNames: [高明]\n---\n正文');
    expect(vouchedNames(parsed)).toEqual({ publicNames: ['于谦', '包拯'], notNames: ['高明'] });
  });

  it('vouches for nothing when the header is missing or broken', () => {
    expect(vouchedNames(parseEntryFile('正文'))).toEqual({ publicNames: [], notNames: [] });
    expect(vouchedNames(parseEntryFile('---\ntitle: [未闭合\n---\n正文'))).toEqual({ publicNames: [], notNames: [] });
  });

  it('ignores values that are not strings', () => {
    expect(vouchedNames(parseEntryFile('---\npublicNames: [于谦, 3, {a: 1}]\nauthor: 佚名\n---\n')).publicNames).toEqual(['于谦']);
  });
});
