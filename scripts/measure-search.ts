/**
 * `node scripts/measure-search.ts --site DIST [--query 回访 --query 乡村振兴 …] [--base /]`
 *
 * Measures search on a built site the way a reader meets it: the site served by the repository's
 * nginx configuration (gzip on) on 127.0.0.1, a fresh headless Chromium context per query (empty
 * cache), /search/?q=… opened, and the clock stopped when the first result card is on screen.
 * Reports the index size (total and per indexed page), and per query the bytes nginx sent (the
 * response bodies as they went over the wire, compressed where gzip applied: its access log's
 * $body_bytes_sent), Pagefind's share of them, and the time to first results, as JSON. Also
 * measures the case library's filter panel (/cases/?scenario=…).
 *
 * nginx's workers drop root: the site folder must be readable by others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveWithNginx } from '../tests/helpers/nginx.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    query: { type: 'string', multiple: true },
    base: { type: 'string', default: '/' },
    scenario: { type: 'string', default: '乡村振兴' },
  },
});
if (!values.site) {
  console.error('用法：node scripts/measure-search.ts --site 已构建的站点目录 [--query 关键词 …] [--base /子路径/]');
  process.exit(2);
}
const site = resolve(values.site);
const queries = values.query?.length ? values.query : ['回访', '李某', '乡村振兴', '不予容错', '量子计算'];

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(name)));
    if (stat.isFile()) {
      files += 1;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
const indexedPages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
const index = folderStats(join(site, 'pagefind'));

const server = await serveWithNginx(site, { base: values.base });
const accessLog = join(server.prefix, 'logs/access.log');

/**
 * What a Pagefind file is, for the breakdown: the code every index shares (script, worker,
 * WebAssembly), and what each index adds (entry, meta, word chunks, filters, result fragments).
 */
function pagefindPart(uri: string): string {
  if (/pagefind(?:-worker)?\.js$|\.pagefind$/u.test(uri)) return 'code';
  const part = /\.pf_(meta|index|filter|fragment)$/u.exec(uri)?.[1];
  return part ?? (uri.endsWith('pagefind-entry.json') ? 'entry' : 'other');
}

/** Body bytes nginx has sent so far (its access log: `… "GET /uri" 200 1234`), in all and Pagefind's by part. */
function bytesSent(): { all: number; pagefind: number; parts: Record<string, number>; requests: number } {
  const lines = existsSync(accessLog) ? readFileSync(accessLog, 'utf8').trim().split('\n').filter(Boolean) : [];
  let all = 0;
  let pagefind = 0;
  const parts: Record<string, number> = {};
  for (const line of lines) {
    const bytes = Number(line.slice(line.lastIndexOf(' ') + 1));
    all += bytes;
    const uri = /"GET ([^"]+)"/u.exec(line)?.[1] ?? '';
    if (!uri.includes('/pagefind/')) continue;
    pagefind += bytes;
    const part = pagefindPart(uri);
    parts[part] = (parts[part] ?? 0) + bytes;
  }
  return { all, pagefind, parts, requests: lines.length };
}
const browser = await launchBrowser();
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Done when a result is shown, or the live region says something (e.g. that there is none). */
function isReady(mode: 'search' | 'cases'): boolean {
  if (mode === 'search')
    return Boolean(
      document.querySelector('.result-card') || (document.querySelector('[data-search-status]')?.textContent ?? '').includes('没有找到'),
    );
  return Boolean(
    document.querySelector('[data-case-panel-results] > li') ||
    (document.querySelector('[data-case-panel-status]')?.textContent ?? '').length > 0,
  );
}

async function measure(path: string, mode: 'search' | 'cases') {
  const context = await browser.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const before = bytesSent();
  await page.goto(server.url + path);
  await page.waitForFunction(isReady, mode, { timeout: 60_000 });
  const firstResultsMs = Math.round(await page.evaluate(() => performance.now()));
  const status = (await page.locator('[role="status"]').first().textContent())?.trim() ?? '';
  await context.close();
  // nginx writes a request's log line once the response is sent: give the last one a moment.
  await new Promise((done) => setTimeout(done, 200));
  const after = bytesSent();
  return {
    path: decodeURIComponent(path),
    firstResultsMs,
    status,
    requests: after.requests - before.requests,
    transferredKB: kb(after.all - before.all),
    pagefindKB: kb(after.pagefind - before.pagefind),
    pagefindPartsKB: Object.fromEntries(Object.entries(after.parts).map(([part, bytes]) => [part, kb(bytes - (before.parts[part] ?? 0))])),
  };
}

try {
  const searches = [];
  for (const query of queries) {
    searches.push(await measure(`search/?q=${encodeURIComponent(query)}`, 'search'));
  }
  const caseLibrary = await measure(`cases/?scenario=${encodeURIComponent(values.scenario)}`, 'cases');
  console.log(
    JSON.stringify(
      {
        machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
        site,
        index: {
          indexedPages,
          files: index.files,
          totalKB: kb(index.bytes),
          perIndexedPageKB: kb(index.bytes / Math.max(1, indexedPages)),
        },
        searches,
        caseLibrary,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
