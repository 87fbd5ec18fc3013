import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDenylist, parseDenylist } from '../../src/privacy/denylist.ts';
import { detectDenylisted } from '../../src/privacy/detectors/denylist.ts';
import { scanText } from '../../src/privacy/scan.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingjing-denylist-'));
const file = join(dir, 'names.txt');
writeFileSync(file, '\uFEFF# 不得公开的真实姓名\n王小二\n\n  赵铁柱  \n# 注释\n王小二\n');

describe('deny-list', () => {
  it('parses one name a line, skipping blanks, comments and duplicates', () => {
    expect(parseDenylist('# c\n\n李四\r\n 张三 \n李四')).toEqual(['李四', '张三']);
  });

  it('reads the file named by MINGJING_DENYLIST', () => {
    expect(loadDenylist({ MINGJING_DENYLIST: file })).toEqual(['王小二', '赵铁柱']);
  });

  it('is empty when the variable is unset or blank', () => {
    expect(loadDenylist({})).toEqual([]);
    expect(loadDenylist({ MINGJING_DENYLIST: '  ' })).toEqual([]);
  });

  it('throws a Chinese error naming the variable and the path when the file is missing', () => {
    const missing = join(dir, 'nope.txt');
    expect(() => loadDenylist({ MINGJING_DENYLIST: missing })).toThrow(/MINGJING_DENYLIST.*禁用名单文件不存在/);
    expect(() => loadDenylist({ MINGJING_DENYLIST: missing })).toThrow(missing);
  });

  it('reports every occurrence, without any context word', () => {
    expect(detectDenylisted('王小二来了，又见王小二', ['王小二']).map((m) => m.start)).toEqual([0, 8]);
  });

  it('turns occurrences into findings of kind denylist, masked', () => {
    const denylist = loadDenylist({ MINGJING_DENYLIST: file });
    const findings = scanText('第一行\n据赵铁柱反映', 'a.md', { denylist });
    expect(findings).toEqual([{ file: 'a.md', line: 2, column: 2, kind: 'denylist', excerpt: '赵**' }]);
  });

  it('reports a deny-listed name even when publicNames lists it (decision: the deny-list wins)', () => {
    const findings = scanText('书记王小二出席', 'a.md', { denylist: ['王小二'], publicNames: ['王小二'] });
    expect(findings.map((f) => f.kind)).toEqual(['denylist']);
  });

  it('wins over the name detector on the same span', () => {
    const findings = scanText('被举报人王建国', 'a.md', { denylist: ['王建国'] });
    expect(findings.map((f) => f.kind)).toEqual(['denylist']);
  });
});
