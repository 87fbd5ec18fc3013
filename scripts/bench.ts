/**
 * `npm run bench -- --entries N [--keep]`: generates a synthetic site of N entries, builds it
 * twice (cold, then warm with the card cache filled) and prints one JSON report: build time by
 * phase, per-page cost, search index size, card throughput and peak memory.
 *
 * Timings are wall-clock on a shared machine: compare runs made in one session, and read the
 * cold/warm ratio rather than absolute numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticContent } from '../src/bench/synthetic-content.ts';
import { BUILD_REPORT_FILE, type BuildReportData } from '../src/integrations/build-report.ts';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) {
  console.error('用法：npm run bench -- --entries <条目数> [--keep]');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'mingjing-bench-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');

function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile()) continue;
    files += 1;
    bytes += statSync(join(item.parentPath, item.name)).size;
  }
  return { files, bytes };
}

function build(label: string) {
  const started = performance.now();
  const result = spawnSync(
    join(root, 'node_modules/.bin/node'),
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        MINGJING_CONTENT_DIR: contentDir,
        MINGJING_CACHE_DIR: cacheDir,
        MINGJING_NOW: '2026-11-01',
      },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wallMs = Math.round(performance.now() - started);
  if (result.status !== 0) {
    console.error(`${label} 构建失败：\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(join(cacheDir, BUILD_REPORT_FILE), 'utf8')) as BuildReportData;
  const cardsMs = report.phasesMs['cards'] ?? 0;
  const rendered = report.counts['cardsRendered'] ?? 0;
  const cached = report.counts['cardsCached'] ?? 0;
  return {
    wallMs,
    phasesMs: report.phasesMs,
    peakRssMB: report.peakRssMB,
    cards: {
      rendered,
      cached,
      ms: cardsMs,
      cardsPerSecond: cardsMs > 0 ? Math.round(((rendered + cached) / cardsMs) * 1000 * 10) / 10 : null,
    },
  };
}

try {
  const generatedAt = performance.now();
  await generateSyntheticContent(contentDir, entries);
  const generateMs = Math.round(performance.now() - generatedAt);
  const cold = build('首次');
  const pages = readdirSync(outDir, { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
  const index = folderBytes(join(outDir, 'pagefind'));
  const warm = build('再次');
  console.log(
    JSON.stringify(
      {
        machine: {
          cpus: cpus().length,
          memoryGB: Math.round(totalmem() / 2 ** 30),
          freeGB: Math.round(freemem() / 2 ** 30),
          node: process.version,
        },
        entries,
        pages,
        generateMs,
        cold: {
          ...cold,
          perPageMs: Math.round((cold.wallMs / pages) * 100) / 100,
          renderPerPageMs: Math.round(((cold.phasesMs['render'] ?? 0) / pages) * 100) / 100,
        },
        warm: { ...warm, perPageMs: Math.round((warm.wallMs / pages) * 100) / 100 },
        searchIndex: { files: index.files, bytes: index.bytes, bytesPerPage: Math.round(index.bytes / pages) },
        output: values.keep ? work : undefined,
      },
      null,
      2,
    ),
  );
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
