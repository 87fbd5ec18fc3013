/**
 * Builds that must fail: invalid content and personal data. Each one must name the problem
 * clearly, never print the personal data, and leave the previous site exactly as it was.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { filesContaining, folderFingerprint } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
let work: string;
let contentDir: string;
let dist: string;
let goodFingerprint: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-failing-'));
  contentDir = join(work, 'content');
  dist = join(work, 'dist');
  cpSync(FIXTURE, contentDir, { recursive: true });
  const first = buildSite({ contentDir, outDir: dist });
  if (first.status !== 0) throw new Error(first.output);
  goodFingerprint = folderFingerprint(dist);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Applies `change` to a copy of a fixture file, builds, then restores the file. */
function buildWith(file: string, change: (source: string) => string, env: Record<string, string> = {}) {
  const path = join(contentDir, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, change(original));
  try {
    return buildSite({ contentDir, outDir: dist, env });
  } finally {
    writeFileSync(path, original);
  }
}

describe('invalid content', () => {
  it('fails when a notice has no title, naming the file and the field', () => {
    const result = buildWith('clarifications/published-notice.md', (s) => s.replace(/^title: .*\n/m, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('clarifications/published-notice.md › title');
    expect(result.output).toContain('标题');
    expect(folderFingerprint(dist)).toBe(goodFingerprint);
  });

  it('fails when an alias is a full name, without printing the name', () => {
    const result = buildWith('clarifications/published-notice.md', (s) => s.replace('alias: 周某', 'alias: 李振华'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('published-notice.md › subject.alias');
    expect(result.output).toContain('李**');
    expect(result.output).not.toContain('李振华');
    expect(folderFingerprint(dist)).toBe(goodFingerprint);
  });

  it('fails when a clarification to be published lacks consent', () => {
    const result = buildWith('clarifications/published-notice.md', (s) => s.replace('consent: true', 'consent: false'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('published-notice.md › consent');
  });
});

describe('privacy gate', () => {
  const ID_NUMBER = '330206198001011230';
  const MOBILE = '13812345678';

  it('blocks personal data in a published entry: masked in the log, absent from the output, dist untouched', () => {
    const result = buildWith('clarifications/published-notice.md', (s) =>
      s.replace('特此澄清', `联系人手机 ${MOBILE}，身份证号 ${ID_NUMBER}。特此澄清`),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/clarifications/published-notice.md:');
    expect(result.output).toContain('138****5678');
    expect(result.output).toContain('3302**********1230');
    expect(result.output).not.toContain(MOBILE);
    expect(result.output).not.toContain(ID_NUMBER);
    expect(filesContaining(dist, MOBILE)).toEqual([]);
    expect(folderFingerprint(dist)).toBe(goodFingerprint);
  });

  it('blocks a deny-listed real name given through MINGJING_DENYLIST', () => {
    const denylist = join(work, 'denylist.txt');
    writeFileSync(denylist, '# 真实姓名，每行一个\n周建国\n');
    const result = buildWith('clarifications/published-notice.md', (s) => s.replace('特此澄清', '经办人周建国。特此澄清'), {
      MINGJING_DENYLIST: denylist,
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/denylist/);
    expect(result.output).not.toContain('周建国');
    expect(folderFingerprint(dist)).toBe(goodFingerprint);
  });

  it('blocks a re-identifying sentence as reidentify, with the units masked', () => {
    const result = buildWith('clarifications/published-notice.md', (s) => s.replace('特此澄清', '周某系云岙镇石塘村党支部书记。特此澄清'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/published-notice\.md:\d+:\d+ {2}可识别身份的单位和职务\(reidentify\) {2}周某系\*\*镇\*\*村党支部书记/);
    expect(result.output).not.toContain('石塘村');
    expect(folderFingerprint(dist)).toBe(goodFingerprint);
  });

  it('blocks a name found anywhere in the body, masked to the surname', () => {
    const result = buildWith('clarifications/published-notice.md', (s) => s.replace('特此澄清', '褚文彧多次到镇政府反映。特此澄清'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/published-notice\.md:\d+:\d+ {2}个人姓名\(name\) {2}褚\*\*/);
    expect(result.output).not.toContain('褚文彧');
  });

  it('accepts a confirmed false positive in notNames, and checks the list like any field', () => {
    const confirmed = buildWith('clarifications/published-notice.md', (s) =>
      s.replace('特此澄清', '宁海峰称其并不知情。特此澄清').replace('status: published', 'status: published\nnotNames: [宁海峰]'),
    );
    expect(confirmed.status, confirmed.output).toBe(0);
    const stale = buildWith('clarifications/published-notice.md', (s) =>
      s.replace('status: published', 'status: published\nnotNames: [高明]'),
    );
    expect(stale.status).not.toBe(0);
    expect(stale.output).toContain('published-notice.md › notNames[0]：应为 条目中确实出现的词；实际为 「高*」（条目中没有出现）');
  });

  it('does not scan drafts: personal data in a draft does not block the build', () => {
    const result = buildWith('clarifications/draft-notice.md', (s) => s.replace('草稿标记甲：', `草稿标记甲：${MOBILE}`));
    expect(result.status, result.output).toBe(0);
    expect(filesContaining(dist, MOBILE)).toEqual([]);
  });
});

describe('files from elsewhere', () => {
  const MARKER = '蒋文涛330106198807214517';
  /** Runs `setup` (which adds files under content/), builds, then removes what it added. */
  function buildWithFiles(added: string[], setup: () => void, change?: [string, (source: string) => string]) {
    setup();
    try {
      return change ? buildWith(change[0], change[1]) : buildSite({ contentDir, outDir: dist });
    } finally {
      for (const path of added) rmSync(join(contentDir, path), { recursive: true, force: true });
    }
  }
  const expectRefused = (result: { status: number | null; output: string }, file: string, found: string) => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file} › （文件）`);
    expect(result.output).toContain(found);
    expect(result.output).not.toContain('蒋文涛');
    expect(result.output).not.toContain('330106198807214517');
    expect(result.output).not.toMatch(/\n\s+at .*\.ts:\d+/);
    expect(folderFingerprint(dist)).toBe(goodFingerprint);
  };

  it('refuses a symlinked entry without reading it', () => {
    const outside = join(work, 'outside.md');
    writeFileSync(
      outside,
      readFileSync(join(contentDir, 'culture/published-poem.md'), 'utf8').replace('published-poem', 'x') + `\n${MARKER}\n`,
    );
    const result = buildWithFiles(['culture/linked.md'], () => symlinkSync(outside, join(contentDir, 'culture/linked.md')));
    expectRefused(result, 'content/culture/linked.md', '符号链接');
  });

  it('refuses an entry file that is not UTF-8, and one whose name is no slug', () => {
    const poem = readFileSync(join(contentDir, 'culture/published-poem.md'));
    const result = buildWithFiles(['culture/gbk.md', 'culture/%2e%2e.md'], () => {
      writeFileSync(join(contentDir, 'culture/gbk.md'), Buffer.concat([poem, Buffer.from([0xbd, 0xaf, 0xce, 0xc4, 0xcc, 0xce])]));
      writeFileSync(join(contentDir, 'culture/%2e%2e.md'), poem);
    });
    expectRefused(result, 'content/culture/gbk.md', 'UTF-8');
    expect(result.output).toContain('content/culture/%2e%2e.md › （文件）：应为 由小写英文字母');
  });

  it('refuses an image outside content/, naming the entry and image.src', () => {
    mkdirSync(join(work, 'elsewhere'), { recursive: true });
    writeFileSync(join(work, 'elsewhere/x.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${MARKER}</text></svg>`);
    const result = buildWith('culture/published-poem.md', (s) =>
      s.replace(/^title: /m, 'image:\n  src: ../../elsewhere/x.svg\n  alt: 海报\ntitle: '),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/culture/published-poem.md › image.src');
    expect(result.output).toContain('内容文件夹以外');
    expect(result.output).not.toContain(MARKER);
    expect(folderFingerprint(dist)).toBe(goodFingerprint);
  });
});
