/**
 * `npm run pdf -- <site path> [--out file.pdf]` and `npm run pdf -- --all-packs [--out folder]`:
 * PDFs of built pages and board packs, printed by the installed Chromium from dist/, served here
 * on a loopback port. Without Chromium or without a built site it stops at once, saying what to run.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../src/deploy/static-server.ts';
import { aptInstallCommand, SYSTEM_PACKAGES } from '../src/deploy/system-packages.ts';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { boardPackPath } from '../src/lib/shared/paths.ts';
import { PACKS_PATH, packsDirFor } from '../src/integrations/atomic-output.ts';
import { findChromium, launchChromium } from '../src/print/chromium.ts';
import { pageFile, pdfNameFor, printToPdf } from '../src/print/pdf.ts';
import { CLI } from '../src/strings/cli.ts';

const fail = (message: string, code = 1): never => {
  process.stderr.write(`${CLI.errorPrefix}${message}\n`);
  process.exit(code);
};

let parsed: {
  values: { out?: string | undefined; dist?: string | undefined; 'all-packs'?: boolean | undefined; help?: boolean | undefined };
  positionals: string[];
};
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, dist: { type: 'string' }, 'all-packs': { type: 'boolean' }, help: { type: 'boolean' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${CLI.pdf.usage}`, 2);
}
const { values, positionals } = parsed!;
if (values.help) {
  process.stdout.write(`${CLI.pdf.usage}\n`);
  process.exit(0);
}
if (!values['all-packs'] && positionals.length !== 1) fail(`${CLI.pdf.noPath}\n${CLI.pdf.usage}`, 2);

const config = loadSiteConfig();
const dist = resolve(values.dist ?? 'dist');
// The board packs are built beside the site, not in it (they never go on the web).
const packsDir = packsDirFor(dist);
if (!pageFile(dist, config.base, '/')) fail(CLI.pdf.noSite(relative(process.cwd(), dist) || dist));
const chromium = findChromium() ?? fail(CLI.pdf.noChromium(aptInstallCommand([SYSTEM_PACKAGES.chromium])));

/** Site paths to print, each with the file it goes to. */
let jobs: { path: string; file: string }[];
if (values['all-packs']) {
  const board = join(packsDir, PACKS_PATH);
  const packs = statSync(board, { throwIfNoEntry: false })?.isDirectory()
    ? readdirSync(board).flatMap((place) => readdirSync(join(board, place)).map((month) => ({ place, month })))
    : [];
  if (packs.length === 0) fail(CLI.pdf.noPacks);
  const dir = resolve(values.out ?? 'pdf');
  mkdirSync(dir, { recursive: true });
  jobs = packs
    .sort((a, b) => a.place.localeCompare(b.place) || a.month.localeCompare(b.month))
    .map(({ place, month }) => ({ path: `/${boardPackPath(place, month)}`, file: join(dir, `${place}-${month}.pdf`) }));
} else {
  const path = positionals[0]!;
  const file = pageFile(dist, config.base, path) ?? pageFile(packsDir, config.base, path);
  if (!file) fail(CLI.pdf.noPage(path, relative(process.cwd(), join(dist, path.replace(/^\/+/, ''), 'index.html'))));
  jobs = [{ path, file: resolve(values.out ?? pdfNameFor(path)) }];
}

/** A site path relative to the base: the server's URL already ends with it. */
function sitePathWithoutBase(path: string): string {
  const clean = path.replace(/^\/+/, '');
  const base = config.base.replace(/^\//, '');
  return base && clean.startsWith(base) ? clean.slice(base.length) : clean;
}

const server = await serveStatic(dist, config.base, [packsDir]);
const browser = await launchChromium(chromium);
let totalBytes = 0;
try {
  for (const job of jobs) {
    const url = new URL(sitePathWithoutBase(job.path), server.url).href;
    try {
      const pages = await printToPdf(browser, url, job.file);
      const bytes = statSync(job.file).size;
      totalBytes += bytes;
      process.stdout.write(`${CLI.pdf.written(relative(process.cwd(), job.file), pages, (bytes / 1024).toFixed(0))}\n`);
    } catch (error) {
      fail(CLI.pdf.failed(job.path, (error as Error).message));
    }
  }
  if (values['all-packs'])
    process.stdout.write(
      `${CLI.pdf.allWritten(jobs.length, relative(process.cwd(), resolve(values.out ?? 'pdf')) || '.', (totalBytes / 1024).toFixed(0))}\n`,
    );
} finally {
  await browser.close();
  await server.close();
}
