/**
 * Builds the small fixture site (tests/fixtures/site) with `astro build` and checks what the
 * build wrote: pages with their structured fields, and that entries which are not public —
 * a draft, a withdrawn entry, an expired one — reach no output at all.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { parseEntryFile } from '../../src/content/front-matter.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { filesContaining, folderFingerprint, listFiles, readAsText } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
/** A follow-up visit's internal note: in a published notice, yet as private as a draft. */
const INTERNAL_NOTE_MARKER = '内部回访标记白露';
/** Words that appear only in the non-public fixture entries and fields. */
const NON_PUBLIC_MARKERS = [
  '草稿标记甲',
  '撤回标记乙',
  '过期标记丙',
  '草稿案例标记丁',
  '草稿故事标记戊',
  '钱某某',
  '孙某',
  '吴某',
  INTERNAL_NOTE_MARKER,
];
/** Words that appear only in published fixture entries (a follow-up visit, a case, a poem note). */
const PUBLISHED_MARKERS = ['回访标记青松', '案例标记松柏', '诗注标记竹影'];
/** A published notice whose scope is 班子范围: no channel but its verification record. */
const OFFLINE_MARKER = '内部标记庚';
/** A published notice posted on a board only: in its board's pack, and on no web page. */
const BOARD_MARKER = '张贴标记辛';
const NON_PUBLIC_IDS = [
  'clarifications/draft-notice',
  'clarifications/withdrawn-notice',
  'clarifications/expired-notice',
  'cases/draft-case',
  'culture/draft-story',
];

/** A government site's footer lines, set for this build through MINGJING_FOOTER. */
const FOOTER = {
  siteCode: '3399000001',
  icp: '测ICP备12345678号-1',
  publicSecurity: '测公网安备 33990002000001号',
  contact: ['主办：测试市纪委监委', '地址：测试市府前路1号'],
};

let work: string;
let dist: string;
let buildOutput: string;
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-fixture-'));
  dist = join(work, 'dist');
  const result = buildSite({ contentDir: FIXTURE, outDir: dist, now: '2026-11-01', env: { MINGJING_FOOTER: JSON.stringify(FOOTER) } });
  if (result.status !== 0) throw new Error(result.output);
  buildOutput = result.output;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fixture site build', () => {
  it('writes a page for each published entry with its structured fields', () => {
    const notice = html('clarifications/published-notice');
    expect(notice).toContain('测纪澄〔2026〕1号');
    expect(notice).toContain('周某（某镇农业服务中心干部）');
    expect(notice).toContain('反映其在农机补助发放中优亲厚友');
    expect(notice).toContain('回访标记青松');
    expect(notice).toContain('测试县纪委监委');
    const guiding = html('cases/published-case');
    expect(guiding).toContain('测试市容错纠错指导性案例第1号（第1批）');
    expect(guiding).toContain('>要旨<');
    expect(guiding).toMatch(/data-decision="免予问责"/);
    expect(guiding).toContain('紧急情况下为保障群众安全先行采购');
    // Follow-up visits show their date and method only; the false accusation only what the record holds.
    expect(notice).toMatch(/2026年4月1日<\/time> · 谈心谈话\s*<\/li>/);
    // A 移送 is stated neutrally: no finding yet, so nobody is called a suspect.
    expect(notice).toContain('核查中发现的相关问题线索，已于2026年3月1日移送测试县公安局依法依规处理。');
    expect(notice).not.toContain('涉嫌');
    expect(notice).not.toContain('查处');
    expect(notice).toContain('2026年3月4日送达，抄送其所在镇党委');
    expect(notice).toMatch(/干部管理权限<\/dt>\s*<dd[^>]*>乡镇（街道）所属/);
    const poem = html('culture/published-poem');
    expect(poem).toContain('〔明〕于谦');
    expect(poem).toContain('要留清白在人间');
  });

  it('writes lists, organ, glossary and stats pages, a 404 page, feed, sitemap and open data', () => {
    for (const path of [
      '',
      'clarifications',
      'cases',
      'culture',
      'organs/test-city',
      'organs/test-county',
      'glossary',
      'glossary/chengqing',
      'stats',
      'data',
    ]) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    }
    for (const file of [
      '404.html',
      'rss.xml',
      'cases/rss.xml',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'data/clarifications.json',
      'data/cases.csv',
      'data/culture.json',
    ]) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    const openData = JSON.parse(readFileSync(join(dist, 'data/clarifications.json'), 'utf8')) as { id: string; subjectAlias: string }[];
    expect(openData.map((r) => r.id)).toEqual(['published-notice']);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://mingjing.test/clarifications/published-notice/</loc>',
    );
  });

  it('lets no draft, withdrawn or expired entry reach any output', () => {
    const files = listFiles(dist);
    for (const id of NON_PUBLIC_IDS) {
      expect(
        files.filter((file) => file.includes(id.split('/')[1]!)),
        id,
      ).toEqual([]);
    }
    for (const marker of NON_PUBLIC_MARKERS) {
      expect(filesContaining(dist, marker), marker).toEqual([]);
    }
  });

  it('puts a notice without 网站 on no page, card, poster, feed, search record or open-data row, leaving its verification record', () => {
    for (const marker of [OFFLINE_MARKER, BOARD_MARKER, '郑某', '冯某']) expect(filesContaining(dist, marker), marker).toEqual([]);
    for (const id of ['offline-notice', 'board-notice'])
      expect(
        listFiles(dist).filter((file) => file.includes(id)),
        id,
      ).toEqual([]);
    // Search records and open data name only the notice on the website.
    const openData = JSON.parse(readFileSync(join(dist, 'data/clarifications.json'), 'utf8')) as { id: string }[];
    expect(openData.map((r) => r.id)).toEqual(['published-notice']);
    // Cards and posters are files named by the entry: the check over every file name above covers them.
    expect(listFiles(join(dist, 'cards/clarifications'))).toEqual(['published-notice/og.png', 'published-notice/poster.png']);
    // Their records: code, issuer, date, 文号 and state, and nothing of the notice itself.
    const records = listFiles(join(dist, 'v')).filter((file) => file !== 'index.html');
    const pages = records.map((file) => readFileSync(join(dist, 'v', file), 'utf8'));
    for (const docNumber of ['测纪澄〔2026〕2号', '测纪澄〔2026〕3号']) {
      const page = pages.find((text) => text.includes(docNumber));
      expect(page, docNumber).toBeDefined();
      expect(page).toContain('data-verify-status="current"');
      expect(page).toContain('data-verify-offline');
      expect(page).toContain('测试县纪委监委');
      expect(page).not.toMatch(/反映其|澄清说明|某局干部|某村文书/);
    }
  });

  it('prints a board-only notice in its posting place’s pack, beside the site and never in it', () => {
    const packs = `${dist}-print`;
    expect(existsSync(join(dist, 'print/board')), 'no pack in the published site').toBe(false);
    const pack = readFileSync(join(packs, 'print/board/test-village-board/2026-01/index.html'), 'utf8');
    expect(pack).toContain(BOARD_MARKER);
    expect(pack).toMatch(/data-posting-place[^>]*>某镇某村村务公开栏</);
    expect(pack).toContain('张贴期限');
    // The notice on the website and on the town board has its own pack; the closed-scope one none.
    expect(listFiles(join(packs, 'print/board'))).toEqual(['test-town-board/2026-03/index.html', 'test-village-board/2026-01/index.html']);
    expect(filesContaining(packs, OFFLINE_MARKER)).toEqual([]);
  });

  it('warns, in Chinese, that its QR codes point at a reserved example domain (mingjing.test)', () => {
    expect(buildOutput).toContain('网站地址 mingjing.test 是保留的示例域名');
  });

  it('keeps every non-public entry out of the build cache: no title, alias, body or marker under it', () => {
    const cache = `${dist}.cache`;
    expect(
      listFiles(cache).some((file) => file.endsWith('data-store.json')),
      'the content store is in the cache',
    ).toBe(true);
    for (const id of NON_PUBLIC_IDS) {
      const parsed = parseEntryFile(readFileSync(join(FIXTURE, `${id}.md`), 'utf8'));
      const data = parsed.data as { title: string; subject?: { alias: string } };
      const secrets = [data.title, parsed.body.trim().slice(0, 24), ...(data.subject ? [`"${data.subject.alias}"`] : [])];
      for (const secret of secrets) expect(filesContaining(cache, secret), `${id}: ${secret}`).toEqual([]);
    }
    for (const marker of NON_PUBLIC_MARKERS) expect(filesContaining(cache, marker), marker).toEqual([]);
  });

  it('renders cards only for published entries, and a second build re-renders none of them', () => {
    const report = () => JSON.parse(readFileSync(`${dist}.cache/mingjing-build-report.json`, 'utf8')) as { counts: Record<string, number> };
    // 3 published entries + the site card, two formats each.
    expect(report().counts).toMatchObject({ cardsRendered: 8, cardsCached: 0 });
    expect(existsSync(join(dist, 'cards/clarifications/published-notice/poster.png'))).toBe(true);
    const index = folderFingerprint(join(dist, 'pagefind'));
    const again = buildSite({ contentDir: FIXTURE, outDir: dist, now: '2026-11-01', env: { MINGJING_FOOTER: JSON.stringify(FOOTER) } });
    expect(again.status, again.output).toBe(0);
    expect(report().counts).toMatchObject({ cardsRendered: 0, cardsCached: 8 });
    // No searchable page changed: the same index, taken from the cache instead of Pagefind.
    expect(again.output).toContain('搜索索引沿用上次构建');
    expect(folderFingerprint(join(dist, 'pagefind'))).toBe(index);
  });

  it('gives every issued notice a verification record in its own state: current, expired (still genuine), withdrawn', () => {
    const pages = listFiles(join(dist, 'v'))
      .filter((file) => file !== 'index.html')
      .map((file) => readFileSync(join(dist, 'v', file), 'utf8'));
    // published on the website, offline, board-only, withdrawn, expired; the draft has no code at all.
    expect(pages).toHaveLength(5);
    const state = (page: string) => /data-verify-status="([a-z]+)"/.exec(page)?.[1];
    expect(pages.map(state).sort()).toEqual(['current', 'current', 'current', 'expired', 'withdrawn']);
    const expired = pages.find((page) => state(page) === 'expired')!;
    // Expired is not withdrawn: the notice stands, and the page says so with its issuer and end of 公开期.
    expect(expired).toContain('核验结果：本通知真实，公开期已满');
    expect(expired).toMatch(/本通知确由测试市纪委监委于2025年1月10日发布，公开期至2026年1月10日。/);
    expect(expired).toContain('并未撤回');
    expect(expired).not.toContain('已撤回');
    const withdrawn = pages.find((page) => state(page) === 'withdrawn')!;
    expect(withdrawn).toContain('核验结果：该通知已由发布机关撤回');
    expect(withdrawn).not.toContain('公开期已满');
  });

  it('builds a search index that holds published text and no non-public text', () => {
    const indexFiles = listFiles(dist).filter((file) => file.startsWith('pagefind/'));
    expect(indexFiles).toContain('pagefind/pagefind.js');
    expect(indexFiles.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
    expect(indexFiles.some((file) => file.endsWith('.pf_index'))).toBe(true);
    // Pagefind's files are gzip-compressed (readAsText inflates them) and put a zero-width space
    // between the words it segmented, which a plain substring check would step over.
    const indexText = indexFiles.map((file) => readAsText(join(dist, file)).replaceAll('\u200b', '')).join('\n');
    for (const marker of PUBLISHED_MARKERS) expect(indexText, marker).toContain(marker);
    for (const marker of NON_PUBLIC_MARKERS) expect(indexText, marker).not.toContain(marker);
  });

  it('shows on the home page each of the host organ’s figures at its latest published value, with period, unit and source', () => {
    const home = html('');
    const start = home.indexOf('data-figures-kind="reported"');
    const reported = home.slice(start, home.indexOf('</ul>', start));
    const figure = (key: string) => {
      const match = new RegExp(
        `data-figure="${key}"[^>]*>\\s*<strong[^>]*>([^<]+)</strong>\\s*([^<]*)(?:<small[^>]*>([^<]*)</small>)?`,
      ).exec(reported);
      return match && [match[1], match[2]!.trim(), match[3]];
    };
    // test-city's 2025 row: 7 persons (its county's 5 are inside the 7, never added to it).
    expect(figure('clarifiedPersons')).toEqual(['7', '澄清正名干部（人）', '2025 年']);
    expect(figure('falseAccusationCases')).toEqual(['1', '查处诬告陷害问题（件）', '2025 年']);
    expect(figure('toleranceDecisions')).toEqual(['3', '容错纠错认定（项）', '2025 年']);
    // Not in the 2025 row, published in 2024: the older value with its period, never 未公开.
    expect(figure('disciplinedVisits')).toEqual(['40', '回访受处分处理干部（人次）', '2024 年']);
    expect(figure('disciplinedPromoted')).toEqual(['2', '回访后提拔或进一步使用（人）', '2024 年；测试市委组织部公布']);
    expect(reported).not.toContain('未公开');
    expect(home).toContain('关键数据：测试市纪委公开发布的数字');
    expect(home).toContain('测试日报，2026年1月发布');
    expect(home).toContain('测试日报，2025年1月发布');
    expect(home).toContain('本站内容统计');
  });

  it('shows undisclosed figures as 未公开 on /stats/, units apart, and sums only as a lower bound named by the organs summed', () => {
    const stats = html('stats');
    const cell = (row: string, key: string) =>
      new RegExp(`data-stats-row="${row}"[\\s\\S]*?data-figure="${key}"[^>]*>\\s*([^<]+?)\\s*<`).exec(stats)?.[1];
    expect(cell('test-city-2025', 'followUpVisits:人次')).toBe('未公开');
    expect(cell('test-county-2025', 'followUpVisits:人次')).toBe('11');
    expect(cell('test-county-2025', 'toleranceDecisions:项')).toBe('未公开');
    // 人 and 人次 of one figure are two columns, each with its unit in the header.
    expect(cell('test-city-2024', 'disciplinedVisits:人次')).toBe('40');
    expect(cell('test-city-2024', 'disciplinedVisits:人')).toBe('未公开');
    expect(cell('test-county-2024', 'disciplinedVisits:人')).toBe('9');
    expect(stats).toContain('>回访受处分处理干部（人次）<');
    expect(stats).toContain('>回访受处分处理干部（人）<');
    expect(stats).toMatch(/data-figure="disciplinedPromoted:人"[^>]*>\s*2\s*<small class="reported-by"[^>]*>测试市委组织部公布<\/small>/);
    const rollUp = (period: string, key: string) =>
      new RegExp(
        `data-rollup="${period}"[\\s\\S]*?data-figure="${key}" data-figure-kind="(\\w+)"[\\s\\S]*?<td[^>]*>([^<]+)</td>\\s*<td[^>]*>([^<]+)</td>`,
      )
        .exec(stats)
        ?.slice(1, 4);
    expect(rollUp('2025 年', 'followUpVisits:人次')).toEqual(['rolledUp', '不少于 11 人次', '本站据测试县纪委公开的数字相加']);
    expect(rollUp('2024 年', 'clarifiedPersons:人')).toEqual(['rolledUp', '不少于 4 人', '本站据测试县纪委公开的数字相加']);
    expect(rollUp('2024 年', 'disciplinedVisits:人')).toEqual(['rolledUp', '不少于 9 人', '本站据测试县纪委公开的数字相加']);
    // The city published its 2025 persons and 2024 visits in 人次: no sum stands beside them, and no
    // roll-up table carries the parent's name.
    const rollUpTable = (period: string) => new RegExp(`data-rollup="${period}"[\\s\\S]*?</table>`).exec(stats)?.[0] ?? '';
    expect(rollUpTable('2025 年')).not.toContain('data-figure="clarifiedPersons:人"');
    expect(rollUpTable('2024 年')).not.toContain('data-figure="disciplinedVisits:人次"');
    expect(rollUpTable('2024 年')).toContain('data-figure="disciplinedVisits:人"');
    expect(stats.slice(stats.indexOf('rollup-heading'))).not.toMatch(/<caption>[^<]*测试市/);
    expect(stats).not.toContain('>12<');
    expect(stats).toContain('测试县融媒体中心，2026年1月15日发布');
  });

  it('prints the configured footer lines, scopes the consent note to clarifications and describes 12388 for everyone', () => {
    for (const page of ['', 'cases/published-case', 'stats']) {
      const footer = html(page).split('<footer')[1]!;
      expect(footer).toContain('网站标识码：3399000001');
      expect(footer).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/" rel="noopener"[^>]*>测ICP备12345678号-1<\/a>/);
      expect(footer).toContain('href="https://beian.mps.gov.cn/#/query/webSearch?code=33990002000001"');
      expect(footer).toContain('地址：测试市府前路1号');
      expect(footer).toContain('澄清正名通知经本人（单位）同意后公开');
      expect(footer).not.toContain('内容经本人（单位）同意后公开');
      expect(footer).toContain('对党组织、党员和公职人员违纪违法');
    }
  });

  it('says 要旨 and never 裁判 on any page', () => {
    expect(filesContaining(dist, '裁判')).toEqual([]);
  });

  it('writes RSS 2.0 feeds, one for everything and one per kind, with the published entries only', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const published = { clarifications: ['published-notice'], cases: ['published-case'], culture: ['published-poem'] };
    const itemsOf = (file: string) => {
      const xml = readFileSync(join(dist, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      const feed = parser.parse(xml) as {
        rss: {
          '@_version': string;
          channel: { title: string; item?: { link: string; pubDate: string } | { link: string; pubDate: string }[] };
        };
      };
      expect(feed.rss['@_version'], file).toBe('2.0');
      const items = [feed.rss.channel.item ?? []].flat();
      for (const item of items) expect(Number.isNaN(Date.parse(item.pubDate)), file).toBe(false);
      return items.map((item) => item.link).sort();
    };
    expect(itemsOf('rss.xml')).toEqual(
      Object.entries(published)
        .flatMap(([kind, ids]) => ids.map((id) => `https://mingjing.test/${kind}/${id}/`))
        .sort(),
    );
    for (const [kind, ids] of Object.entries(published))
      expect(itemsOf(`${kind}/rss.xml`)).toEqual(ids.map((id) => `https://mingjing.test/${kind}/${id}/`));
    // Every page names the site's feed; a section's pages also their own.
    expect(html('')).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(html('cases')).toMatch(/href="\/cases\/rss\.xml"/);
  });

  it('writes a sitemap of public pages only: no verification page, print page, 404 or non-public entry', () => {
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain('https://mingjing.test/sitemap-0.xml');
    const urls = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls).toContain('https://mingjing.test/cases/published-case/');
    expect(urls.filter((url) => /\/(v|print)\/|404/.test(url))).toEqual([]);
    for (const id of NON_PUBLIC_IDS)
      expect(
        urls.filter((url) => url.includes(id.split('/')[1]!)),
        id,
      ).toEqual([]);
  });

  it('publishes dist/ as a link to one complete release and keeps no staging release', async () => {
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    // Replaced releases are removed in the background once the new one is in place.
    const others = () => readdirSync(`${dist}.releases`).filter((name) => name !== basename(readlinkSync(dist)));
    for (let i = 0; i < 100 && others().length > 0; i++) await new Promise((done) => setTimeout(done, 50));
    expect(others()).toEqual([]);
  });
});
