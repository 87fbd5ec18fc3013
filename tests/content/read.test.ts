/**
 * Reading content files safely: every file that is not a plain, small, UTF-8 file with a slug for
 * a name is refused with a Chinese problem naming the file, its content never read or quoted.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readTextFile, shownPath } from '../../src/content/files.ts';
import { formatProblems } from '../../src/content/problems.ts';
import { readContentFolder } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const MARKER = '蒋文涛330106198807214517';
let root: string;
let contentDir: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-read-'));
  contentDir = join(root, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
  outside = join(root, 'outside');
  mkdirSync(outside);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const poem = () => readFileSync(join(contentDir, 'culture/published-poem.md'), 'utf8');
const read = () => readContentFolder(contentDir, root);
/** One refused file: its problem, the whole report, and that nothing of it was read. */
const refused = () => {
  const raw = read();
  const report = formatProblems(validateContent(raw).problems);
  expect(report).not.toContain('蒋文涛');
  expect(report).not.toContain('330106198807214517');
  expect(report).not.toMatch(/\n\s+at /);
  for (const entry of raw.entries) expect(entry.source).not.toContain(MARKER);
  return { problems: raw.problems, report, ids: raw.entries.map((e) => e.id) };
};

describe('readContentFolder refuses unsafe files', () => {
  it('reads the fixture with no problem', () => {
    const raw = read();
    expect(raw.problems).toEqual([]);
    expect(raw.entries).toHaveLength(10);
  });

  it.each([['..md'], ['%2e%2e.md'], ['王某.md'], ['Upper-Case.md'], ['a_b.md'], ['-lead.md'], ['.hidden.md'], ['x.MD']])('refuses the entry name %s', (name) => {
    writeFileSync(join(contentDir, 'culture', name), `${poem()}\n${MARKER}\n`);
    const { problems, report } = refused();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('（文件）');
    expect(problems[0]!.expected).toContain('小写英文字母、数字和连字符');
    expect(report).toContain('content/culture/');
  });

  it('masks a personal name used as a file name', () => {
    writeFileSync(join(contentDir, 'culture', '蒋文涛.md'), poem());
    const { problems } = refused();
    expect(problems[0]!.file).toBe('content/culture/蒋**.md');
    expect(shownPath('content/cases/330106198807214517.md')).not.toContain('330106198807214517');
  });

  it('refuses a folder named like an entry', () => {
    mkdirSync(join(contentDir, 'culture', 'folder.md'));
    const { problems, ids } = refused();
    expect(problems).toEqual([expect.objectContaining({ file: 'content/culture/folder.md', found: expect.stringContaining('不是普通文件') })]);
    expect(ids).not.toContain('folder');
  });

  it('refuses a symlinked entry and never reads its target', () => {
    writeFileSync(join(outside, 'secret.md'), `${poem()}\n${MARKER}\n`);
    symlinkSync(join(outside, 'secret.md'), join(contentDir, 'culture', 'linked.md'));
    const { problems, ids } = refused();
    expect(problems).toEqual([expect.objectContaining({ file: 'content/culture/linked.md', found: expect.stringContaining('符号链接') })]);
    expect(ids).not.toContain('linked');
  });

  it('refuses a symlinked folder anywhere in content/, and a link to a folder of entries', () => {
    mkdirSync(join(outside, 'more'));
    writeFileSync(join(outside, 'more', 'secret.md'), `${poem()}\n${MARKER}\n`);
    symlinkSync(join(outside, 'more'), join(contentDir, 'culture', 'images'));
    rmSync(join(contentDir, 'cases'), { recursive: true });
    symlinkSync(join(outside, 'more'), join(contentDir, 'cases'));
    const { problems, ids } = refused();
    expect(problems.map((p) => p.file)).toEqual(['content/cases', 'content/culture/images']);
    expect(ids).not.toContain('secret');
  });

  it('refuses a symlinked data file once', () => {
    writeFileSync(join(outside, 'organs.yaml'), readFileSync(join(contentDir, 'organs.yaml')));
    rmSync(join(contentDir, 'organs.yaml'));
    symlinkSync(join(outside, 'organs.yaml'), join(contentDir, 'organs.yaml'));
    const raw = read();
    expect(raw.problems).toEqual([expect.objectContaining({ file: 'content/organs.yaml', found: expect.stringContaining('符号链接') })]);
    expect(raw.data.organs.source).toBe('');
  });

  it('refuses an entry that is not UTF-8 (GBK) without quoting it', () => {
    const gbk = Buffer.concat([Buffer.from(poem()), Buffer.from([0xbd, 0xaf, 0xce, 0xc4, 0xcc, 0xce]), Buffer.from('330106198807214517\n')]);
    writeFileSync(join(contentDir, 'culture', 'gbk-poem.md'), gbk);
    const { problems, ids } = refused();
    expect(problems).toEqual([expect.objectContaining({ file: 'content/culture/gbk-poem.md', expected: 'UTF-8 编码的文本文件' })]);
    expect(ids).not.toContain('gbk-poem');
  });

  it('refuses a data file that is not UTF-8', () => {
    writeFileSync(join(contentDir, 'glossary.yaml'), Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x0a]));
    const raw = read();
    expect(raw.problems).toEqual([expect.objectContaining({ file: 'content/glossary.yaml', found: expect.stringContaining('UTF-8') })]);
  });

  it('refuses a file over the size limit, and reads one at the limit', () => {
    const pad = (bytes: number) => `${poem()}\n${'。'.repeat(Math.floor((bytes - Buffer.byteLength(poem()) - 1) / 3))}`;
    writeFileSync(join(contentDir, 'culture', 'big.md'), `${pad(MAX_FILE_BYTES + 10)}${MARKER}`);
    writeFileSync(join(contentDir, 'culture', 'fits.md'), pad(MAX_FILE_BYTES));
    const { problems, ids } = refused();
    expect(problems).toEqual([expect.objectContaining({ file: 'content/culture/big.md', expected: '不超过 512 KB 的文件' })]);
    expect(ids).toContain('fits');
    expect(ids).not.toContain('big');
  });

  it('does not hang on a FIFO named like an entry', () => {
    execFileSync('mkfifo', [join(contentDir, 'culture', 'pipe.md')]);
    const { problems } = refused();
    expect(problems).toEqual([expect.objectContaining({ file: 'content/culture/pipe.md', found: expect.stringContaining('不是普通文件') })]);
  });
});

describe('readTextFile', () => {
  it('returns the text of a UTF-8 file, without its byte-order mark', () => {
    const file = join(root, 'bom.md');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('正文')]));
    expect(readTextFile(file)).toEqual({ text: '正文' });
  });

  it('refuses an overlong encoding and a lone surrogate as invalid UTF-8', () => {
    const overlong = join(root, 'overlong.md');
    writeFileSync(overlong, Buffer.from([0x61, 0xc0, 0xaf]));
    expect(readTextFile(overlong).refusal).toEqual({ reason: 'notUtf8' });
    const surrogate = join(root, 'surrogate.md');
    writeFileSync(surrogate, Buffer.from([0xed, 0xa0, 0x80]));
    expect(readTextFile(surrogate).refusal).toEqual({ reason: 'notUtf8' });
  });
});
