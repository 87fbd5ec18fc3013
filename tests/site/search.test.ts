/**
 * Search and the case library in real Chromium, against the built sample site: Chinese queries
 * find the pages that contain them and nothing else, filters narrow, the state lives in the URL,
 * the count is announced, everything works from the keyboard, and the case library can be
 * browsed by facet with JavaScript (filter panel) and without it (static facet pages).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { indexContent, isOnWebsite } from '../helpers/content-index.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Query → a page it must find. 2- and 4-character words, aliases, places, organs, glossary
 * terms, poem lines and a phrase from a case gist, all written in demo/content/.
 */
const QUERIES: [query: string, expected: string][] = [
  ['回访', 'culture/follow-up-party-warning/'],
  ['訾某', 'clarifications/city-agency-deputy-recruitment/'],
  ['公开招聘', 'clarifications/city-agency-deputy-recruitment/'],
  ['柏某某', 'clarifications/deputy-county-head-official-car/'],
  ['活动室', 'clarifications/community-party-committee-venue/'],
  ['12388', 'clarifications/city-agency-deputy-recruitment/'],
  ['湄川县', 'culture/follow-up-party-warning/'],
  ['棠汀街道纪工委', 'clarifications/community-party-committee-venue/'],
  ['澄清', 'glossary/clarification/'],
  ['容错', 'glossary/fault-tolerance/'],
  ['负面清单', 'glossary/negative-list/'],
  ['诬告陷害', 'glossary/false-accusation/'],
  ['三个区分开来', 'glossary/three-distinctions/'],
  ['谈话函询', 'glossary/inquiry/'],
  ['不予问责', 'glossary/no-accountability/'],
  ['首违不罚', 'cases/first-minor-violation-no-penalty/'],
  ['林权', 'cases/forest-right-mortgage-pilot/'],
  ['食用菌', 'cases/collective-fungi-trial-weather-loss/'],
  ['拆分', 'cases/smart-parking-split-procurement/'],
  ['清单是规范裁量的工具', 'cases/first-minor-violation-no-penalty/'],
  ['于谦', 'culture/shihui-yin/'],
  ['不影响使用', 'culture/follow-up-admonished-cadre/'],
  ['家训', 'culture/stairwell-family-mottos/'],
];

/** Words on no page. Pagefind alone returns look-alike pages for some of them (checked below). */
const ABSENT = ['量子计算', '火星', '区块链', '纪委书记'];

/** Aliases and words of notices kept off the website (no 网站 in their methods): search must know nothing of them. */
const OFF_THE_WEBSITE = ['邬某', '阚某', '村道硬化', '殷某', '郜某'];

let browser: TestBrowser;
let server: { url: string; origin: string };
let siteDir: string;
let base: string;

beforeAll(async () => {
  siteDir = inject('sampleSiteDir');
  base = inject('sampleBase');
  server = { url: inject('sampleSiteUrl'), origin: new URL(inject('sampleSiteUrl')).origin };
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The visible text of a built page's <main>, whitespace removed: an independent ground truth. */
function mainTextOf(path: string): string {
  const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/\s+/g, '');
}

async function newPage(
  options: { javaScript?: boolean; width?: number } = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await (browser.browser as Browser).newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

const status = (page: Page) => page.locator('[data-search-status]');

/** Waits until the live region reports the outcome of the search for `query`. */
async function waitForOutcome(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${q}”`) &&
      !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
    query,
    { timeout: 15_000 },
  );
}

async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.result-card h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.slice(base.length));
}

async function searchFor(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await waitForOutcome(page, query);
  return resultPaths(page);
}

/** Shows every result, clicking “显示更多结果” until it goes away. */
async function showAll(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.result-card').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result-card').length > n, before);
  }
  return resultPaths(page);
}

describe('search in Chromium', () => {
  it(`finds the expected page for ${QUERIES.length} Chinese queries, and every hit contains the query`, async () => {
    const { page, context, errors } = await newPage();
    const failures: string[] = [];
    for (const [query, expected] of QUERIES) {
      await searchFor(page, query);
      const paths = await showAll(page);
      if (!paths.includes(expected)) failures.push(`${query}: ${expected} not in [${paths.join(', ')}]`);
      for (const path of paths) {
        if (!mainTextOf(path).includes(query)) failures.push(`${query}: ${path} does not contain the query`);
      }
      const announced = Number(/共找到 (\d+) 条/.exec((await status(page).textContent()) ?? '')?.[1]);
      if (announced !== paths.length) failures.push(`${query}: announced ${announced}, shown ${paths.length}`);
      // Excerpts show the query itself, marked.
      const marks = await page.locator('.result-card mark').allTextContents();
      if (marks.length === 0 || !marks.some((mark) => mark.replace(/\s+/g, '') === query))
        failures.push(`${query}: excerpt does not mark the query`);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('knows nothing of a notice kept off the website', async () => {
    const { page, context } = await newPage();
    for (const word of OFF_THE_WEBSITE) {
      expect(await searchFor(page, word), word).toEqual([]);
      await expect(status(page).textContent()).resolves.toContain(`没有找到包含“${word}”的内容`);
    }
    await context.close();
  });

  it('returns no results for words that appear nowhere, though Pagefind alone finds look-alikes', async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.url}search/`);
    // A string, so the test runner's bundler leaves the browser's dynamic import alone.
    const raw = (await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      return Promise.all(${JSON.stringify(ABSENT)}.map(async (word) => (await pagefind.search(word)).results.length));
    })()`)) as number[];
    // The filter is what keeps these out: without it, some of these queries would list pages.
    expect(raw.some((count) => count > 0)).toBe(true);
    for (const word of ABSENT) {
      expect(await searchFor(page, word), word).toEqual([]);
      await expect(status(page).textContent()).resolves.toContain(`没有找到包含“${word}”的内容`);
      const suggestions = await page.locator('.search-suggestions a').allTextContents();
      expect(suggestions).toEqual(['澄清', '容错', '回访', '不予问责', '乡村振兴']);
      await expect(page.locator('[data-search-more]').isVisible()).resolves.toBe(false);
    }
    // A suggestion is a working search link.
    await page.locator('.search-suggestions a', { hasText: '回访' }).click();
    await waitForOutcome(page, '回访');
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('narrows results with filters, keeps them in the URL, and sorts by date', async () => {
    const { page, context } = await newPage();
    const all = await searchFor(page, '回访');
    await showAll(page);
    const allCount = (await resultPaths(page)).length;
    expect(all.length).toBeGreaterThan(0);

    await page.locator('[data-search-filters] summary').click();
    await page.getByLabel('类别').selectOption('术语解释');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('kind') === '术语解释');
    await waitForOutcome(page, '回访');
    const terms = await showAll(page);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.length).toBeLessThan(allCount);
    expect(terms.every((path) => path.startsWith('glossary/'))).toBe(true);

    const inYear = await searchFor(page, '澄清', '&year=2024&kind=%E6%BE%84%E6%B8%85%E6%AD%A3%E5%90%8D');
    expect(inYear.length).toBeGreaterThan(0);
    await expect(page.getByLabel('年份').inputValue()).resolves.toBe('2024');
    const years = await page.locator('.result-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!.slice(0, 4)));
    expect(new Set(years)).toEqual(new Set(['2024']));
    expect(inYear.every((path) => path.startsWith('clarifications/'))).toBe(true);

    await searchFor(page, '回访', '&sort=date');
    await showAll(page);
    const dates = await page.locator('.result-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort().reverse()).toEqual(dates);

    // The organ filter narrows to one issuer's pages.
    const organ = await searchFor(page, '澄清', `&organ=${encodeURIComponent('潆州市纪委监委')}`);
    expect(organ.length).toBeGreaterThan(0);
    const organs = await page.locator('.result-meta').allTextContents();
    expect(organs.every((text) => text.includes('潆州市纪委监委'))).toBe(true);
    await context.close();
  });

  it('round-trips the query through ?q=: prefilled on load, URL updated while typing', async () => {
    const { page, context } = await newPage();
    await searchFor(page, '回访');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('回访');
    await expect(page.locator('#site-search-q').inputValue()).resolves.toBe('回访');
    expect((await resultPaths(page)).length).toBeGreaterThan(0);

    await page.locator('#search-q').fill('訾某');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '訾某');
    await waitForOutcome(page, '訾某');
    expect(await resultPaths(page)).toContain('clarifications/city-agency-deputy-recruitment/');
    // No highlight parameter on result links.
    const hrefs = await page.locator('.result-card a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.every((href) => href && !href.includes('?'))).toBe(true);

    await page.reload();
    await waitForOutcome(page, '訾某');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('訾某');
    await context.close();
  });

  it('is reached from the header search box on any page', async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.url}glossary/`);
    await page.locator('#site-search-q').fill('负面清单');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForOutcome(page, '负面清单');
    expect(await resultPaths(page)).toContain('glossary/negative-list/');
    await context.close();
  });

  it('announces the result count in a polite live region', async () => {
    const { page, context } = await newPage();
    await searchFor(page, '訾某');
    const region = status(page);
    await expect(region.getAttribute('role')).resolves.toBe('status');
    await expect(region.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(region.textContent()).resolves.toBe('“訾某”共找到 1 条结果');
    await context.close();
  });

  it('works with the keyboard alone: Tab to the box, type, Enter, Tab to a result, Enter', async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.url}search/`);
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'search-q') {
      await page.keyboard.press('Tab');
      if (++tabs > 30) throw new Error('Tab never reached the search box');
    }
    await page.keyboard.type('林权');
    await page.keyboard.press('Enter');
    await waitForOutcome(page, '林权');
    tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('.result-card') !== null))) {
      await page.keyboard.press('Tab');
      if (++tabs > 40) throw new Error('Tab never reached a result');
    }
    // The focused result shows a visible focus outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(target!, server.url).href);
    await context.close();
  });

  it('has no axe violations with results shown, and loads only first-party files', async () => {
    const { page, context } = await newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${server.origin}/`)) foreign.push(request.url());
    });
    await searchFor(page, '回访', '&kind=%E6%BE%84%E6%B8%85%E6%AD%A3%E5%90%8D');
    await page.locator('[data-search-filters] summary').click();
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
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
    await context.close();
  });

  it('says something useful without JavaScript', async () => {
    const { page, context } = await newPage({ javaScript: false });
    await page.goto(`${server.url}search/?q=回访`);
    const note = page.locator('.search-noscript');
    await expect(note.isVisible()).resolves.toBe(true);
    const links = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      ['clarifications/', 'cases/', 'cases/#case-facets-heading', 'culture/', 'glossary/'].map((path) => `${base}${path}`),
    );
    await context.close();
  });
});

describe('the case library', () => {
  const cases = () => indexContent(SAMPLE_CONTENT).filter((entry) => entry.kind === 'cases' && isOnWebsite(entry, '2026-11-01'));

  it('narrows in place with the filter panel (JavaScript), with counts and the state in the URL', async () => {
    const { page, context, errors } = await newPage();
    await page.goto(`${server.url}cases/`);
    const panel = page.locator('[data-case-panel]');
    await expect(panel.isVisible()).resolves.toBe(true);
    const keyProjects = cases().filter((entry) => entry.data['scenario'] === '重点项目推进');
    await page.getByLabel('容错情形', { exact: true }).selectOption('重点项目推进');
    await page.waitForFunction(() => (document.querySelector('[data-case-panel-status]')?.textContent ?? '').includes('共'));
    await expect(page.locator('[data-case-panel-status]').textContent()).resolves.toBe(`符合条件的案例共 ${keyProjects.length} 个`);
    const shown = () =>
      page
        .locator('[data-case-panel-results] > li h2 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
        .then((hrefs) => hrefs.map((href) => href.slice(base.length).split('/')[1]));
    expect((await shown()).sort()).toEqual(keyProjects.map((entry) => entry.id).sort());
    await expect(page.locator('main ol.entry-list:not([data-case-panel-results])').isVisible()).resolves.toBe(false);
    expect(new URLSearchParams(new URL(page.url()).search).get('scenario')).toBe('重点项目推进');

    // A second facet narrows further; the other facets' counts follow the choice.
    const exempted = keyProjects.filter((entry) => entry.data['decision'] === '免予问责');
    await expect(page.getByLabel('认定结果', { exact: true }).locator('option[value="免予问责"]').textContent()).resolves.toBe(
      `免予问责（${exempted.length}）`,
    );
    await page.getByLabel('认定结果', { exact: true }).selectOption('免予问责');
    await page.waitForFunction((n) => document.querySelectorAll('[data-case-panel-results] > li').length === n, exempted.length);
    expect((await shown()).sort()).toEqual(exempted.map((entry) => entry.id).sort());

    // Reload keeps the choice; 显示全部 restores the full list.
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('[data-case-panel-results] > li').length === n, exempted.length);
    await page.getByRole('button', { name: '显示全部' }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-case-panel-results]')!.hidden);
    await expect(page.locator('main ol.entry-list:not([data-case-panel-results])').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('browses by facet without JavaScript: facet navigation with counts and static facet pages', async () => {
    const { page, context } = await newPage({ javaScript: false });
    await page.goto(`${server.url}cases/`);
    await expect(page.locator('[data-case-panel]').isVisible()).resolves.toBe(false);
    const labels = await page.locator('nav.facet-nav').evaluateAll((navs) => navs.map((nav) => nav.getAttribute('aria-label')));
    expect(labels).toEqual(['按情形浏览', '按认定结果浏览', '按年份浏览', '按地区浏览']);

    // Every facet link leads to a page listing exactly as many cases as its count says.
    const links = await page
      .locator('nav.facet-nav a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.href.startsWith(`${base}cases/`), link.href).toBe(true);
      expect(link.href.slice(base.length)).toMatch(/^cases\/(scenario|decision|year|region)\/[a-z0-9-]+\/$/);
      const count = Number(/（(\d+)）$/.exec(link.text)?.[1]);
      const html = readFileSync(join(siteDir, link.href.slice(base.length), 'index.html'), 'utf8');
      expect((html.match(/<ol class="entry-list">[\s\S]*?<\/ol>/)?.[0].match(/<li>/g) ?? []).length, link.href).toBe(Math.min(count, 10));
      expect(html, link.href).toContain(`共 ${count} 个容错纠错案例`);
    }

    await page.locator('nav[aria-label="按情形浏览"] a', { hasText: '重点项目推进' }).click();
    await page.waitForURL(/\/cases\/scenario\/key-projects\/$/);
    const listed = await page.locator('main ol.entry-list > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(listed.map((href) => href.slice(base.length).split('/')[1]).sort()).toEqual(
      cases()
        .filter((entry) => entry.data['scenario'] === '重点项目推进')
        .map((entry) => entry.id)
        .sort(),
    );
    await expect(page.locator('nav[aria-label="按情形浏览"] a[aria-current="page"]').textContent()).resolves.toContain('重点项目推进');
    await context.close();
  });
});

describe('search costs nothing on other pages', () => {
  it('ships no search script outside the search page and the case library: other pages carry only the reading-preferences script', () => {
    const scripts = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8').match(/<script\b[^>]*>/g) ?? [];
    for (const path of ['', 'glossary/', 'glossary/clarification/', 'clarifications/', 'cases/scenario/key-projects/', 'stats/']) {
      expect(scripts(path), path || 'home').toEqual([`<script src="${base}js/reading-preferences.js">`]);
    }
    expect(
      scripts('search/')
        .filter((tag) => !tag.includes('reading-preferences'))
        .every((tag) => tag.includes(`src="${base}_astro/`) && /\.js"/.test(tag)),
    ).toBe(true);
  });

  it("allows WebAssembly ('wasm-unsafe-eval') only where Pagefind runs", () => {
    const csp = (path: string) =>
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(siteDir, path, 'index.html'), 'utf8'))?.[1] ?? '';
    expect(csp('search/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp('cases/')).toContain("'wasm-unsafe-eval'");
    for (const path of ['', 'cases/page/2/', 'clarifications/city-agency-deputy-recruitment/', 'glossary/'])
      expect(csp(path), path).toContain("script-src 'self';");
  });
});
