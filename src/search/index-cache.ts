/**
 * Pagefind has no incremental mode: it indexes every page on every build, 24 s of a 74 s warm
 * build at 10,000 entries. When what Pagefind reads of the searchable pages is that of a build
 * whose index is in the cache, that index is reused: Pagefind's output depends only on those
 * pages, its version and our options (two clean builds are byte-identical,
 * tests/build/reproducible.test.ts). What it reads of a page is its searchable projection
 * (`searchableProjection`): the `<html>` tag (the language) and the `<main data-pagefind-body>`
 * element; the header, navigation and footer around it are not indexed, so a change there (the
 * site's name, an organ's name in the header, a menu label) reuses the index.
 * tests/search/projection.test.ts proves that an index built from the projections alone is byte for
 * byte the one Pagefind builds from the whole pages.
 *
 * The cache holds the last index only, under `<cacheDir>/mingjing-search/<key>/`, hard-linked to
 * and from the site (copied across file systems). It holds only what the site publishes: the
 * index of its published pages.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCHABLE_DIRS, SEARCHABLE_PAGES, type SearchIndexReport } from './build-index.ts';

/** Bump when what we ask of Pagefind changes (options, glob handling, the removed files). */
const INDEX_RECIPE = 'search-3';
const REPORT_FILE = 'mingjing-index-report.json';

/** The installed Pagefind's version (its package does not export package.json, so read from the project). */
function pagefindVersion(projectRoot: string): string {
  try {
    return String(
      (JSON.parse(readFileSync(join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version,
    );
  } catch {
    // Unknown version: a key nobody else has, so nothing is reused.
    return `unknown:${process.pid}:${Math.random()}`;
  }
}

/** The searchable pages of `siteDir`, as Pagefind's glob selects them, in a stable order. */
export function searchablePages(siteDir: string): string[] {
  const pages: string[] = [];
  for (const dir of SEARCHABLE_DIRS) {
    if (!existsSync(join(siteDir, dir))) continue;
    for (const item of readdirSync(join(siteDir, dir), { withFileTypes: true })) {
      const page = `${dir}/${item.name}/index.html`;
      if (item.isDirectory() && existsSync(join(siteDir, page))) pages.push(page);
    }
  }
  return pages.sort();
}

const PAGEFIND_ATTRIBUTE = /\bdata-pagefind-[a-z-]+/iu;

/**
 * What Pagefind reads of a page: the opening `<html>` tag and the one `<main>` element that holds
 * `data-pagefind-body`, or the whole page when anything Pagefind reads may stand elsewhere (no such
 * `<main>`, another body, a `data-pagefind-*` attribute outside it, or a nested `<main>`).
 */
export function searchableProjection(html: string): string {
  const open = /<html\b[^>]*>/iu.exec(html);
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body\b/iu);
  const end = html.lastIndexOf('</main>');
  if (!open || start < 0 || end < start) return html;
  const main = html.slice(start, end + '</main>'.length);
  const outside = html.slice(0, start) + html.slice(end + '</main>'.length);
  if (PAGEFIND_ATTRIBUTE.test(outside) || main.indexOf('<main', 1) >= 0 || (main.match(/data-pagefind-body/gu) ?? []).length !== 1)
    return html;
  return `<!DOCTYPE html>${open[0]}<body>${main}</body></html>`;
}

/** What decides the index: Pagefind's version, our recipe, and every searchable page's path and projection. */
export function searchIndexKey(siteDir: string, projectRoot: string): string {
  const hash = createHash('sha256').update(`${INDEX_RECIPE}\0${pagefindVersion(projectRoot)}\0${SEARCHABLE_PAGES}\0`);
  for (const page of searchablePages(siteDir))
    hash
      .update(page)
      .update('\0')
      .update(searchableProjection(readFileSync(join(siteDir, page), 'utf8')))
      .update('\0');
  return hash.digest('hex');
}

/** Mirrors the files of `from` into `to` by hard links (copies where links cannot be made). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const item of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, item.name);
    const target = join(to, item.name);
    if (item.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * The index of `siteDir` for `key`, from the cache, written to `outputPath`: its report, or
 * undefined when the cache holds no index for that key.
 */
export function reuseSearchIndex(cacheDir: string, key: string, outputPath: string): Omit<SearchIndexReport, 'outputPath'> | undefined {
  const entry = join(cacheDir, 'mingjing-search', key);
  if (!existsSync(join(entry, REPORT_FILE))) return undefined;
  const report = JSON.parse(readFileSync(join(entry, REPORT_FILE), 'utf8')) as Omit<SearchIndexReport, 'outputPath'>;
  rmSync(outputPath, { recursive: true, force: true });
  linkTree(join(entry, 'bundle'), outputPath);
  return report;
}

/** Keeps the index just built as the cache's only entry. Written aside, then renamed in place. */
export function storeSearchIndex(cacheDir: string, key: string, report: SearchIndexReport): void {
  const root = join(cacheDir, 'mingjing-search');
  const temporary = join(root, `.${process.pid}.tmp`);
  rmSync(temporary, { recursive: true, force: true });
  linkTree(report.outputPath, join(temporary, 'bundle'));
  const { outputPath: _, ...rest } = report;
  writeFileSync(join(temporary, REPORT_FILE), `${JSON.stringify(rest)}\n`);
  for (const old of existsSync(root) ? readdirSync(root) : [])
    if (old !== `.${process.pid}.tmp`) rmSync(join(root, old), { recursive: true, force: true });
  renameSync(temporary, join(root, key));
}
