/**
 * The search index follows only what Pagefind reads of a page (src/search/index-cache.ts): built
 * from the pages' searchable projections alone, the bundle is byte for byte the one Pagefind builds
 * from the whole pages, so results, filters, sorting and excerpts are exactly the same; and the
 * cache key ignores the header, navigation and footer while following the body, its metadata and
 * its filters.
 */
import { mkdirSync, mkdtempSync, opendirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCHABLE_DIRS, SEARCHABLE_PAGES, TERM_DEFINITION_SELECTOR } from '../../src/search/build-index.ts';
import { searchableProjection, searchIndexKey } from '../../src/search/index-cache.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mingjing-projection-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page laid out like the site's entry and term pages: chrome around one searchable `<main>`. */
function entryPage(options: {
  organ: string;
  siteName?: string;
  title: string;
  body: string;
  year: string;
  kind: string;
  image?: boolean;
}): string {
  const siteName = options.siteName ?? '明镜';
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${options.title} - ${siteName}</title><link rel="stylesheet" href="/_astro/a.css"></head><body>
<a href="#main" class="skip-link">跳到正文</a><header class="site-header"><p>${siteName}${options.organ}</p>${options.image ? '<img src="/logo.png" alt="标志">' : ''}
<form action="/search/" role="search"><input name="q"><button>搜索</button></form><nav><ul><li><a href="/">首页</a></li><li><a href="/clarifications/">澄清正名</a></li><li><a href="/glossary/">术语解释</a></li></ul></nav></header>
<main id="main" data-pagefind-body><div class="search-meta" hidden data-pagefind-ignore><span data-pagefind-filter="类别:${options.kind}"></span><span data-pagefind-filter="年份:${options.year}"></span><span data-pagefind-filter="机关:${options.organ}"></span><span data-pagefind-meta="kind:${options.kind}"></span><span data-pagefind-meta="date:${options.year}-05-01"></span><span data-pagefind-sort="date:${options.year}-05-01"></span><span data-pagefind-meta="organ:${options.organ}"></span></div>
<article><h1 data-pagefind-meta="title">${options.title}</h1><h2 id="body-heading">通知正文</h2><div class="prose"><p>${options.body}</p>
<p>经征得本人同意，现予以<span class="term"><a href="/glossary/clarification/"><dfn>澄清</dfn></a><span class="term-definition" hidden>对经核查失实的检举控告，在一定范围内公开说明真相。</span></span>。</p></div><img src="/media/a.png" alt="现场照片"></article></main>
<footer><p>${options.organ}\u3000地址：澄州市人民路1号</p><p>${siteName}版权所有</p></footer><script type="module" src="/_astro/b.js"></script></body></html>`;
}

const ORGANS = ['澄州市纪委监委', '青禾县纪委监委', '桂园街道纪工委'];
const BODIES = [
  '近期收到反映某村党支部书记在高标准农田建设中违规接受宴请的来信，经核查，该问题失实。',
  '关于反映某局干部在防汛物资采购中收受礼品礼金的问题，经调阅凭证和谈话核实，该问题失实。',
  '容错纠错：该干部在推进乡村振兴项目中因政策界限不明确出现失误，未谋取私利，予以容错。',
  '廉洁文化：清风传家，家风正则作风淳，作风淳则事业兴。',
];

function writeSite(dir: string, change: (i: number) => Partial<Parameters<typeof entryPage>[0]> = () => ({})): void {
  for (let i = 0; i < 24; i++) {
    const kind = SEARCHABLE_DIRS[i % 3]!;
    const file = join(dir, kind, `entry-${String(i).padStart(3, '0')}`, 'index.html');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      entryPage({
        organ: ORGANS[i % 3]!,
        title: `关于第${i}号问题的说明`,
        body: BODIES[i % 4]!,
        year: String(2020 + (i % 5)),
        kind: ['澄清正名', '容错纠错', '廉洁文化'][i % 3]!,
        image: i % 2 === 0,
        ...change(i),
      }),
    );
  }
  const term = join(dir, 'glossary', 'clarification', 'index.html');
  mkdirSync(join(term, '..'), { recursive: true });
  writeFileSync(
    term,
    entryPage({
      organ: ORGANS[0]!,
      title: '澄清正名',
      body: '对经核查失实的检举控告，在一定范围内公开说明真相、消除不良影响。',
      year: '2024',
      kind: '术语',
    }),
  );
  // Not searchable: never read.
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html lang="zh-CN"><body>首页</body></html>');
}

/** Every file of a folder, by relative path. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    try {
      out[name] = readFileSync(join(dir, name)).toString('base64');
    } catch {
      // A folder.
    }
  }
  return out;
}

/** The searchable pages in the order Pagefind walks the site (the file system's own order). */
function walkOrder(site: string): string[] {
  const entries = (dir: string) => {
    const handle = opendirSync(dir);
    const out: { name: string; isDirectory: boolean }[] = [];
    for (let entry = handle.readSync(); entry; entry = handle.readSync()) out.push({ name: entry.name, isDirectory: entry.isDirectory() });
    handle.closeSync();
    return out;
  };
  const pages: string[] = [];
  for (const top of entries(site))
    if (top.isDirectory && (SEARCHABLE_DIRS as readonly string[]).includes(top.name))
      for (const item of entries(join(site, top.name))) if (item.isDirectory) pages.push(`${top.name}/${item.name}/index.html`);
  return pages;
}

describe('searchableProjection', () => {
  it('builds a bundle byte for byte the same as the whole pages do', async () => {
    const site = join(work, 'site');
    writeSite(site);
    const whole = join(work, 'whole');
    const projected = join(work, 'projected');
    try {
      const a = await pagefind.createIndex({ excludeSelectors: [TERM_DEFINITION_SELECTOR] });
      expect((await a.index!.addDirectory({ path: site, glob: SEARCHABLE_PAGES })).page_count).toBe(25);
      await a.index!.writeFiles({ outputPath: whole });
      const b = await pagefind.createIndex({ excludeSelectors: [TERM_DEFINITION_SELECTOR] });
      for (const page of walkOrder(site)) {
        const added = await b.index!.addHTMLFile({
          sourcePath: page,
          content: searchableProjection(readFileSync(join(site, page), 'utf8')),
        });
        expect(added.errors).toEqual([]);
      }
      await b.index!.writeFiles({ outputPath: projected });
    } finally {
      await pagefind.close();
    }
    const expected = files(whole);
    expect(Object.keys(expected).filter((name) => name.startsWith('fragment/'))).toHaveLength(25);
    expect(Object.keys(expected).some((name) => name.startsWith('filter/'))).toBe(true);
    expect(files(projected)).toEqual(expected);
  }, 60_000);

  it('keeps the whole page when anything Pagefind reads stands outside the body', () => {
    const page = entryPage({ organ: ORGANS[0]!, title: '标题', body: '正文', year: '2024', kind: '澄清正名' });
    expect(searchableProjection(page)).not.toContain('site-header');
    expect(searchableProjection(page)).toContain('<html lang="zh-CN">');
    const outside = page.replace('<footer>', '<footer data-pagefind-filter="年份">');
    expect(searchableProjection(outside)).toBe(outside);
    const noBody = page.replace(' data-pagefind-body', '');
    expect(searchableProjection(noBody)).toBe(noBody);
  });
});

describe('searchIndexKey over projections', () => {
  it('ignores the chrome, follows the body, its metadata and its filters', () => {
    const key = (change: (i: number) => Partial<Parameters<typeof entryPage>[0]>) => {
      const site = mkdtempSync(join(work, 'key-'));
      writeSite(site, change);
      return searchIndexKey(site, ROOT);
    };
    const base = key(() => ({}));
    expect(key(() => ({ siteName: '明镜（新名）' }))).toBe(base);
    expect(key((i) => (i === 3 ? { body: `${BODIES[3]!}（更正）` } : {}))).not.toBe(base);
    expect(key((i) => (i === 3 ? { year: '2019' } : {}))).not.toBe(base);
    expect(key((i) => (i === 3 ? { organ: '澄州市纪委监委（更名）' } : {}))).not.toBe(base);
  });
});
