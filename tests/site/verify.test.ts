/**
 * Verification: every published notice shows a code; `/v/<code>/` confirms it and links back;
 * withdrawn and expired notices leave a tombstone with nothing personal; the form finds a code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { indexContent, isLive, type IndexedEntry } from '../helpers/content-index.ts';

let dist: string;
let base: string;
let notices: IndexedEntry[];
beforeAll(() => {
  dist = inject('sampleSiteDir');
  base = inject('sampleBase');
  notices = indexContent(resolve(PROJECT_ROOT, 'content')).filter((e) => e.kind === 'clarifications');
});

const codeOnPage = (id: string) =>
  /data-field="verificationCode">([0-9A-Z]{4}-[0-9A-Z]{4})</.exec(
    readFileSync(join(dist, 'clarifications', id, 'index.html'), 'utf8'),
  )?.[1];
const verifyPage = (code: string) => readFileSync(join(dist, 'v', code.toLowerCase(), 'index.html'), 'utf8');

describe('verification pages', () => {
  it('confirm every published notice and link back to it', () => {
    for (const notice of notices.filter((n) => isLive(n, '2026-11-01'))) {
      const code = codeOnPage(notice.id);
      expect(code, notice.id).toBeDefined();
      const html = verifyPage(code!);
      expect(html).toContain('真实有效');
      expect(html).toContain(`href="${base}clarifications/${notice.id}/"`);
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('leave a tombstone for withdrawn and expired notices, with no title or alias, and none for drafts', () => {
    const live = new Set(notices.filter((n) => isLive(n, '2026-11-01')).map((n) => codeOnPage(n.id)!.toLowerCase()));
    const tombstones = readdirSync(join(dist, 'v')).filter((name) => name !== 'index.html' && !live.has(name));
    const gone = notices.filter((n) => !isLive(n, '2026-11-01') && n.status !== 'draft');
    expect(tombstones).toHaveLength(gone.length);
    for (const name of tombstones) {
      const html = verifyPage(name);
      const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
      expect(main).toContain('已撤回');
      for (const notice of notices) {
        expect(html).not.toContain(String(notice.data['title']));
        expect(main).not.toContain((notice.data['subject'] as { alias: string }).alias);
        expect(main).not.toContain((notice.data['subject'] as { role: string }).role);
      }
    }
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/v/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/print/');
  });
});

describe('the verify form in Chromium', () => {
  let browser: TestBrowser;
  let siteUrl: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    siteUrl = inject('sampleSiteUrl');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the verification page for a code typed the way people type it', async () => {
    const notice = notices.find((n) => isLive(n, '2026-11-01'))!;
    const code = codeOnPage(notice.id)!;
    const page = await browser.browser.newPage();
    await page.goto(`${siteUrl}v/`);
    await page.getByLabel('核验码').fill(code.toLowerCase().replace('-', ' '));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${siteUrl}v/${code.toLowerCase()}/`);
    await expect(page.locator('h1').innerText()).resolves.toContain('真实有效');
    await page.goto(`${siteUrl}v/`);
    await page.getByLabel('核验码').fill('123');
    await page.keyboard.press('Enter');
    await expect(page.locator('#verify-message').innerText()).resolves.toContain('8 位');
    await page.close();
  });

  it('warns, for a code the site never issued, that the notice may be forged, with the 12388 line', async () => {
    const page = await browser.browser.newPage();
    await page.goto(`${siteUrl}v/`);
    await page.getByLabel('核验码').fill('ZZZZ-ZZZZ');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#verify-message')?.textContent ?? '').length > 0);
    const message = await page.locator('#verify-message').innerText();
    expect(message).toContain('伪造');
    expect(message).toContain('12388');
    expect(new URL(page.url()).pathname).toBe(`${base}v/`);
    // A forged notice's QR code leads straight to an unknown /v/ page: it says the same.
    const response = await page.goto(`${siteUrl}v/zzzz-zzzz/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-verify-unknown]').innerText()).resolves.toContain('伪造');
    await page.close();
  });
});
