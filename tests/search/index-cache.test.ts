/**
 * Reusing the search index: the key follows every searchable page and nothing else, a stored
 * index comes back file for file, and the cache keeps only the last one.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { reuseSearchIndex, searchablePages, searchIndexKey, storeSearchIndex } from '../../src/search/index-cache.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mingjing-index-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let site: string;
let cache: string;

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  site = mkdtempSync(join(work, 'site-'));
  cache = mkdtempSync(join(work, 'cache-'));
  write(join(site, 'clarifications/a/index.html'), '<main data-pagefind-body>甲</main>');
  write(join(site, 'glossary/term/index.html'), '<main data-pagefind-body>术语</main>');
  write(join(site, 'clarifications/page/2/index.html'), '列表第二页');
  write(join(site, 'index.html'), '首页');
});

describe('searchIndexKey', () => {
  it('reads the searchable pages only, as the glob selects them', () => {
    expect(searchablePages(site)).toEqual(['clarifications/a/index.html', 'glossary/term/index.html']);
  });

  it('follows the installed Pagefind', () => {
    expect(searchIndexKey(site, ROOT)).toBe(searchIndexKey(site, ROOT));
    expect(searchIndexKey(site, join(work, 'no-project'))).not.toBe(searchIndexKey(site, ROOT));
  });

  it('changes with a searchable page, and not with any other', () => {
    const key = searchIndexKey(site, ROOT);
    write(join(site, 'index.html'), '首页（改）');
    write(join(site, 'clarifications/page/2/index.html'), '列表（改）');
    expect(searchIndexKey(site, ROOT)).toBe(key);
    write(join(site, 'glossary/term/index.html'), '<main data-pagefind-body>术语（改）</main>');
    expect(searchIndexKey(site, ROOT)).not.toBe(key);
    write(join(site, 'glossary/term/index.html'), '<main data-pagefind-body>术语</main>');
    write(join(site, 'cases/new/index.html'), '<main data-pagefind-body>新案例</main>');
    expect(searchIndexKey(site, ROOT)).not.toBe(key);
  });
});

describe('storeSearchIndex and reuseSearchIndex', () => {
  it('give back the stored index file for file, for its key only, and keep only the last', () => {
    const bundle = join(site, 'pagefind');
    write(join(bundle, 'pagefind-entry.json'), '{"version":"1.6.0"}');
    write(join(bundle, 'index/zh-cn_1.pf_index'), 'chunk');
    const report = { pages: 2, indexed: 2, files: 2, bytes: 24, outputPath: bundle };
    storeSearchIndex(cache, 'first', report);
    storeSearchIndex(cache, 'second', report);
    expect(readdirSync(join(cache, 'mingjing-search'))).toEqual(['second']);
    expect(reuseSearchIndex(cache, 'first', join(work, 'unused'))).toBeUndefined();

    const target = join(mkdtempSync(join(work, 'next-')), 'pagefind');
    write(join(target, 'stale.pf_index'), 'from an older build');
    expect(reuseSearchIndex(cache, 'second', target)).toEqual({ pages: 2, indexed: 2, files: 2, bytes: 24 });
    expect(readdirSync(target, { recursive: true }).map(String).sort()).toEqual(['index', 'index/zh-cn_1.pf_index', 'pagefind-entry.json']);
    expect(readFileSync(join(target, 'index/zh-cn_1.pf_index'), 'utf8')).toBe('chunk');
  });
});
