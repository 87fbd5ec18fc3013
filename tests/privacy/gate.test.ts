import { describe, expect, it } from 'vitest';
import { formatFinding, formatGateReport, runPrivacyGate } from '../../src/privacy/gate.ts';
import * as privacy from '../../src/privacy/index.ts';

const NOTICE = `---
title: 关于对某村党支部书记李某的澄清正名通知
publicNames: [王建国]
---

县委书记王建国在会上宣读了通知。
联系人手机13812345678。
`;

describe('runPrivacyGate', () => {
  it('scans front matter and body of every input, with line:column in the real file', () => {
    const findings = runPrivacyGate([
      { file: 'content/clarifications/a.md', source: NOTICE, publicNames: ['王建国'] },
      { file: 'content/culture/b.md', source: '（明）于谦\n被举报人李振华', publicNames: ['于谦'] },
    ]);
    expect(findings).toEqual([
      { file: 'content/clarifications/a.md', line: 7, column: 6, kind: 'mobile', excerpt: '138****5678' },
      { file: 'content/culture/b.md', line: 2, column: 5, kind: 'name', excerpt: '李**' },
    ]);
  });

  it('applies the deny-list to every input', () => {
    const findings = runPrivacyGate([{ file: 'x.md', source: '据王小二反映', publicNames: ['王小二'] }], {
      denylist: ['王小二'],
    });
    expect(findings.map((f) => f.kind)).toEqual(['denylist']);
  });
});

describe('report format', () => {
  const finding = { file: 'content/clarifications/x.md', line: 12, column: 8, kind: 'mobile' as const, excerpt: '138****5678' };

  it('prints one Chinese line per finding', () => {
    expect(formatFinding(finding)).toBe('content/clarifications/x.md:12:8  手机号码(mobile)  138****5678');
  });

  it('has a header with the count, the lines, and a hint on how to fix', () => {
    const report = formatGateReport([finding, { ...finding, line: 13, kind: 'name', excerpt: '李**' }]);
    const lines = report.split('\n');
    expect(lines[0]).toContain('2 处');
    expect(lines[1]).toBe(formatFinding(finding));
    expect(report).toContain('李某');
    expect(report).toContain('publicNames');
    expect(report).toContain('删除');
  });

  it('says so when there is nothing to report', () => {
    expect(formatGateReport([])).toContain('通过');
  });
});

describe('public entry', () => {
  it('re-exports the API other modules depend on', () => {
    for (const name of [
      'scanText',
      'maskSensitiveText',
      'loadDenylist',
      'runPrivacyGate',
      'formatGateReport',
      'checkBuiltSite',
      'redactText',
    ]) {
      expect(typeof (privacy as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
