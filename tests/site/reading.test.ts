/**
 * Reading aids in Chromium: glossary terms open their definition in place by keyboard and by
 * touch (and are plain links without JavaScript), the larger-text and high-contrast settings are
 * remembered from page to page and stay axe-clean, and the 朗读 button appears only where the
 * browser can speak Chinese, reading the entry without a request of its own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { indexContent, isOnWebsite } from '../helpers/content-index.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: TestBrowser;
let siteUrl: string;
let casePath: string;
let noticePath: string;
beforeAll(async () => {
  browser = await launchBrowser();
  siteUrl = inject('sampleSiteUrl');
  const entries = indexContent(SAMPLE_CONTENT).filter((e) => isOnWebsite(e, '2026-11-01'));
  casePath = `cases/${entries.find((e) => e.kind === 'cases' && e.id === 'first-minor-violation-no-penalty')!.id}/`;
  noticePath = `clarifications/${entries.find((e) => e.kind === 'clarifications')!.id}/`;
});
afterAll(() => browser?.close());

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await run.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('glossary terms in an entry', () => {
  it('open and close their definition from the keyboard', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}${casePath}`);
    const toggle = page.locator('.term-toggle').first();
    await expect(toggle.isVisible()).resolves.toBe(true);
    const definition = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    await expect(definition.isVisible()).resolves.toBe(false);
    // Reach it with Tab, as a keyboard user does.
    for (let tabs = 0; !(await toggle.evaluate((el) => el === document.activeElement)); tabs++) {
      if (tabs > 80) throw new Error('Tab never reached the glossary button');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(definition.isVisible()).resolves.toBe(true);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(definition.isVisible()).resolves.toBe(false);
    await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press(' ');
    await expect(definition.isVisible()).resolves.toBe(true);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('open their definition with a tap', async () => {
    const context = await browser.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${casePath}`);
    const toggle = page.locator('.term-toggle').first();
    await toggle.tap();
    await expect(page.locator(`#${await toggle.getAttribute('aria-controls')}`).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('are plain links to the term page without JavaScript', async () => {
    const context = await browser.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${casePath}`);
    await expect(page.locator('.term-toggle').first().isVisible()).resolves.toBe(false);
    const link = page.locator('.term-link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/glossary\/[a-z0-9-]+\/$/);
    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith(href!.replace(/^.*\/glossary\//, 'glossary/')));
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    await context.close();
  });
});

describe('reading settings', () => {
  it('remember larger text and high contrast from page to page', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByLabel('大字模式').check();
    await page.getByLabel('高对比度').check();
    expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
    await page.goto(`${siteUrl}${noticePath}`);
    expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
    await expect(page.getByLabel('大字模式').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('高对比度').isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.dataset['contrast'])).resolves.toBe('high');
    await page.getByLabel('大字模式').uncheck();
    await page.goto(siteUrl);
    expect(await size()).toBe(before);
    await context.close();
  });

  it('stay within WCAG 2.2 AA in each mode', async () => {
    const context = await browser.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const mode of [{ textSize: 'large' }, { contrast: 'high' }, { textSize: 'large', contrast: 'high' }]) {
      await page.goto(siteUrl);
      await page.evaluate((stored) => localStorage.setItem('mingjing.reading', JSON.stringify(stored)), mode);
      for (const path of ['', noticePath, casePath, 'stats/', 'cases/compare/']) {
        await page.goto(`${siteUrl}${path}`);
        expect(await axe(page), `${JSON.stringify(mode)} ${path}`).toEqual([]);
      }
    }
    await context.close();
  });
});

/** A stand-in for the browser's speech synthesis: the voices it offers and what it was asked to say. */
const fakeSpeech = (voices: { lang: string; name: string }[]) => `(() => {
  const spoken = [];
  window.__spoken = spoken;
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.listeners = {}; } addEventListener(type, fn) { this.listeners[type] = fn; } };
  Object.defineProperty(window, 'speechSynthesis', { value: {
    getVoices: () => ${JSON.stringify(voices)},
    speak: (utterance) => spoken.push(utterance.text),
    cancel: () => {},
    addEventListener: () => {},
  } });
})();`;

describe('the 朗读 button', () => {
  it('reads the entry aloud in Chinese where there is a Chinese voice, with no request of its own', async () => {
    const context = await browser.browser.newContext();
    await context.addInitScript(fakeSpeech([{ lang: 'zh-CN', name: '中文' }]));
    const page = await context.newPage();
    await page.goto(`${siteUrl}${noticePath}`, { waitUntil: 'networkidle' });
    const button = page.getByRole('button', { name: '朗读' });
    await expect(button.isVisible()).resolves.toBe(true);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await button.click();
    const spoken = (await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).join('');
    const title = await page.locator('main h1').innerText();
    expect(spoken).toContain(title);
    expect(spoken).not.toContain('释义');
    expect(requests).toEqual([]);
    await expect(page.getByRole('button', { name: '停止朗读' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('stays hidden where the browser has no Chinese voice, or no speech synthesis at all', async () => {
    for (const script of [
      fakeSpeech([{ lang: 'en-US', name: 'English' }]),
      "Object.defineProperty(window, 'speechSynthesis', { value: undefined });",
    ]) {
      const context = await browser.browser.newContext();
      await context.addInitScript(script);
      const page = await context.newPage();
      await page.goto(`${siteUrl}${noticePath}`, { waitUntil: 'networkidle' });
      await expect(page.locator('[data-read-aloud]').isVisible()).resolves.toBe(false);
      await context.close();
    }
  });
});
