/**
 * The editors' two commands on a content folder of their own: `npm run new` (asked in a
 * terminal, or with flags) writes a draft that `npm run validate` accepts; validate reports
 * every problem with file and field, YAML slips named with their fix, and exits 0 or 1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NODE_BIN, PROJECT_ROOT } from '../helpers/build-site.ts';

let root: string;
let contentDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-cli-'));
  contentDir = join(root, 'content');
  cpSync(resolve(PROJECT_ROOT, 'tests/fixtures/site'), contentDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const env = () => ({ ...process.env, MINGJING_CONTENT_DIR: contentDir, MINGJING_NOW: '2026-11-01', MINGJING_HOST_ORGAN: 'test-city' });
const run = (script: string, args: string[] = [], input?: string, extra: Record<string, string> = {}) =>
  spawnSync(NODE_BIN, [join('scripts', script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...env(), ...extra }, input, timeout: 60_000 });

describe('npm run validate', () => {
  it('passes good content with counts per kind and status, exit 0', () => {
    const result = run('validate.ts');
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('澄清正名（clarifications）：已发布 3，草稿 1，撤回或过期 2');
    expect(result.stdout).toContain('内容检查通过');
  });

  it('names every problem with file and field, the YAML slips with their fix, exit 1', () => {
    const notice = join(contentDir, 'clarifications/published-notice.md');
    writeFileSync(notice, readFileSync(notice, 'utf8').replace('title: ', 'title：'));
    const poem = join(contentDir, 'culture/published-poem.md');
    writeFileSync(poem, readFileSync(poem, 'utf8').replace('author:\n  name', 'author:\n\tname'));
    const kase = join(contentDir, 'cases/published-case.md');
    writeFileSync(kase, readFileSync(kase, 'utf8').replace('decision: 免予问责', 'decision: 免责'));
    const result = run('validate.ts');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('published-notice.md');
    expect(result.stdout).toContain('第 2 行：字段名后请用半角冒号“:”');
    expect(result.stdout).toMatch(/published-poem\.md[^\n]*缩进请用空格，不要用 Tab 键/);
    expect(result.stdout).toMatch(/published-case\.md › decision：应为 [^\n]*不予问责/);
    expect(result.stdout).toContain('内容检查未通过');
  });
});

describe('npm run new', () => {
  it('asks in a terminal, states the rules, refuses a real name, and writes a draft validate accepts', () => {
    const answers = ['', 'Bad Id', 'new-notice', '关于对某镇干部柏某的澄清说明', 'nowhere', '2', '李振华', '柏某', ''].join('\n');
    const result = run('new-entry.ts', [], answers, { MINGJING_INTERACTIVE: '1' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('匿名化规则');
    expect(result.stdout).toContain('编号只能由小写字母');
    expect(result.stdout).toContain('没有这个机关：nowhere');
    expect(result.stdout).toContain('「李**」不是匿名化的化名');
    expect(result.stdout).not.toContain('李振华');
    const draft = readFileSync(join(contentDir, 'clarifications/new-notice.md'), 'utf8');
    expect(draft).toContain('status: draft');
    expect(draft).toContain('title: "关于对某镇干部柏某的澄清说明"');
    expect(draft).toMatch(/organ: test-county/);
    expect(draft).toMatch(/alias: 柏某/);
    expect(run('validate.ts').status).toBe(0);
  });

  it('stays scriptable with flags, and writes a case into the organ’s series', () => {
    const result = run('new-entry.ts', ['cases', 'new-case', '--title', '某镇：一个案例', '--organ', 'test-city']);
    expect(result.status, result.stderr).toBe(0);
    const draft = readFileSync(join(contentDir, 'cases/new-case.md'), 'utf8');
    expect(draft).toContain('series: test-city-cases');
    expect(draft).toContain('number: 3');
    expect(run('validate.ts').status).toBe(0);
  });

  it('refuses a non-anonymized alias, an existing file and a wrong kind', () => {
    const alias = run('new-entry.ts', ['clarifications', 'x', '--alias', '李振华']);
    expect(alias.status).toBe(1);
    expect(alias.stderr).toContain('「李**」');
    expect(alias.stderr).not.toContain('李振华');
    expect(run('new-entry.ts', ['clarifications', 'published-notice']).status).toBe(1);
    expect(run('new-entry.ts', ['notices', 'x']).status).toBe(2);
  });
});
