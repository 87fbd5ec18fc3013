/**
 * Community boards, printed to PDF in Chromium as staff would print them: the monthly pack per
 * organ (cover + one large-type notice per A4 page, long notices continued under a running
 * head), the 公开栏大字版 of one notice, posters on A4 and A3, the case study handout, QR codes
 * that decode from the paper, and `npm run pdf`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { printToPdf } from '../../src/print/pdf.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { NODE_BIN, PROJECT_ROOT } from '../helpers/build-site.ts';
import { indexContent, isLive, type IndexedEntry } from '../helpers/content-index.ts';
import { A3, A4, pageCount, pageSizes, pageText, qrOnPage } from '../helpers/pdf.ts';

const TODAY = '2026-11-01';
const SITE = 'https://mingjing.test';
let browser: TestBrowser;
let dist: string;
let siteUrl: string;
let work: string;
let notices: IndexedEntry[];
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const zhDay = (value: unknown) => {
  const [y, m, d] = day(value).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const codeOf = (id: string) => /data-field="verificationCode">([0-9A-Z]{4}-[0-9A-Z]{4})</.exec(html(`clarifications/${id}/`))![1]!;
const squash = (text: string) => text.replace(/\s+/g, '');
/** The notice's body as plain text: what must all be on paper. */
const bodyOf = (id: string) =>
  squash(readFileSync(resolve(PROJECT_ROOT, 'content/clarifications', `${id}.md`), 'utf8').split(/^---$/m)[2]!);
const print = async (path: string, name: string) => {
  const file = join(work, `${name}.pdf`);
  await printToPdf(browser.browser, `${siteUrl}${path}`, file);
  return file;
};

beforeAll(async () => {
  dist = inject('sampleSiteDir');
  siteUrl = inject('sampleSiteUrl');
  work = mkdtempSync(join(tmpdir(), 'mingjing-board-'));
  browser = await launchBrowser();
  notices = indexContent(resolve(PROJECT_ROOT, 'content')).filter((e) => e.kind === 'clarifications' && isLive(e, TODAY));
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Every pack there should be: one per organ and month with published notices. */
const expectedPacks = () => {
  const packs = new Map<string, IndexedEntry[]>();
  for (const notice of notices) {
    const key = `${notice.data['organ']}/${day(notice.data['date']).slice(0, 7)}`;
    packs.set(key, [...(packs.get(key) ?? []), notice]);
  }
  return packs;
};

describe('board packs', () => {
  it('exist for exactly the organ-months with published notices', () => {
    const built = readdirSync(join(dist, 'print/board')).flatMap((organ) =>
      readdirSync(join(dist, 'print/board', organ)).map((month) => `${organ}/${month}`),
    );
    expect(built.sort()).toEqual([...expectedPacks().keys()].sort());
    // No draft, withdrawn or expired notice is in any pack.
    const gone = indexContent(resolve(PROJECT_ROOT, 'content')).filter((e) => e.kind === 'clarifications' && !isLive(e, TODAY));
    for (const key of built) for (const notice of gone) expect(html(`print/board/${key}`), key).not.toContain(String(notice.data['title']));
  });

  it('are listed on their organ’s page, newest first, and each pack page has a print button', () => {
    for (const [key] of expectedPacks()) {
      const organ = key.split('/')[0]!;
      const links = [...html(`organs/${organ}`).matchAll(/href="\/print\/board\/([^/]+)\/(\d{4}-\d{2})\/"/g)].map((m) => `${m[1]}/${m[2]}`);
      expect(links, organ).toContain(key);
      expect(links, organ).toEqual([...links].sort().reverse());
      expect(html(`print/board/${key}`)).toContain('data-print-button');
    }
  });

  it('print as a cover, then each notice on large-type A4 pages, continued under a running head, never cut', async () => {
    const [key, members] = [...expectedPacks()].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(members.length, 'the sample has a pack of several notices').toBeGreaterThanOrEqual(3);
    const pack = await print(`print/board/${key}/`, 'pack');
    // Each notice alone, in the same layout, tells how many pages it takes.
    let noticePages = 0;
    let continued = 0;
    for (const notice of members) {
      const single = await print(`print/notice/${notice.id}/`, notice.id);
      const pages = pageCount(single);
      noticePages += pages;
      // The running head repeats on a continuation page: take it out, and the whole notice is there.
      const issuer = squash(
        readFileSync(join(dist, 'print/notice', notice.id, 'index.html'), 'utf8').match(/data-running-head[^>]*>([^<]+)</)![1]!,
      );
      const text = Array.from({ length: pages }, (_, i) => pageText(single, i + 1))
        .join('')
        .replaceAll(issuer, '');
      expect(text, notice.id).toContain(bodyOf(notice.id));
      if (pages > 1) {
        continued += 1;
        // The continuation page repeats the running head: the issuer and the title.
        expect(pageText(single, 2), notice.id).toContain(squash(String(notice.data['title'])));
      }
    }
    // Every sample notice fits one page now (600 characters do); a continued notice is printed and
    // its pages counted in tests/build/notice-print.test.ts.
    expect(continued).toBe(0);
    expect(pageCount(pack)).toBe(1 + noticePages);
    expect(pageSizes(pack).every(([w, h]) => w === A4[0] && h === A4[1])).toBe(true);

    const cover = pageText(pack, 1);
    for (const notice of members) {
      expect(cover).toContain(squash(String(notice.data['docNumber'])));
      expect(cover).toContain(zhDay(notice.data['date']));
    }
    expect(cover).toContain('张贴期限：自张贴之日起七日');
    expect(cover).toContain('张贴日期');
  });

  it('give every notice page its 落款 (no blank seal box), code, QR and how to verify it, the QR decoding at 150 dpi', async () => {
    for (const notice of notices.slice(0, 4)) {
      const file = await print(`print/notice/${notice.id}/`, `large-${notice.id}`);
      const pages = pageCount(file);
      const text = Array.from({ length: pages }, (_, i) => pageText(file, i + 1)).join('');
      const code = codeOf(notice.id);
      expect(text).toContain(zhDay(notice.data['date']));
      expect(text).not.toContain('盖章处');
      expect(text).toContain(code);
      expect(text).toContain('mingjing.test/v/');
      const found = Array.from({ length: pages }, (_, i) => qrOnPage(file, i + 1)).filter(Boolean);
      expect(found, notice.id).toEqual([`${SITE}/v/${code.toLowerCase()}/`]);
    }
  });

  it('use large type on paper: body at least 16 pt (14 pt for a long notice set dense), titles at least 22 pt (computed in print media)', async () => {
    const [key] = [...expectedPacks()][0]!;
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    for (const path of [`print/board/${key}/`, `print/notice/${notices[0]!.id}/`]) {
      await page.goto(`${siteUrl}${path}`);
      await page.emulateMedia({ media: 'print' });
      const sizes = await page.evaluate(() => {
        const pt = (element: Element) => (parseFloat(getComputedStyle(element).fontSize) * 72) / 96;
        const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(pt);
        return {
          cover: all(document, '.board-cover p, .board-cover td'),
          notices: [...document.querySelectorAll('.board-notice')].map((notice) => ({
            dense: notice.classList.contains('dense'),
            body: Math.min(...all(notice, '.board-body p')),
          })),
          titles: all(document, '.board-title, .board-cover h1'),
        };
      });
      expect(sizes.notices.length, path).toBeGreaterThan(0);
      // 16 pt is 21.333… px: allow for the rounding back to points.
      for (const notice of sizes.notices) expect(notice.body, path).toBeGreaterThanOrEqual(notice.dense ? 13.99 : 15.99);
      if (sizes.cover.length > 0) expect(Math.min(...sizes.cover), path).toBeGreaterThanOrEqual(15.99);
      expect(Math.min(...sizes.titles), path).toBeGreaterThanOrEqual(21.99);
    }
    await context.close();
  });

  it('offer the 公开栏大字版 from every notice page', () => {
    for (const notice of notices)
      expect(html(`clarifications/${notice.id}`)).toMatch(new RegExp(`href="/print/notice/${notice.id}/"[^>]*>公开栏大字版<`));
  });
});

describe('posters on paper', () => {
  it('print a notice poster on one A4 page, its QR opening the verification page', async () => {
    const notice = notices[0]!;
    const file = await print(`print/poster/clarifications/${notice.id}/`, 'notice-poster');
    expect(pageSizes(file)).toEqual([A4]);
    expect(qrOnPage(file, 1)).toBe(`${SITE}/v/${codeOf(notice.id).toLowerCase()}/`);
  });

  it('print a culture poster on one A4 page, or one A3 page, its QR opening the item', async () => {
    const a4 = await print('print/poster/culture/qingbai-poster/', 'culture-a4');
    const a3 = await print('print/poster/culture/qingbai-poster/a3/', 'culture-a3');
    expect(pageSizes(a4)).toEqual([A4]);
    expect(pageSizes(a3)).toEqual([A3]);
    for (const file of [a4, a3]) expect(qrOnPage(file, 1)).toBe(`${SITE}/culture/qingbai-poster/`);
  });
});

describe('the case study handout', () => {
  it('prints with a running head and page numbers, and never splits the four-test table', async () => {
    const cases = indexContent(resolve(PROJECT_ROOT, 'content')).filter((e) => e.kind === 'cases' && isLive(e, TODAY));
    for (const entry of cases.slice(0, 4)) {
      const file = await print(`cases/${entry.id}/`, `case-${entry.id}`);
      const pages = pageCount(file);
      expect(pages, entry.id).toBeGreaterThan(1);
      const texts = Array.from({ length: pages }, (_, i) => pageText(file, i + 1));
      texts.forEach((text, i) => {
        expect(text, `${entry.id} p${i + 1}`).toContain('容错纠错案例·学习材料');
        expect(text, `${entry.id} p${i + 1}`).toContain(`第${i + 1}页，共${pages}页`);
      });
      const assessment = entry.data['assessment'] as Record<string, { finding: string }>;
      const onPage = (needle: string) => texts.findIndex((text) => text.includes(squash(needle).slice(0, 12)));
      const first = onPage(assessment['motive']!.finding);
      const last = onPage(assessment['integrity']!.finding);
      expect(first, entry.id).toBeGreaterThanOrEqual(0);
      expect(last, `${entry.id}: the table runs onto another page`).toBe(first);
      expect(texts[first]).toContain('核查认定情况');
    }
  });
});

describe('npm run pdf', () => {
  const pdf = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(NODE_BIN, ['scripts/pdf.ts', '--dist', dist, ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 120_000,
    });

  it('writes the PDF of a pack', () => {
    const [key, members] = [...expectedPacks()][0]!;
    const out = join(work, 'cli-pack.pdf');
    const result = pdf([`/print/board/${key}/`, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(pageCount(out)).toBeGreaterThanOrEqual(1 + members.length);
    expect(result.stdout).toMatch(/已写入 .*cli-pack\.pdf（\d+ 页，\d+ KB）/);
  });

  it('writes every pack into a folder with --all-packs', () => {
    const out = join(work, 'packs');
    const result = pdf(['--all-packs', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...expectedPacks().keys()].map((key) => `${key.replace('/', '-')}.pdf`).sort());
  });

  it('stops at once, in Chinese, without Chromium, without a built site, or for a page that does not exist', () => {
    const noChromium = pdf(['/'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(noChromium.status).toBe(1);
    expect(noChromium.stderr).toContain('未找到 Chromium');
    expect(noChromium.stderr).toContain('apt-get install');
    const empty = mkdtempSync(join(tmpdir(), 'mingjing-empty-'));
    const noSite = spawnSync(NODE_BIN, ['scripts/pdf.ts', '/', '--dist', empty], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(noSite.status).toBe(1);
    expect(noSite.stderr).toContain('请先运行 npm run build');
    rmSync(empty, { recursive: true, force: true });
    const noPage = pdf(['/no/such/page/']);
    expect(noPage.status).toBe(1);
    expect(noPage.stderr).toContain('站点中没有这个页面');
    for (const result of [noChromium, noSite, noPage]) expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    expect(existsSync(join(PROJECT_ROOT, 'print-board.pdf'))).toBe(false);
  });
});
