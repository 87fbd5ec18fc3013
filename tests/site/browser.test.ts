/**
 * The browser harness: the built sample site served by nginx with the deploy configuration (at
 * the root, and in the site-base project under a base path) and read in headless Chromium as a
 * reader would — a phone-sized screen, then a desktop one. Screenshots land in
 * test-results/screenshots/ for people to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { indexContent, isOnWebsite } from '../helpers/content-index.ts';

const SCREENSHOTS = resolve(PROJECT_ROOT, 'test-results/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: TestBrowser;
let siteUrl: string;
let origin: string;
const pages: { name: string; path: string }[] = [{ name: 'home', path: '' }];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  siteUrl = inject('sampleSiteUrl');
  origin = new URL(siteUrl).origin;
  browser = await launchBrowser();
  const entries = indexContent(SAMPLE_CONTENT).filter((e) => isOnWebsite(e, '2026-11-01'));
  for (const kind of ['clarifications', 'cases', 'culture'] as const) {
    pages.push({ name: `${kind}-list`, path: `${kind}/` });
    const entry = entries.find((e) => e.kind === kind && (kind !== 'culture' || e.data['form'] === '诗词'))!;
    pages.push({ name: `${kind}-entry`, path: `${kind}/${entry.id}/` });
  }
  pages.push({ name: 'glossary', path: 'glossary/' }, { name: 'stats', path: 'stats/' }, { name: 'not-found', path: 'no-such-page/' });
  // Print pages are read on screen first: the 大字版 and a poster. (Board packs are not on the
  // site: they are built beside it, in dist-print/, and tested in board.test.ts.)
  const notice = entries.find((e) => e.kind === 'clarifications')!;
  pages.push(
    { name: 'board-notice', path: `print/notice/${notice.id}/` },
    { name: 'poster-print', path: `print/poster/clarifications/${notice.id}/` },
  );
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records every request that leaves 127.0.0.1 and every console error. */
async function open(
  path: string,
  viewport: { width: number; height: number },
  options: { javaScript?: boolean; bypassCSP?: boolean } = {},
) {
  const context = await browser.browser.newContext({
    viewport,
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  // Resource failures are judged by their response below: a 404 page's own 404 is expected.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  return { page, context, foreign, errors, status: response?.status() };
}

async function typography(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return {
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    };
  });
}

describe('pages in Chromium', () => {
  it('render every template on a 320 px phone with large type and no third-party requests', async () => {
    for (const { name, path } of pages) {
      const { page, context, foreign, errors, status } = await open(path, { width: 320, height: 720 });
      expect(status, path).toBe(name === 'not-found' ? 404 : 200);
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      const type = await typography(page);
      expect(type.fontSize, path).toBeGreaterThanOrEqual(18);
      expect(type.lineHeight, path).toBeGreaterThanOrEqual(1.6);
      expect(type.scrollWidth, `${path} overflows horizontally at 320 px`).toBeLessThanOrEqual(type.clientWidth);
      expect(foreign, path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-phone.png`, fullPage: true });
      await context.close();
    }
  });

  it('render on a desktop screen', async () => {
    for (const { name, path } of pages) {
      const { page, context } = await open(path, { width: 1280, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-desktop.png` });
      await context.close();
    }
  });

  it('are readable without JavaScript', async () => {
    const entry = pages.find((p) => p.name === 'clarifications-entry')!;
    const { page, context } = await open(entry.path, { width: 390, height: 844 }, { javaScript: false });
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(200);
    await expect(page.locator('.share-panel a[download]').isVisible()).resolves.toBe(true);
    // Buttons that need a script stay hidden when there is none: no dead controls.
    await expect(page.locator('.share-panel button').first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('enlarge text with the larger-text switch, without JavaScript', async () => {
    const { page, context } = await open('', { width: 390, height: 844 }, { javaScript: false });
    const before = (await typography(page)).fontSize;
    await page.getByLabel('大字模式').check();
    const after = (await typography(page)).fontSize;
    expect(after).toBeGreaterThanOrEqual(before * 1.2);
    await context.close();
  });

  it('can be used with the keyboard: the first Tab reaches the skip link', async () => {
    const { page, context } = await open('', { width: 1280, height: 900 });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await context.close();
  });

  it('have no axe violations (WCAG 2.2 AA) on any template', async () => {
    for (const { path } of pages) {
      const { page, context } = await open(path, { width: 1280, height: 900 }, { bypassCSP: true });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
      await context.close();
    }
  });
});
