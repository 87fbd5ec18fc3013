/**
 * Electronic seals in mingjing.config.json: by organ id, PNG or SVG files in the project. A path
 * that is not such a file, or an organ id that is not one, stops the build naming the key. The
 * images print only in the board packs beside the site (tests/build/seals.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/node/config.ts';

const root = mkdtempSync(join(tmpdir(), 'mingjing-seals-'));
mkdirSync(join(root, 'seals'), { recursive: true });
writeFileSync(join(root, 'seals/city.png'), '');
writeFileSync(join(root, 'seals/city.pdf'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const load = (seals: unknown) => {
  writeFileSync(join(root, 'mingjing.config.json'), JSON.stringify(seals === undefined ? {} : { seals }));
  return loadSiteConfig({}, root).seals;
};

describe('seal images', () => {
  it('are none unless configured: no notice prints a seal', () => {
    expect(load(undefined)).toEqual({});
  });

  it('map an organ to an image file in the project', () => {
    expect(load({ city: 'seals/city.png' })).toEqual({ city: join(root, 'seals/city.png') });
  });

  it.each([['seals/city.pdf'], ['seals/missing.png'], [42]])('refuse %s, naming the key', (path) => {
    expect(() => load({ city: path })).toThrow(/seals\.city/);
  });

  it('refuse an organ id that is not one', () => {
    expect(() => load({ 'City Organ': 'seals/city.png' })).toThrow(/seals\.City Organ/);
  });
});
