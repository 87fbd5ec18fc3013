/**
 * Verification: every issued notice has a record at `/v/<code>/`, whatever its channels, in its
 * own state: current (linking back where the notice is on the website), 公开期满 (still genuine),
 * 已撤回; none repeats the notice's text. The form finds a code, and warns of an unknown one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { indexContent, isLive, isOnWebsite, type IndexedEntry } from '../helpers/content-index.ts';
import { parseEntryFile } from '../../src/content/front-matter.ts';
import { verificationCodeFor, type VerifiableNotice } from '../../src/verify/code.ts';

const TODAY = '2026-11-01';

let dist: string;
let base: string;
let notices: IndexedEntry[];
beforeAll(() => {
  dist = inject('sampleSiteDir');
  base = inject('sampleBase');
  notices = indexContent(SAMPLE_CONTENT).filter((e) => e.kind === 'clarifications');
});

const codeOnPage = (id: string) =>
  /data-field="verificationCode">([0-9A-Z]{4}-[0-9A-Z]{4})</.exec(
    readFileSync(join(dist, 'clarifications', id, 'index.html'), 'utf8'),
  )?.[1];
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const zhDay = (value: unknown) => {
  const [y, m, d] = day(value).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
/** The code a paper copy carries, from the notice's own text (a notice off the website has no page to read it from). */
const codeOf = (notice: IndexedEntry) => {
  const { body } = parseEntryFile(readFileSync(resolve(SAMPLE_CONTENT, 'clarifications', `${notice.id}.md`), 'utf8'));
  const data = notice.data as unknown as VerifiableNotice;
  return verificationCodeFor({ ...data, date: day(notice.data['date']) }, body);
};
const verifyPage = (code: string) => readFileSync(join(dist, 'v', code.toLowerCase(), 'index.html'), 'utf8');
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
/** Nothing of any notice's text on a record: title, alias, post, allegations. */
const expectNothingOfAnyNotice = (html: string) => {
  const main = mainOf(html);
  for (const notice of notices) {
    expect(html).not.toContain(String(notice.data['title']));
    expect(main).not.toContain((notice.data['subject'] as { alias: string }).alias);
    expect(main).not.toContain((notice.data['subject'] as { role: string }).role);
    for (const allegation of notice.data['allegations'] as { summary: string }[]) expect(main).not.toContain(allegation.summary);
  }
};

describe('verification pages', () => {
  it('confirm every current notice on the website and link back to it', () => {
    const web = notices.filter((n) => isOnWebsite(n, TODAY));
    expect(web.length).toBeGreaterThan(0);
    for (const notice of web) {
      const code = codeOnPage(notice.id);
      expect(code, notice.id).toBe(codeOf(notice));
      const html = verifyPage(code!);
      expect(html).toContain('真实有效');
      expect(html).toContain(`href="${base}clarifications/${notice.id}/"`);
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('confirm a current notice kept off the website with its issuer, date and 文号, and nothing of its text', () => {
    const offline = notices.filter((n) => isLive(n, TODAY) && !isOnWebsite(n, TODAY));
    expect(offline.length, 'the sample has notices without 网站').toBeGreaterThan(0);
    for (const notice of offline) {
      const html = verifyPage(codeOf(notice));
      expect(html, notice.id).toContain('data-verify-status="current"');
      expect(html).toContain('核验结果：本通知真实有效');
      expect(html).toContain('本站只提供核验，不登载其内容');
      expect(html).toContain(String(notice.data['docNumber']));
      expect(html).toContain(zhDay(notice.data['date']));
      expect(html).not.toContain(`clarifications/${notice.id}/`);
      expectNothingOfAnyNotice(html);
    }
  });

  it('say of an expired notice that it is genuine and its 公开期 is over, never that it was withdrawn', () => {
    const expired = notices.filter((n) => n.status === 'published' && !isLive(n, TODAY));
    expect(expired.length, 'the sample has an expired notice').toBeGreaterThan(0);
    for (const notice of expired) {
      const html = verifyPage(codeOf(notice));
      expect(html).toContain('data-verify-status="expired"');
      expect(html).toContain('核验结果：本通知真实，公开期已满');
      const docNumber = String(notice.data['docNumber']).replace(/号$/, '');
      expect(html).toContain(`于${zhDay(notice.data['date'])}以${docNumber}号发布，公开期至${zhDay(notice.data['publicUntil'])}。`);
      expect(html).not.toContain('已撤回');
      expectNothingOfAnyNotice(html);
    }
  });

  it('say of a withdrawn notice, neutrally, that its issuer withdrew it; and leave no record for a draft', () => {
    const withdrawn = notices.filter((n) => n.status === 'withdrawn');
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const notice of withdrawn) {
      const html = verifyPage(codeOf(notice));
      expect(html).toContain('data-verify-status="withdrawn"');
      expect(mainOf(html)).toContain('已由发布机关撤回');
      expect(html).not.toContain('公开期已满');
      expectNothingOfAnyNotice(html);
    }
    const records = readdirSync(join(dist, 'v')).filter((name) => name !== 'index.html');
    expect(records.sort()).toEqual(
      notices
        .filter((n) => n.status !== 'draft')
        .map((n) => codeOf(n).toLowerCase())
        .sort(),
    );
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
    const notice = notices.find((n) => isOnWebsite(n, TODAY))!;
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

  it('opens, for the code of an expired paper copy, a page saying it is genuine and its 公开期 is over', async () => {
    const notice = notices.find((n) => n.status === 'published' && !isLive(n, TODAY))!;
    const code = codeOf(notice);
    const page = await browser.browser.newPage();
    await page.goto(`${siteUrl}v/`);
    await page.getByLabel('核验码').fill(code);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${siteUrl}v/${code.toLowerCase()}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('核验结果：本通知真实，公开期已满');
    await expect(page.locator('[data-verify-expired]').innerText()).resolves.toContain('本通知确由');
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
