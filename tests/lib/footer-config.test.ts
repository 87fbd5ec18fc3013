/**
 * The footer lines of mingjing.config.json: a government site's 网站标识码, ICP备案, 公安备案
 * and contact lines, each optional, each checked against the form it is issued in, so a number
 * pasted into the wrong key stops the build with a message naming the key and the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/node/config.ts';

const root = mkdtempSync(join(tmpdir(), 'mingjing-footer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const load = (footer: unknown) => {
  writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify(footer === undefined ? {} : { footer }));
  return loadSiteConfig({}, root).footer;
};

describe('the footer configuration', () => {
  it('is empty when not set: no line is shown', () => {
    expect(load(undefined)).toEqual({ contact: [] });
  });

  it('reads the three numbers and the contact lines, trimmed', () => {
    expect(
      load({
        siteCode: '3302000001',
        icp: '浙ICP备12345678号-1',
        publicSecurity: '浙公网安备 33020302000001号',
        contact: [' 主办：某市纪委监委 '],
      }),
    ).toEqual({
      siteCode: '3302000001',
      icp: '浙ICP备12345678号-1',
      publicSecurity: '浙公网安备 33020302000001号',
      contact: ['主办：某市纪委监委'],
    });
    expect(load({ siteCode: 'bm01000001', icp: '' })).toEqual({ siteCode: 'bm01000001', contact: [] });
  });

  it.each([
    ['siteCode', { siteCode: '33020000' }],
    ['icp', { icp: '浙公网安备 33020302000001号' }],
    ['publicSecurity', { publicSecurity: '浙ICP备12345678号' }],
    ['contact', { contact: '主办：某市纪委监委' }],
    ['contact', { contact: ['  '] }],
  ])('refuses a malformed footer.%s, naming the key, the value and the file', (key, footer) => {
    expect(() => load(footer)).toThrow(new RegExp(`页脚配置 footer\\.${key} 有误.*mingjing\\.config\\.json`));
  });

  it('refuses a key it does not know, listing those it does', () => {
    expect(() => load({ beian: '浙ICP备12345678号' })).toThrow(/未知的项「beian」.*siteCode.*icp.*publicSecurity.*contact/);
  });

  it('takes MINGJING_FOOTER over the file', () => {
    writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify({ footer: { siteCode: '3302000001' } }));
    expect(loadSiteConfig({ MINGJING_FOOTER: JSON.stringify({ icp: '浙ICP备12345678号' }) }, root).footer).toEqual({
      icp: '浙ICP备12345678号',
      contact: [],
    });
  });
});
