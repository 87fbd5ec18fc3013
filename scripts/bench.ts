/**
 * `npm run bench -- --entries N [--keep]`: generates a synthetic site of N entries, builds it
 * cold, then warm with nothing changed (`noChange`), after one notice's body changed (`oneEdit`)
 * and after one organ was renamed (`oneSharedEdit`), and builds a bare Astro site from the same
 * Markdown (glob loader, one plain page per entry, nothing of Mingjing) as the baseline. The last
 * line printed is one JSON object: build time by phase, pages, card throughput cold and warm,
 * search index size, the privacy gate's time, peak memory (the build process's own, and
 * `peakTreeRssMB`: with its child processes, summed), the baseline and the ratios.
 *
 * Timings are wall-clock on a shared machine: compare the ratios of one run, not absolute numbers
 * across runs.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured } from '../src/bench/process-tree.ts';
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
// Readable by others, so a kept site can be served by nginx, whose workers drop root
// (scripts/measure-search.ts).
chmodSync(work, 0o755);
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

async function build(label: string) {
  const result = await runMeasured(
    join(root, 'node_modules/.bin/node'),
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        MINGJING_CONTENT_DIR: contentDir,
        MINGJING_CACHE_DIR: cacheDir,
        MINGJING_NOW: '2026-11-01',
        MINGJING_HOST_ORGAN: 'synth-city',
      },
    },
  );
  const { wallMs } = result;
  if (result.status !== 0) {
    console.error(`${label} 构建失败：\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(join(cacheDir, BUILD_REPORT_FILE), 'utf8')) as BuildReportData;
  // Pages Astro rendered in this build, not those it copied from the last one (the build report,
  // from Astro's incremental cache: src/integrations/incremental-cache.ts).
  const pagesRendered = report.counts['pagesRendered'] ?? Number.NaN;
  const pagesReused = report.counts['pagesReused'] ?? 0;
  const cardsMs = report.phasesMs['cards'] ?? 0;
  const rendered = report.counts['cardsRendered'] ?? 0;
  const cached = report.counts['cardsCached'] ?? 0;
  return {
    wallMs,
    pagesRendered,
    pagesReused,
    phasesMs: report.phasesMs,
    peakRssMB: report.peakRssMB,
    peakRssMBAfter: report.peakRssMBAfter,
    // The build process with its threads and its child processes (Pagefind), summed: what the
    // machine must have free (src/bench/process-tree.ts).
    peakTreeRssMB: result.peakTreeRssMB,
    cards: {
      rendered,
      cached,
      ms: cardsMs,
      cardsPerSecond: cardsMs > 0 ? Math.round(((rendered + cached) / cardsMs) * 1000 * 10) / 10 : null,
    },
  };
}

/**
 * The baseline: a bare Astro 7 project over the same content folder — the glob loader, no
 * schema, one page per entry that renders its Markdown — built in a folder of its own with the
 * project's node_modules linked in.
 */
async function buildBaseline(): Promise<{ wallMs: number; pages: number; peakTreeRssMB: number | null }> {
  const project = join(work, 'baseline');
  mkdirSync(join(project, 'src/pages/[kind]'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "name": "baseline", "private": true, "type": "module" }\n');
  writeFileSync(
    join(project, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', cacheDir: ${JSON.stringify(join(work, 'baseline-cache'))}, build: { format: 'directory' } });\n`,
  );
  writeFileSync(
    join(project, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nconst kind = (name) => defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(contentDir)} + '/' + name }) });\nexport const collections = { clarifications: kind('clarifications'), cases: kind('cases'), culture: kind('culture') };\n`,
  );
  writeFileSync(
    join(project, 'src/pages/[kind]/[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const kinds = ['clarifications', 'cases', 'culture'];\n  return (await Promise.all(kinds.map((kind) => getCollection(kind)))).flat().map((entry) => ({ params: { kind: entry.collection, id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
  );
  const result = await runMeasured(join(root, 'node_modules/.bin/node'), [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const { wallMs, peakTreeRssMB } = result;
  if (result.status !== 0) {
    console.error(`基准（Astro 原样）构建失败：\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const pages = readdirSync(join(project, 'dist'), { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
  return { wallMs, pages, peakTreeRssMB };
}

try {
  const generatedAt = performance.now();
  await generateSyntheticContent(contentDir, entries);
  const generateMs = Math.round(performance.now() - generatedAt);
  const cold = await build('首次');
  const pages = readdirSync(outDir, { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
  const index = folderBytes(join(outDir, 'pagefind'));
  const warm = await build('再次');
  // What an editor waits for: one notice's body changed, then one organ renamed (shown on many pages).
  // A notice on the website (its page was built): one past its public period, or kept to a board or
  // a meeting, would change no page, card or search entry.
  const notices = readdirSync(join(outDir, 'clarifications'), { withFileTypes: true })
    .filter((item) => item.isDirectory() && existsSync(join(contentDir, 'clarifications', `${item.name}.md`)))
    .map((item) => item.name)
    .sort();
  const edited = join(contentDir, 'clarifications', `${notices[Math.floor(notices.length / 2)]!}.md`);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n经复核，以上澄清内容无误。\n`);
  const oneEdit = await build('改一条');
  const organsFile = join(contentDir, 'organs.yaml');
  const organs = readFileSync(organsFile, 'utf8');
  // The first organ below the host (a county): the host organ's name is in every page's header, so
  // renaming it renders the whole site again, like renaming the site.
  const firstBelowHost = organs.indexOf('\n- id:', organs.indexOf('- id:') + 1);
  const renamed =
    organs.slice(0, firstBelowHost) +
    organs.slice(firstBelowHost).replace(/^(\s*name: )(.+)$/m, (_, key: string, name: string) => `${key}${name}（更名）`);
  writeFileSync(organsFile, renamed);
  const oneSharedEdit = await build('改机关名');
  const baseline = await buildBaseline();
  const ratio = (ms: number) => Math.round((ms / baseline.wallMs) * 100) / 100;
  console.log(
    JSON.stringify({
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
      gateMs: { cold: cold.phasesMs['gate'] ?? null, warm: warm.phasesMs['gate'] ?? null },
      baseline,
      noChange: warm,
      oneEdit,
      oneSharedEdit,
      ratio: {
        warmVsBaseline: ratio(warm.wallMs),
        coldVsBaseline: ratio(cold.wallMs),
        noChangeVsBaseline: ratio(warm.wallMs),
        oneEditVsBaseline: ratio(oneEdit.wallMs),
        oneSharedEditVsBaseline: ratio(oneSharedEdit.wallMs),
      },
      output: values.keep ? work : undefined,
    }),
  );
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
