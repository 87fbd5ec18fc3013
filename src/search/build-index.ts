/**
 * Builds the Pagefind search index of a built site through Pagefind's Node API.
 *
 * Only `<main data-pagefind-body>` is indexed (entry and glossary-term pages mark it; every other
 * page has no body and is skipped). Pagefind's extended binary segments Chinese with ICU4X since
 * 1.6, which is why the version is pinned exactly in package.json.
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX } from '../strings/search.ts';

/** Parts of a page Pagefind leaves out: the glossary definitions the term links carry. */
export const TERM_DEFINITION_SELECTOR = '.term-definition';

/** Folder of the Pagefind bundle inside the built site; the search page imports `${base}pagefind/pagefind.js`. */
export const PAGEFIND_BUNDLE_DIR = 'pagefind';

/**
 * Files of Pagefind's own prebuilt UIs. Mingjing's search page talks to the JS API directly
 * (`pagefind.js` + worker + wasm + index), so these ~430 KB are removed from the output.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

export interface SearchIndexReport {
  /** HTML pages Pagefind read. */
  pages: number;
  /** Pages actually indexed: those with `data-pagefind-body`, one fragment each. */
  indexed: number;
  /** Files and bytes of the written bundle (index, fragments, filters, scripts, wasm). */
  files: number;
  bytes: number;
  outputPath: string;
}

/** Raised when Pagefind reports a problem; the original error (if any) is its `cause`. */
export class SearchIndexError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchIndexError';
  }
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(SEARCH_INDEX.failed(step, errors.join('；')));
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, item.name);
    if (item.isDirectory()) {
      const inner = folderSize(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

/** The folders whose pages carry a `data-pagefind-body`: entries (`<kind>/<id>/`) and glossary terms. */
export const SEARCHABLE_DIRS = ['clarifications', 'cases', 'culture', 'glossary'] as const;
/** Those pages, as Pagefind's glob. */
export const SEARCHABLE_PAGES = `{${SEARCHABLE_DIRS.join(',')}}/*/index.html`;

/**
 * Indexes the searchable pages under `siteDir` and writes the bundle to `siteDir/pagefind/`.
 * The Pagefind service (a child process) is always closed, whether indexing worked or not.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const outputPath = join(siteDir, PAGEFIND_BUNDLE_DIR);
  try {
    // A glossary definition inside a body is read on the page, never searched (glossary/plugin.ts).
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [TERM_DEFINITION_SELECTOR] });
    failOn(SEARCH_INDEX.steps.create, errors);
    if (!index) throw new SearchIndexError(SEARCH_INDEX.noIndex);
    // Only the pages that carry a searchable body (entries and glossary terms): reading the lists,
    // print pages and verification pages too would only cost time, as none of them is indexed.
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    failOn(SEARCH_INDEX.steps.add, added.errors);
    if (added.page_count === 0) {
      throw new SearchIndexError(SEARCH_INDEX.noPages);
    }
    const written = await index.writeFiles({ outputPath });
    failOn(SEARCH_INDEX.steps.write, written.errors);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
    const indexed = readdirSync(join(outputPath, 'fragment')).length;
    return { pages: added.page_count, indexed, ...folderSize(outputPath), outputPath };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(SEARCH_INDEX.crashed(error instanceof Error ? error.message : String(error)), { cause: error });
  } finally {
    await pagefind.close();
  }
}
