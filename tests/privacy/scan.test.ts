import { describe, expect, it } from 'vitest';
import { maskSensitiveText } from '../../src/privacy/mask.ts';
import { lineColumnAt, scanText } from '../../src/privacy/scan.ts';
import { CLEAN_NOTICE, PERSONAL_ITEMS, PERSONAL_PARAGRAPH, columnOf } from './fixtures.ts';

describe('scanText on a pasted paragraph full of personal data', () => {
  const findings = scanText(PERSONAL_PARAGRAPH, 'draft.md');

  it('locates every item with its kind, line and code-point column', () => {
    const expected = PERSONAL_ITEMS.map((item) => ({
      kind: item.kind,
      line: item.line,
      column: columnOf(PERSONAL_PARAGRAPH, item.line, item.raw),
    }));
    expect(findings.map(({ kind, line, column }) => ({ kind, line, column }))).toEqual(expected);
  });

  it('counts columns in characters, not UTF-16 units (𠀀 is one character)', () => {
    const qq = findings.find((f) => f.kind === 'qq');
    // 𠀀据反映，其QQ： is 9 characters (10 UTF-16 units), so the number starts at column 10.
    expect(qq).toMatchObject({ line: 5, column: 10 });
    expect(findings.find((f) => f.kind === 'id-card')).toMatchObject({ line: 2, column: 13 });
  });

  it('masks every excerpt and never repeats a raw value', () => {
    for (const finding of findings) {
      expect(finding.excerpt).toContain('*');
      for (const item of PERSONAL_ITEMS) expect(finding.excerpt).not.toContain(item.raw);
    }
    expect(findings.find((f) => f.kind === 'id-card')?.excerpt).toBe('3302**********1230');
    expect(findings.find((f) => f.kind === 'mobile')?.excerpt).toBe('+86 138****5678');
  });

  it('sorts findings by line then column and gives one finding per overlapping span', () => {
    const keys = findings.map((f) => f.line * 10_000 + f.column);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maskSensitiveText rewrites the paragraph without any raw value', () => {
    const masked = maskSensitiveText(PERSONAL_PARAGRAPH);
    for (const item of PERSONAL_ITEMS) expect(masked).not.toContain(item.raw);
    expect(masked).toContain('被举报人王**');
    expect(masked).toContain('中山路***号*幢*单元***室');
  });
});

describe('scanText on a clean institutional notice', () => {
  it('reports nothing: hotline, 文号, dates, times, amounts, statistics, aliases, organs, authors', () => {
    expect(scanText(CLEAN_NOTICE, 'notice.md')).toEqual([]);
  });

  it.each([
    '举报电话12388',
    '芸纪澄〔2023〕12号',
    '2024年3月12日',
    '2024-03-12 10:30',
    '3.5万元',
    '120余户',
    '（2023）浙0206民初123号',
    '邮编315000',
    '315000', // decision: a bare 6-digit postal code is never flagged — it names a district, not a person
    '澄清正名45人，占比12.5%',
    '2023年共受理信访举报1234件',
  ])('%s is not personal data', (text) => {
    expect(scanText(text, 'f')).toEqual([]);
  });
});

describe('overlap resolution', () => {
  it('reports a valid ID number as id-card even when it also passes Luhn', async () => {
    const { passesLuhn } = await import('../../src/privacy/detectors/bank-card.ts');
    const { idCheckDigit } = await import('../../src/privacy/detectors/id-card.ts');
    // Find an ID number that is also Luhn-valid, so both detectors fire on the same span.
    let id = '';
    for (let seq = 100; seq < 999 && !id; seq++) {
      const first17 = `33020619800101${seq}`;
      const candidate = `${first17}${idCheckDigit(first17)}`;
      if (passesLuhn(candidate)) id = candidate;
    }
    expect(id).not.toBe('');
    expect(scanText(`号码${id}`, 'f').map((f) => f.kind)).toEqual(['id-card']);
  });

  it('reports an e-mail address whose local part is a mobile number once, as email', () => {
    expect(scanText('邮箱13812345678@163.com', 'f').map((f) => f.kind)).toEqual(['email']);
  });

  it('reports a QQ number that is a mobile number as mobile', () => {
    expect(scanText('QQ：13812345678', 'f').map((f) => f.kind)).toEqual(['mobile']);
  });
});

describe('lineColumnAt', () => {
  it('is 1-based and counts code points', () => {
    expect(lineColumnAt('ab\n𠀀c', 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('numbers that are quantities or publication codes', () => {
  it.each(['总投资13500000000元', '惠及1350000000人次', 'ISBN 978-7-5117-1234-5', 'ISSN 1234-5678'])('%s is not reported', (text) => {
    expect(scanText(text, 'f')).toEqual([]);
  });

  it('never lets a unit or a currency sign hide a number that passes the ID check digit or Luhn', () => {
    expect(scanText('¥4111111111111111', 'f').map((f) => f.kind)).toEqual(['bank-card']);
    expect(scanText('转入6225881234567898元', 'f').map((f) => f.kind)).toEqual(['bank-card']);
    expect(scanText('身份证号330206198001011230名下有两套房产', 'f').map((f) => f.kind)).toEqual(['id-card']);
    expect(scanText('共330206198001011230人', 'f').map((f) => f.kind)).toEqual(['id-card']);
  });

  it('still reports a number followed by a spaced year or by 号码', () => {
    expect(scanText('手机13812345678 2024年', 'f').map((f) => f.kind)).toEqual(['mobile']);
    expect(scanText('手机13812345678号码', 'f').map((f) => f.kind)).toEqual(['mobile']);
  });
});
