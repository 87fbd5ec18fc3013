/**
 * Seal images in mingjing.config.json: by organ id, site paths of image files under public/. A
 * path that is not an image path, or a file that is not there, stops the build with the key.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/node/config.ts';

const root = mkdtempSync(join(tmpdir(), 'mingjing-seals-'));
mkdirSync(join(root, 'public/seals'), { recursive: true });
writeFileSync(join(root, 'public/seals/city.png'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const load = (seals: unknown) => {
  writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify(seals === undefined ? {} : { seals }));
  return loadSiteConfig({}, root).seals;
};

describe('seal images', () => {
  it('are none unless configured: no notice prints a seal', () => {
    expect(load(undefined)).toEqual({});
  });

  it('map an organ to an image under public/', () => {
    expect(load({ city: '/seals/city.png' })).toEqual({ city: '/seals/city.png' });
  });

  it.each([['seals/city.png'], ['/seals/city.pdf'], ['/../secret.png'], [42]])('refuse %s, naming the key', (path) => {
    expect(() => load({ city: path })).toThrow(/印章图片配置 seals\.city 有误/);
  });

  it('refuse an image that is not there', () => {
    expect(() => load({ county: '/seals/county.png' })).toThrow(/印章图片 seals\.county 指向的文件不存在：public\/seals\/county\.png/);
  });
});
