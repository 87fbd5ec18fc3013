import * as pagefind from 'pagefind';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { searchablePages, searchableProjection } from '/work/main/src/search/index-cache.ts';
import { SEARCHABLE_PAGES, TERM_DEFINITION_SELECTOR } from '/work/main/src/search/build-index.ts';
const site = process.argv[2]!;
const mode = process.argv[3]!;
const t0 = performance.now();
const { index } = await pagefind.createIndex({ excludeSelectors: [TERM_DEFINITION_SELECTOR] });
const t1 = performance.now();
if (mode === 'dir') {
  const r = await index!.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
  console.log('pages', r.page_count);
} else {
  const pages = searchablePages(site);
  const texts = pages.map((p) => [p, mode === 'proj' ? searchableProjection(readFileSync(join(site, p), 'utf8')) : readFileSync(join(site, p), 'utf8')] as const);
  const t = performance.now();
  await Promise.all(texts.map(([p, content]) => index!.addHTMLFile({ url: '/' + p.replace(/index\.html$/, ''), content })));
  console.log('read+proj ms', Math.round(t - t1), 'bytes', texts.reduce((s, [, c]) => s + c.length, 0));
}
const t2 = performance.now();
rmSync('/tmp/pf-out', { recursive: true, force: true });
await index!.writeFiles({ outputPath: '/tmp/pf-out' });
const t3 = performance.now();
await pagefind.close();
console.log(mode, 'create', Math.round(t1 - t0), 'add', Math.round(t2 - t1), 'write', Math.round(t3 - t2));
