/**
 * 放置图片: a poster placed into content/ from the desk for a 廉洁文化 entry passes the media
 * checks first: a raster image is re-encoded without metadata, an SVG is rebuilt from the
 * allow-list and its texts pass the privacy gate, anything else is refused and nothing is written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { logIn, startDesk, type TestDesk } from './helpers.ts';

let desk: TestDesk;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;
let entryUrl: string;

/** An invented photographer's name in the EXIF block: it must not survive. */
const EXIF_NAME = 'Ouyang Zhengqing';

beforeAll(async () => {
  desk = await startDesk({ git: false });
  chromium = await launchBrowser();
  context = await chromium.browser.newContext();
  page = await context.newPage();
  await logIn(page, desk.url, 'editor');
  await page.goto(desk.url);
  const form = page.locator('form[action="/entries"]');
  await form.getByLabel('类别').selectOption({ label: '廉洁文化' });
  await form.getByLabel(/编号/).fill('desk-poster');
  await form.getByLabel('标题').fill('清风海报');
  await form.getByRole('button', { name: '新建' }).click();
  await page.waitForURL(/m=created/);
  entryUrl = page.url().replace(/\?.*$/, '');
});

afterAll(async () => {
  await context?.close();
  await chromium?.close();
  await desk?.cleanup();
});

const images = () => {
  const dir = join(desk.contentDir, 'culture', 'images');
  return existsSync(dir) ? readdirSync(dir) : [];
};

async function place(name: string, buffer: Buffer, mimeType: string): Promise<void> {
  const section = page.getByRole('region', { name: '图片（海报、书签）' });
  await section.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await section.getByLabel(/图片说明/).fill('红底海报，中间写着“清风”两个大字。');
  await section.getByRole('button', { name: '放置图片' }).click();
  await page.waitForLoadState();
}

describe('placing a poster from the desk', () => {
  it('re-encodes a photo without its EXIF block, places it beside the entry and writes image.src', async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b00020' } })
      .jpeg()
      .withExif({ IFD0: { Artist: EXIF_NAME, ImageDescription: EXIF_NAME } })
      .toBuffer();
    expect(photo.includes(Buffer.from(EXIF_NAME))).toBe(true);
    await place('海报.jpg', photo, 'image/jpeg');
    await page.waitForURL(/m=imagePlaced/);
    const [file] = images();
    expect(file).toMatch(/^desk-poster-[0-9a-f]{8}\.jpg$/);
    const written = readFileSync(join(desk.contentDir, 'culture', 'images', file!));
    expect(written.includes(Buffer.from(EXIF_NAME))).toBe(false);
    expect((await sharp(written).metadata()).exif).toBeUndefined();
    const source = desk.desk.db.entryBySlug('culture', 'desk-poster')!.source;
    expect(source).toContain(`src: images/${file}`);
    expect(source).toContain('红底海报');
    expect(await page.getByRole('region', { name: '图片（海报、书签）' }).textContent()).toContain(`images/${file}`);
    // The preview shows it from a data: URL (the frame loads nothing).
    const html = await (await page.request.get(`${entryUrl}/preview`)).text();
    expect(html).toMatch(/<img[^>]*src="data:image\/jpeg;base64,/);
    expect(desk.desk.db.auditRows().map((row) => row.action)).toContain('image');
  });

  it('refuses an SVG whose text names a person, and writes nothing', async () => {
    const before = images();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><script>alert(1)</script><text x="5" y="20">联系人欧阳正清</text></svg>',
    );
    await place('poster.svg', svg, 'image/svg+xml');
    expect(await page.getByRole('alert').textContent()).toContain('图片中的文字含疑似个人信息');
    expect(await page.getByRole('alert').textContent()).not.toContain('欧阳正清');
    expect(images()).toEqual(before);
  });

  it('places a clean SVG without its script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><script>alert(1)</script><text x="5" y="20">清风</text></svg>',
    );
    await place('poster.svg', svg, 'image/svg+xml');
    await page.waitForURL(/m=imagePlaced/);
    const svgFile = images().find((name) => name.endsWith('.svg'))!;
    const written = readFileSync(join(desk.contentDir, 'culture', 'images', svgFile), 'utf8');
    expect(written).toContain('清风');
    expect(written).not.toContain('script');
  });

  it('refuses a file that is no image, whatever its name says', async () => {
    const before = images();
    await place('poster.png', Buffer.from('这不是图片'), 'image/png');
    expect(await page.getByRole('alert').textContent()).toContain('这不是可用的图片');
    expect(images()).toEqual(before);
  });
});
