/**
 * Print, as a community board prints it: each published notice printed to PDF by Chromium
 * fits one A4 page with its title, 文号, 落款 and QR code, and none of the site's navigation.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { indexContent, isOnWebsite, type IndexedEntry } from '../helpers/content-index.ts';

const OUT = resolve(PROJECT_ROOT, 'test-results/print');
let browser: TestBrowser;
let siteUrl: string;
let work: string;
let notices: IndexedEntry[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'mingjing-print-'));
  siteUrl = inject('sampleSiteUrl');
  browser = await launchBrowser();
  notices = indexContent(SAMPLE_CONTENT).filter((e) => e.kind === 'clarifications' && isOnWebsite(e, '2026-11-01'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('printed notices', () => {
  it('each fit one A4 page with title, 文号, issuer, date and QR, without navigation', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    for (const notice of notices) {
      await page.goto(`${siteUrl}clarifications/${notice.id}/`, { waitUntil: 'networkidle' });
      const pdf = join(work, `${notice.id}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info, notice.id).toMatch(/Pages:\s+1\n/);
      expect(info, notice.id).toMatch(/Page size:.*\(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text, notice.id).toContain(String(notice.data['title']).replace(/\s+/g, ''));
      if (notice.data['docNumber']) expect(text, notice.id).toContain(String(notice.data['docNumber']));
      expect(text, notice.id).toContain('扫码核验');
      expect(text, notice.id).toMatch(/核验码：[0-9A-Z]{4}-[0-9A-Z]{4}/);
      for (const chrome of ['大字模式', '跳到正文', '数据公开', '下载海报图片'])
        expect(text, `${notice.id}: ${chrome}`).not.toContain(chrome);
      // The QR code is vector: the page must carry it as an <svg>, printed in the PDF as paths.
      expect(await page.locator('.page-qr svg path').count()).toBe(1);
    }
    // One printed page kept as an image for people to look at.
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', join(work, `${notices[0]!.id}.pdf`), join(OUT, 'notice')]);
    await context.close();
  });
});
