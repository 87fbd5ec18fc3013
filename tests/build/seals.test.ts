/**
 * Electronic seals (`seals` in mingjing.config.json): a pack prints the issuer's seal on its
 * notices and says so on the cover; the image goes only beside the packs, never onto the site.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/node/config.ts';
import { buildSite, copyProject } from '../helpers/build-site.ts';
import { filesContaining, listFiles } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const SEAL =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="45" fill="none" stroke="red" stroke-width="4"/></svg>';
let work: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-seals-'));
  const project = join(work, 'project');
  mkdirSync(project);
  copyProject(project);
  writeFileSync(join(project, 'seal-test-county.svg'), SEAL);
  const configFile = join(project, 'mingjing.config.json');
  writeFileSync(
    configFile,
    JSON.stringify({ ...JSON.parse(readFileSync(configFile, 'utf8')), seals: { 'test-county': 'seal-test-county.svg' } }),
  );
  dist = join(work, 'dist');
  const result = buildSite({ root: project, contentDir: FIXTURE, outDir: dist });
  if (result.status !== 0) throw new Error(result.output);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('electronic seals', () => {
  it('print the issuer’s seal on every notice of its packs, and the cover says the copies need no stamping', () => {
    const pack = readFileSync(join(`${dist}-print`, 'print/board/test-village-board/2026-01/index.html'), 'utf8');
    expect(pack).toMatch(/<img[^>]*src="\/print\/seals\/test-county\.svg"[^>]*alt="测试县纪委监委电子印章"/);
    expect(pack).not.toContain('（盖章处）');
    expect(pack).toContain('每份通知落款处印有发布机关的电子印章，打印后即可张贴。');
    expect(readFileSync(join(`${dist}-print`, 'print/seals/test-county.svg'), 'utf8')).toBe(SEAL);
  });

  it('never put the seal on the site', () => {
    expect(listFiles(dist).filter((file) => file.includes('seal'))).toEqual([]);
    expect(filesContaining(dist, 'print/seals/')).toEqual([]);
    // The 大字版 on the site carries neither a seal (it could be copied) nor a blank seal box.
    const large = readFileSync(join(dist, 'print/notice/published-notice/index.html'), 'utf8');
    expect(large).not.toContain('盖章处');
    expect(large).not.toContain('data-seal');
    expect(existsSync(join(dist, 'print/seals'))).toBe(false);
  });

  it('refuse a seal that is missing or not PNG or SVG, naming the key and the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'mingjing-seal-config-'));
    try {
      writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify({ seals: { 'test-county': 'nowhere.png' } }));
      expect(() => loadSiteConfig({}, root)).toThrow(/seals\.test-county.*nowhere\.png.*mingjing\.config\.json/);
      writeFileSync(join(root, 'seal.jpg'), '');
      writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify({ seals: { 'test-county': 'seal.jpg' } }));
      expect(() => loadSiteConfig({}, root)).toThrow(/PNG 或 SVG/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
