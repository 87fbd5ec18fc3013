/**
 * The last check over what the build wrote: personal data that reaches an output without being
 * in any source text — through a template, or through Markdown that renders differently from
 * what it says — fails the build, is reported masked, and leaves the previous dist/ untouched.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject } from '../helpers/build-site.ts';
import { folderFingerprint } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const MOBILE = '13812345678';
let work: string;
let contentDir: string;
let dist: string;
let before: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-output-check-'));
  contentDir = join(work, 'content');
  dist = join(work, 'dist');
  cpSync(FIXTURE, contentDir, { recursive: true });
  const first = buildSite({ contentDir, outDir: dist });
  if (first.status !== 0) throw new Error(first.output);
  before = folderFingerprint(dist);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the output check', () => {
  it('catches a phone number that only the rendered page spells out (an HTML entity in Markdown)', () => {
    const file = join(contentDir, 'clarifications/published-notice.md');
    const original = readFileSync(file, 'utf8');
    // The source reads &#49;3812345678: no detector sees a mobile number there; the page shows 13812345678.
    writeFileSync(file, original.replace('特此澄清', `联系电话&#49;${MOBILE.slice(1)}。特此澄清`));
    try {
      const result = buildSite({ contentDir, outDir: dist });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('生成的网站文件中发现个人信息');
      expect(result.output).toMatch(/clarifications\/published-notice\/index\.html:\d+:\d+ {2}手机号码\(mobile\) {2}138\*\*\*\*5678/);
      expect(result.output).not.toContain(MOBILE);
      expect(folderFingerprint(dist)).toBe(before);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('catches personal data written into a template, which no content check reads', () => {
    const project = copyProject(join(work, 'project'));
    mkdirSync(join(project, 'src/pages/leak'), { recursive: true });
    writeFileSync(
      join(project, 'src/pages/leak/index.astro'),
      `---\n---\n<html lang="zh-CN"><body><p>值班人员褚文彧，手机${MOBILE}</p></body></html>\n`,
    );
    const result = buildSite({ contentDir, outDir: dist, root: project });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/leak\/index\.html:\d+:\d+ {2}个人姓名\(name\) {2}褚\*\*/);
    expect(result.output).toMatch(/leak\/index\.html:\d+:\d+ {2}手机号码\(mobile\) {2}138\*\*\*\*5678/);
    expect(result.output).not.toContain(MOBILE);
    expect(result.output).not.toContain('褚文彧');
    expect(folderFingerprint(dist)).toBe(before);
  });
});
