/**
 * Community boards, printed to PDF in Chromium as staff would print them: the monthly pack per
 * posting place, built beside the site in dist-print/ (cover + each large-type notice from a new A4
 * page, long notices continued under a running head), the 公开栏大字版 of one notice, posters on A4 and A3, the case study handout, QR codes
 * that decode from the paper, and `npm run pdf`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { printToPdf } from '../../src/print/pdf.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { NODE_BIN, PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../../src/deploy/static-server.ts';
import { indexContent, isLive, isOnBoard, isOnWebsite, type IndexedEntry } from '../helpers/content-index.ts';
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
const bodyOf = (id: string) => squash(readFileSync(resolve(SAMPLE_CONTENT, 'clarifications', `${id}.md`), 'utf8').split(/^---$/m)[2]!);
const print = async (path: string, name: string) => {
  const file = join(work, `${name}.pdf`);
  await printToPdf(browser.browser, `${siteUrl}${path}`, file);
  return file;
};

let packsDir: string;
let packServer: StaticServer;
/** Board notices: live, with 公开栏; web notices: live, with 网站 (channels follow the notice). */
let boardNotices: IndexedEntry[];
const packHtml = (path: string) => readFileSync(join(packsDir, path, 'index.html'), 'utf8');
const printPack = async (key: string, name: string) => {
  const file = join(work, `${name}.pdf`);
  await printToPdf(browser.browser, `${packServer.url}print/board/${key}/`, file);
  return file;
};

beforeAll(async () => {
  dist = inject('sampleSiteDir');
  siteUrl = inject('sampleSiteUrl');
  packsDir = `${dist}-print`;
  // The packs are not on the site: they print from dist-print/ with the site's styles, as npm run pdf does.
  packServer = await serveStatic(dist, '/', [packsDir]);
  work = mkdtempSync(join(tmpdir(), 'mingjing-board-'));
  browser = await launchBrowser();
  const all = indexContent(SAMPLE_CONTENT);
  notices = all.filter((e) => e.kind === 'clarifications' && isOnWebsite(e, TODAY));
  boardNotices = all.filter((e) => isOnBoard(e, TODAY));
});
afterAll(async () => {
  await browser?.close();
  await packServer?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Every pack there should be: one per posting place and month with notices for its board. */
const expectedPacks = () => {
  const packs = new Map<string, { name: string; members: IndexedEntry[] }>();
  for (const notice of boardNotices) {
    for (const place of notice.data['postingPlaces'] as { id: string; name: string }[]) {
      const key = `${place.id}/${day(notice.data['date']).slice(0, 7)}`;
      const pack = packs.get(key) ?? { name: place.name, members: [] };
      pack.members.push(notice);
      packs.set(key, pack);
    }
  }
  return packs;
};

describe('board packs', () => {
  it('exist for exactly the posting places and months with notices for a board, beside the site and never in it', () => {
    expect(existsSync(join(dist, 'print/board')), 'no pack in the published site').toBe(false);
    const built = readdirSync(join(packsDir, 'print/board')).flatMap((place) =>
      readdirSync(join(packsDir, 'print/board', place)).map((month) => `${place}/${month}`),
    );
    expect(built.length, 'the sample has packs').toBeGreaterThan(0);
    expect(built.sort()).toEqual([...expectedPacks().keys()].sort());
    // No draft, withdrawn or expired notice, and no notice without 公开栏, is in any pack.
    const board = new Set(boardNotices.map((n) => n.id));
    const others = indexContent(SAMPLE_CONTENT).filter((e) => e.kind === 'clarifications' && !board.has(e.id));
    expect(
      others.some((e) => isLive(e, TODAY)),
      'the sample has live notices without 公开栏',
    ).toBe(true);
    for (const key of built)
      for (const notice of others) expect(packHtml(`print/board/${key}`), key).not.toContain(String(notice.data['title']));
  });

  it('say on the cover where they are posted, what they hold, for how long, and how they are sealed; nothing false', () => {
    for (const [key, { name, members }] of expectedPacks()) {
      const page = packHtml(`print/board/${key}`);
      const cover = page.slice(page.indexOf('board-cover'), page.indexOf('data-board-notice'));
      expect(cover, key).toMatch(new RegExp(`data-posting-place[^>]*>${name}<`));
      for (const notice of members) expect(cover, key).toContain(String(notice.data['docNumber']));
      expect(cover).toContain('自张贴之日起七日');
      expect(cover).toContain('加盖发布机关公章');
      expect(cover).not.toContain('每份通知一页');
      expect(cover).not.toContain('右下角');
      expect(page).toContain('data-print-button');
    }
  });

  it('print as a cover, then each notice from a new A4 page, the whole of every notice on paper', async () => {
    for (const [key, { name, members }] of expectedPacks()) {
      const pack = await printPack(key, key.replace('/', '-'));
      const pages = pageCount(pack);
      expect(pages, key).toBeGreaterThanOrEqual(1 + members.length);
      expect(pageSizes(pack).every(([w, h]) => w === A4[0] && h === A4[1])).toBe(true);
      const cover = pageText(pack, 1);
      expect(cover).toContain(squash(name));
      for (const notice of members) {
        expect(cover).toContain(squash(String(notice.data['docNumber'])));
        expect(cover).toContain(zhDay(notice.data['date']));
      }
      expect(cover).toContain('张贴日期');
      // The running head repeats on a continuation page: take it out, and each whole notice is there.
      const heads = [...packHtml(`print/board/${key}`).matchAll(/data-running-head[^>]*>([^<]+)</g)].map((m) => squash(m[1]!));
      let text = Array.from({ length: pages - 1 }, (_, i) => pageText(pack, i + 2)).join('');
      for (const head of heads) text = text.replaceAll(head, '');
      for (const notice of members) expect(text, `${key}: ${notice.id}`).toContain(bodyOf(notice.id));
      // The sample site's packs carry its mark on every printed page, the cover included.
      for (let i = 1; i <= pages; i++) expect(pageText(pack, i), `${key} p${i}`).toContain('样例·请勿张贴');
    }
  });

  it('give every notice its 落款, seal area, code, QR and how to verify it, the QR decoding at 150 dpi', async () => {
    const [key] = [...expectedPacks()][0]!;
    const pack = await printPack(key, 'qr');
    const codes = [...packHtml(`print/board/${key}`).matchAll(/data-board-code[^>]*>([0-9A-Z]{4}-[0-9A-Z]{4})</g)].map((m) => m[1]!);
    const pages = pageCount(pack);
    const text = Array.from({ length: pages }, (_, i) => pageText(pack, i + 1)).join('');
    // No blank seal box: the organ stamps the 落款, as the pack's cover says.
    expect(text).not.toContain('盖章处');
    expect(text).toContain('mingjing.test/v/');
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(text).toContain(code);
    const found = Array.from({ length: pages }, (_, i) => qrOnPage(pack, i + 1)).filter(Boolean);
    expect(found).toEqual(codes.map((code) => `${SITE}/v/${code.toLowerCase()}/`));
    // The code leads to a record that exists, though a board-only notice has no page on the site.
    for (const code of codes) expect(existsSync(join(dist, 'v', code.toLowerCase(), 'index.html')), code).toBe(true);
  });

  it('use large type on paper: body at least 16 pt (14 pt for a long notice set dense), titles at least 22 pt (computed in print media)', async () => {
    const [key] = [...expectedPacks()][0]!;
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    for (const url of [`${packServer.url}print/board/${key}/`, `${siteUrl}print/notice/${notices[0]!.id}/`]) {
      await page.goto(url);
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
      expect(sizes.notices.length, url).toBeGreaterThan(0);
      // 16 pt is 21.333… px: allow for the rounding back to points. A long notice is set dense at
      // 14 pt so that 600 characters keep to one A4 page.
      for (const notice of sizes.notices) expect(notice.body, url).toBeGreaterThanOrEqual(notice.dense ? 13.99 : 15.99);
      if (sizes.cover.length > 0) expect(Math.min(...sizes.cover), url).toBeGreaterThanOrEqual(15.99);
      expect(Math.min(...sizes.titles), url).toBeGreaterThanOrEqual(21.99);
    }
    await context.close();
  });

  it('offer the 公开栏大字版 from every notice page, and have none for a notice off the website', () => {
    for (const notice of notices)
      expect(html(`clarifications/${notice.id}`)).toMatch(new RegExp(`href="/print/notice/${notice.id}/"[^>]*>公开栏大字版<`));
    const built = readdirSync(join(dist, 'print/notice')).sort();
    expect(built).toEqual(notices.map((n) => n.id).sort());
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
    const cases = indexContent(SAMPLE_CONTENT).filter((e) => e.kind === 'cases' && isOnWebsite(e, TODAY));
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
    const [key, { members }] = [...expectedPacks()][0]!;
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
