/**
 * The scan CLI, run as editors run it: a child process, its exit code, and everything it
 * prints on stdout and stderr, which must never contain a raw value from the fixture.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/privacy/types.ts';
import { CLEAN_NOTICE, PERSONAL_ITEMS, PERSONAL_PARAGRAPH } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(ROOT, 'scripts', 'scan.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scan(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      NODE,
      [SCRIPT, ...args],
      { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'mingjing-scan-'));
const clean = join(dir, 'clean');
const dirty = join(dir, 'dirty');
mkdirSync(clean);
mkdirSync(join(dirty, 'nested'), { recursive: true });
writeFileSync(join(clean, 'notice.md'), `---\ntitle: 通知\npublicNames: [于谦]\n---\n\n${CLEAN_NOTICE}\n`);
writeFileSync(join(clean, 'poem.mdx'), '---\ntitle: 石灰吟\nauthor:\n  name: 于谦\n  dynasty: 明\n---\n\n作者于谦同志\n');
writeFileSync(join(clean, 'ignored.json'), '{"phone": "13812345678"}');
writeFileSync(join(dirty, 'nested', 'draft.md'), PERSONAL_PARAGRAPH);
const BROKEN_SECRET = '13912345678';
writeFileSync(join(dirty, 'broken.md'), `---\ntitle: [未闭合 ${BROKEN_SECRET}\n---\n被举报人李振华\n`);
writeFileSync(join(dirty, 'notes.txt'), '据赵铁柱反映，卡号4111 1111 1111 1111\n');
const denylistFile = join(dir, 'denylist.txt');
writeFileSync(denylistFile, '# 真实姓名\n赵铁柱\n');

const RAW_VALUES = [...PERSONAL_ITEMS.map((i) => i.raw), BROKEN_SECRET, '李振华', '赵铁柱', '4111 1111 1111 1111', '4111111111111111'];

function expectNoRawValue(run: Run) {
  for (const raw of RAW_VALUES) {
    expect(run.stdout).not.toContain(raw);
    expect(run.stderr).not.toContain(raw);
  }
}

describe('scan CLI', () => {
  it('exits 0 on clean files and says so', async () => {
    const run = await scan([clean]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('通过');
  });

  it('exits 0 with an empty JSON array on clean files', async () => {
    const run = await scan(['--json', clean]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('exits 1 and prints the masked report, walking folders for .md/.txt', async () => {
    const run = await scan([dirty], { MINGJING_DENYLIST: denylistFile });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/发现 \d+ 处/);
    expect(run.stdout).toContain(`${join(dirty, 'nested', 'draft.md')}:2:13  身份证号码(id-card)  3302**********1230`);
    expect(run.stdout).toContain('禁用名单姓名(denylist)  赵**');
    expectNoRawValue(run);
  });

  it('--json prints exactly one array of { file, line, column, kind, excerpt } and nothing else', async () => {
    const run = await scan(['--json', dirty], { MINGJING_DENYLIST: denylistFile });
    expect(run.code).toBe(1);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBe(PERSONAL_ITEMS.length + 4); // + broken.md's mobile and 李振华, notes.txt's 赵铁柱 and card
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['column', 'excerpt', 'file', 'kind', 'line']);
      expect(FINDING_KINDS).toContain(row['kind']);
      expect(typeof row['line']).toBe('number');
      expect(typeof row['column']).toBe('number');
    }
    expect(new Set(rows.map((r) => r['kind']))).toEqual(new Set([...PERSONAL_ITEMS.map((i) => i.kind), 'denylist', 'bank-card']));
    expect(rows.find((r) => r['kind'] === 'denylist')).toMatchObject({ file: join(dirty, 'notes.txt'), line: 1, column: 2 });
    expectNoRawValue(run);
  });

  it('scans a file with broken YAML as plain text, warning without quoting it', async () => {
    const run = await scan(['--json', join(dirty, 'broken.md')]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { kind: string }[]).map((r) => r.kind)).toEqual(['mobile', 'name']);
    expect(run.stderr).toContain('YAML');
    expectNoRawValue(run);
  });

  it('uses publicNames and author.name from front matter', async () => {
    const file = join(dir, 'public.md');
    writeFileSync(file, '---\npublicNames: [王建国]\n---\n县委书记王建国出席\n');
    expect((await scan([file])).code).toBe(0);
  });

  it.each([
    [[], '缺少'],
    [['--verbose', 'content'], '未知选项'],
    [[join(dir, 'does-not-exist')], '找不到'],
  ])('exits 2 with a Chinese message and usage for %j', async (args, message) => {
    const run = await scan(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('用法');
    expect(run.stdout).toBe('');
  });

  it('exits 2 when MINGJING_DENYLIST names a missing file', async () => {
    const run = await scan([clean], { MINGJING_DENYLIST: join(dir, 'missing.txt') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('MINGJING_DENYLIST');
  });

  describe('opens files as the build does', () => {
    const files = join(dir, 'files');
    const outside = join(dir, 'outside');
    mkdirSync(join(files, 'sub'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.md'), PERSONAL_PARAGRAPH);
    writeFileSync(join(files, 'ok.md'), `---\ntitle: 通知\n---\n\n${CLEAN_NOTICE}\n`);
    symlinkSync(join(outside, 'secret.md'), join(files, 'linked.md'));
    symlinkSync(outside, join(files, 'sub', 'linked-folder'));
    const gbk = join(dir, 'gbk.md');
    writeFileSync(
      gbk,
      Buffer.concat([Buffer.from('据'), Buffer.from([0xc0, 0xee, 0xd5, 0xf1, 0xbb, 0xaa]), Buffer.from('反映 13912345678\n')]),
    );

    it("refuses symlinks, file or folder, with the build's message and never follows them", async () => {
      const run = await scan(['--json', files]);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toEqual([]);
      expect(run.stderr).toContain(`${join(files, 'linked.md')} › （文件）：应为 内容文件夹中的普通文件`);
      expect(run.stderr).toContain(`${join(files, 'sub', 'linked-folder')} › （文件）`);
      expect(run.stderr).toContain('符号链接');
      expectNoRawValue(run);
    });

    it('refuses a symlink named on the command line', async () => {
      const run = await scan([join(files, 'linked.md')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('符号链接');
      expect(run.stdout).not.toContain('通过');
      expectNoRawValue(run);
    });

    it('refuses a file that is not UTF-8 instead of scanning replacement characters', async () => {
      const run = await scan([gbk]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${gbk} › （文件）：应为 UTF-8 编码的文本文件`);
      expect(run.stderr + run.stdout).not.toContain('13912345678');
    });
  });
});
