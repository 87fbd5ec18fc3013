/**
 * Study aids and transparency in the built sample site: glossary links in bodies and term pages
 * listing their entries, related cases with reasons, series neighbours, the keyword index, the
 * comparison table (and its sorting in Chromium), charts with tables and sources, and browsing
 * culture by form and audience.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { indexContent, isOnWebsite, type IndexedEntry } from '../helpers/content-index.ts';

let dist: string;
let base: string;
let entries: IndexedEntry[];
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const live = (kind: IndexedEntry['kind']) => entries.filter((e) => e.kind === kind && isOnWebsite(e, '2026-11-01'));
const year = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 4);

beforeAll(() => {
  dist = inject('sampleSiteDir');
  base = inject('sampleBase');
  entries = indexContent(SAMPLE_CONTENT);
});

describe('the glossary in place', () => {
  it('links terms in the bodies of cases and notices, never in poems, and each term page lists the entries using it', () => {
    const linked = [...live('cases'), ...live('clarifications')].filter((e) => page(`${e.kind}/${e.id}`).includes('class="term-link"'));
    expect(linked.length).toBeGreaterThan(10);
    for (const poem of live('culture').filter((e) => e.data['form'] === '诗词'))
      expect(page(`culture/${poem.id}`), poem.id).not.toContain('class="term-link"');
    const termPage = page('glossary/three-distinctions');
    const users = live('cases').filter((e) =>
      readFileSync(resolve(SAMPLE_CONTENT, 'cases', `${e.id}.md`), 'utf8')
        .split(/^---$/m)[2]!
        .includes('三个区分开来'),
    );
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) expect(termPage).toContain(`href="${base}cases/${user.id}/"`);
  });

  it('links each term once per body', () => {
    for (const entry of live('cases')) {
      const html = page(`cases/${entry.id}`);
      const hrefs = [...html.matchAll(/class="term-link"/g)].length;
      const terms = new Set([...html.matchAll(/href="[^"]*glossary\/([a-z0-9-]+)\/" class="term-link"/g)].map((m) => m[1]));
      expect(hrefs, entry.id).toBe(terms.size);
    }
  });
});

describe('case study aids', () => {
  it('list related cases with the reason they are related', () => {
    const html = page('cases/kitchen-waste-onsite-equipment');
    const reasons = [...html.matchAll(/data-related-reason[^>]*>\s*([^<]+)</g)].map((m) => m[1]!.trim());
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/^(同为|共同关键词)/);
    expect(html).toContain('同为改革创新');
  });

  it('link the previous and next case of the series', () => {
    const html = page('cases/dilapidated-house-photo-acceptance');
    expect(html).toMatch(new RegExp(`rel="prev" href="${base}cases/forest-right-mortgage-pilot/"`));
    expect(html).toMatch(new RegExp(`rel="next" href="${base}cases/kitchen-waste-onsite-equipment/"`));
    expect(page('cases/freeze-rural-water-emergency-repair')).not.toContain('rel="prev"');
  });

  it('index every keyword of the published cases, with the cases that carry it', () => {
    const html = page('cases/keywords');
    for (const entry of live('cases'))
      for (const keyword of entry.data['keywords'] as string[]) {
        const block = new RegExp(`<dt id="kw-${keyword}"[^>]*>${keyword}</dt>\\s*<dd[^>]*>([\\s\\S]*?)</dd>`).exec(html)?.[1];
        expect(block, keyword).toBeDefined();
        expect(block).toContain(`href="${base}cases/${entry.id}/"`);
      }
  });

  it('compare every case in one table: scenario, the four tests, decision and year', () => {
    const html = page('cases/compare');
    for (const entry of live('cases')) {
      const row = new RegExp(`<tr[^>]*data-case="${entry.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
      expect(row, entry.id).toBeDefined();
      expect(row).toContain(String(entry.data['scenario']));
      expect(row).toContain(String(entry.data['decision']));
      expect(row).toContain(`>${year(entry.data['date'])}<`);
      const assessment = entry.data['assessment'] as Record<string, { meets: boolean }>;
      for (const test of ['motive', 'procedure', 'outcome', 'integrity'])
        expect(
          new RegExp(`data-test="${test}"[^>]*>\\s*${assessment[test]!.meets ? '符合' : '不符合'}\\s*<`).test(row!),
          `${entry.id} ${test}`,
        ).toBe(true);
    }
    expect([...html.matchAll(/data-case="/g)]).toHaveLength(live('cases').length);
  });
});

describe('statistics as pictures', () => {
  it('draw each chart as SVG with its caption, a data table and a source, marked reported or counted', () => {
    const html = page('stats');
    const charts = [
      ...html.matchAll(/<figure class="chart"[^>]*data-chart="([^"]+)" data-chart-kind="(reported|site)"[\s\S]*?<\/figure>/g),
    ];
    expect(charts.map((m) => m[1])).toEqual([
      'chart-clarified',
      'chart-notices',
      'chart-subjects',
      'chart-decisions',
      'chart-disciplined',
      'chart-follow-ups',
    ]);
    for (const [figure, id, kind] of charts) {
      expect(figure, id).toMatch(/<svg viewBox="0 0 \d+ \d+" role="img" aria-labelledby="/);
      expect(figure, id).toContain('<figcaption');
      expect(figure, id).toContain('<table class="chart-table"');
      expect(figure, id).toContain(kind === 'reported' ? '机关公开数字' : '本站内容统计');
      expect(figure, id).toMatch(/class="chart-source"[^>]*>来源：[^<]{4,}</);
    }
  });

  it('count the notices by year as the site holds them, and show nested organs side by side, never summed', () => {
    const html = page('stats');
    const notices = /data-chart="chart-notices"[\s\S]*?<\/figure>/.exec(html)![0];
    const byYear = new Map<string, number>();
    for (const notice of live('clarifications')) byYear.set(year(notice.data['date']), (byYear.get(year(notice.data['date'])) ?? 0) + 1);
    for (const [y, count] of byYear) expect(notices).toMatch(new RegExp(`<th scope="row"[^>]*>${y}</th>\\s*<td[^>]*>${count}</td>`));
    const clarified = /data-chart="chart-clarified"[\s\S]*?<\/figure>/.exec(html)![0];
    // The city's two rows side by side; the county's 11 is inside the city's 86, never added to it.
    expect(clarified).toContain('>86<');
    expect(clarified).toContain('>38<');
    expect(clarified).toContain('>11<');
    expect(clarified).not.toContain('>97<');
  });
});

describe('the culture section', () => {
  it('can be browsed by form and by audience, each page listing exactly its items', () => {
    const forms: Record<string, string> = { 诗词: 'poems', 回访教育: 'follow-up-education', 海报: 'posters' };
    for (const [form, slug] of Object.entries(forms)) {
      const html = page(`culture/form/${slug}`);
      const expected = live('culture').filter((e) => e.data['form'] === form);
      expect([...html.matchAll(/<li>\s*<h2>\s*<a href="[^"]*culture\/([^/]+)\//g)].map((m) => m[1]).sort(), form).toEqual(
        expected.map((e) => e.id).sort(),
      );
    }
    const families = live('culture').filter((e) => (e.data['audience'] as string[] | undefined)?.includes('家庭'));
    expect(families.length).toBeGreaterThan(0);
    const html = page('culture/audience/families');
    for (const item of families) expect(html).toContain(`culture/${item.id}/`);
    expect(page('culture')).toContain('按体裁浏览');
  });

  it('feature one item on the home page and put a poem’s annotation beside its lines', () => {
    expect(page('')).toMatch(/data-featured="[a-z0-9-]+"/);
    expect(page('culture/shihui-yin')).toMatch(/class="culture-text with-annotation"[\s\S]*<aside class="annotation"/);
  });
});

describe('the comparison table in Chromium', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('sorts by a column from its header button, and says how in aria-sort', async () => {
    const context = await browser.browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${inject('sampleSiteUrl')}cases/compare/`);
    const years = () => tab.locator('tbody tr td:last-child').allInnerTexts();
    await tab.getByRole('button', { name: '按年份排序' }).click();
    expect(await years()).toEqual([...(await years())].sort());
    await expect(tab.locator('th[aria-sort="ascending"]').count()).resolves.toBe(1);
    await tab.getByRole('button', { name: '按年份排序' }).press('Enter');
    expect(await years()).toEqual([...(await years())].sort().reverse());
    await expect(tab.locator('th[aria-sort="descending"]').count()).resolves.toBe(1);
    await context.close();
  });
});
