/**
 * The output check's windows (src/privacy/output-windows.ts): a changed page is read only around
 * what changed, and a leak is found exactly as a scan of the whole page finds it — also when its two
 * halves each sit in a piece of text already found clean, split at a chunk boundary by a block, a
 * hard-wrapped line or an inline tag.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuiltSite, checkBuiltSiteInParallel, checkOutputFile, type OutputCheckOptions } from '../../src/privacy/output-check.ts';
import { outputFileView } from '../../src/privacy/output-views.ts';
import { CHUNK_MIN, textChunks, textWindows, windowsApply } from '../../src/privacy/output-windows.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mingjing-output-windows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A clean sentence, different for each `i` (so chunks differ), in the organ's own voice. */
const filler = (i: number) => `第${i}项：经核查，反映的问题失实，现予以澄清，欢迎群众继续监督。`;
const page = (blocks: readonly string[]) =>
  `<!doctype html><html><body><main>${blocks.map((b) => `<p>${b}</p>`).join('')}</main></body></html>`;
const viewText = (html: string) => outputFileView('x.html', Buffer.from(html))!.text;
const nonSpace = (text: string) => text.replace(/\s/gu, '').length;

let runs = 0;
/** Checks `files` (name → HTML) as one built site with the cache kept in `cacheFile`, and saves the cache. */
function check(files: Record<string, string>, cacheFile: string) {
  const dir = join(work, `site-${(runs += 1)}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
  const options: OutputCheckOptions = { namesFor: () => ({ publicNames: [], notNames: [] }), cacheFile, projectRoot: ROOT };
  const result = checkBuiltSite(dir, options);
  if (result.findings.length === 0) result.cache.save();
  const whole = Object.entries(files).flatMap(([name, html]) => checkOutputFile(name, Buffer.from(html), options));
  return { ...result, whole };
}

/**
 * Blocks around a split: fillers, then `before` ending the block (or line) where a chunk must end,
 * then `after` starting the next chunk. Tries filler counts until a chunk of the view ends exactly
 * at the split, which the test then asserts.
 */
const TAIL = Array.from({ length: 12 }, (_, i) => filler(90 + i));
const LEAD = (k: number) => Array.from({ length: 30 + (k % 7) }, (_, i) => filler(i));

/** The chunks of a page's text, as strings. */
const chunksOf = (html: string) => {
  const text = viewText(html);
  return textChunks(text).map(([start, end]) => text.slice(start, end));
};

/**
 * The first `k` for which `build(k)` makes a page with a chunk that ends with `end` (or, with
 * `start`, one that starts with it).
 */
function placed(build: (k: number) => string, where: { end?: string; start?: string }): { html: string; k: number } {
  for (let k = 0; k < 400; k++) {
    const html = build(k);
    if (chunksOf(html).some((chunk) => (where.end ? chunk.endsWith(where.end) : chunk.startsWith(where.start!)))) return { html, k };
  }
  throw new Error('no filler puts a chunk boundary where the test needs it');
}

describe('textChunks and textWindows', () => {
  const text = viewText(page(Array.from({ length: 150 }, (_, i) => filler(i))));

  it('cut the text into whole lines, each chunk long enough, windows covering every boundary', () => {
    const chunks = textChunks(text);
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks[0]![0]).toBe(0);
    expect(chunks.at(-1)![1]).toBe(text.length);
    for (let i = 0; i < chunks.length; i++) {
      if (i > 0) expect(chunks[i]![0]).toBe(chunks[i - 1]![1]);
      expect(text[chunks[i]![1] - 1] === '\n' || i === chunks.length - 1).toBe(true);
      expect(nonSpace(text.slice(...chunks[i]!))).toBeGreaterThanOrEqual(CHUNK_MIN);
    }
    // Every two adjacent chunks lie together in one window.
    const windows = textWindows(text);
    for (let i = 0; i + 1 < chunks.length; i++)
      expect(windows.some((w) => w.includes(text.slice(chunks[i]![0], chunks[i + 1]![1])))).toBe(true);
  });

  it('move no boundary far from a line that changed (content-defined cuts)', () => {
    const changed = text.replace(filler(3), `${filler(3)}（更正：${filler(300)}）`);
    const before = new Set(textWindows(text));
    const after = textWindows(changed);
    // Only the windows around the changed line are new.
    expect(after.filter((w) => !before.has(w)).length).toBeLessThanOrEqual(2);
    expect(after.length).toBeGreaterThan(6);
    // Whole chunks inserted near the top leave the windows after them as they were.
    const inserted = text.replace(filler(3), Array.from({ length: 30 }, (_, i) => filler(500 + i)).join('\n'));
    const afterInsert = textWindows(inserted);
    expect(afterInsert.filter((w) => !before.has(w)).length).toBeLessThanOrEqual(5);
    expect(afterInsert.filter((w) => before.has(w)).length).toBeGreaterThan(before.size - 4);
  });

  it('apply to ordinary text, not to an ideographic description sequence', () => {
    expect(windowsApply(text)).toBe(true);
    expect(windowsApply(`${text}\n⿰王\n建`)).toBe(false);
  });
});

describe('checkBuiltSite with windows', () => {
  it('reads a changed page only around what changed', () => {
    const cacheFile = join(work, 'changed.txt');
    const blocks = Array.from({ length: 60 }, (_, i) => filler(i));
    const first = check({ 'a.html': page(blocks) }, cacheFile);
    expect(first.findings).toEqual([]);
    // A build where nothing changed finds the page whole, and keeps its windows for the next one.
    const unchanged = check({ 'a.html': page(blocks) }, cacheFile);
    expect([unchanged.filesFromCache, unchanged.windowsChecked]).toEqual([1, 0]);
    blocks[30] = `${blocks[30]}（已更名）`;
    const second = check({ 'a.html': page(blocks) }, cacheFile);
    expect(second.findings).toEqual([]);
    expect(second.filesChecked).toBe(1);
    expect(second.windowsChecked).toBeLessThanOrEqual(2);
    expect(second.windowsFromCache).toBeGreaterThan(second.windowsChecked * 2);
  });

  // Each half of the name sits in a chunk found clean before, in another page; joined at a chunk
  // boundary they make a name, which must be found.
  const cases = [
    { name: 'across two blocks', line: false, first: '经查，王', second: '建国在任职期间收受礼金。' },
    { name: 'across a hard-wrapped line', line: true, first: '经查，王', second: '建国在任职期间收受礼金。' },
    { name: 'across an inline tag', line: false, first: '经查，王<b>建</b>', second: '国在任职期间收受礼金。' },
  ];
  for (const { name, line, first, second } of cases) {
    it(`finds a name split ${name} at a chunk boundary, each half cached clean`, () => {
      const cacheFile = join(work, `split-${name.length}-${String(line)}.txt`);
      const join2 = (a: string, b: string) => (line ? [`${a}\n${b}`] : [a, b]);
      const end = `${viewText(first).trim()}\n`;
      const start = viewText(second).trim();
      // The joined page: a chunk ends with the first half, the next starts with the second.
      const { html: joined, k } = placed((j) => page([...LEAD(j), ...join2(`${filler(50 + j)}${first}`, second), ...TAIL]), { end });
      const chunks = chunksOf(joined);
      const a = chunks.find((chunk) => chunk.endsWith(end))!;
      const b = chunks[chunks.indexOf(a) + 1]!;
      expect(b.startsWith(start)).toBe(true);
      // Each half in a page of its own, beside clean text that joins nothing: the same chunks.
      const firstPage = page([...LEAD(k), ...join2(`${filler(50 + k)}${first}`, '——'), ...TAIL]);
      const secondPage = placed((j) => page([...LEAD(j), ...join2(`${filler(70 + j)}——`, second), ...TAIL]), { start }).html;
      expect(chunksOf(firstPage)).toContain(a);
      expect(chunksOf(secondPage)).toContain(b);
      const halves = check({ 'first.html': firstPage, 'second.html': secondPage }, cacheFile);
      expect(halves.findings).toEqual([]);
      const result = check({ 'joined.html': joined }, cacheFile);
      expect(result.windowsFromCache).toBeGreaterThan(0);
      expect(result.whole.map((f) => f.kind)).toContain('name');
      // Reported exactly as the whole page's scan reports it.
      expect(result.findings).toEqual(result.whole);
    });
  }

  it('applies the alias-anywhere rule across windows: an alias in the title, a unit and post far below', () => {
    const cacheFile = join(work, 'alias.txt');
    const blocks = ['关于对李某有关问题的澄清说明', ...Array.from({ length: 40 }, (_, i) => filler(i)), '该同志现任石塘村党支部书记。'];
    const clean = check({ 'a.html': page(blocks.slice(0, -1)) }, cacheFile);
    expect(clean.findings).toEqual([]);
    const found = check({ 'a.html': page(blocks) }, cacheFile);
    expect(found.whole.map((f) => f.kind)).toContain('reidentify');
    expect(found.findings).toEqual(found.whole);
    expect(found.windowsFromCache).toBeGreaterThan(0);
  });

  it('finds every leak of the evaluation corpus as the whole-page scan does, hard-wrapped at a chunk boundary', () => {
    const rows = readFileSync(join(ROOT, 'tests/privacy/corpus/final-corpus.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; text: string; leaks: { kind: string; value: string }[] })
      .filter((row) => row.leaks.length > 0)
      .slice(0, 80);
    const cacheFile = join(work, 'corpus.txt');
    const lead = (k: number) => Array.from({ length: 30 }, (_, i) => filler(k + i));
    // The fillers' windows are cached clean first, so only the leak's windows are read.
    expect(check({ 'clean.html': page([...lead(0), ...lead(200)]) }, cacheFile).findings).toEqual([]);
    let found = 0;
    let fromCache = 0;
    let placedRows = 0;
    for (const row of rows) {
      const value = row.leaks[0]!.value;
      const at = row.text.indexOf(value);
      // Wrap the text inside its first leak (or before it), and find a lead that puts a chunk
      // boundary exactly at that line break.
      const cut = at >= 0 ? at + Math.ceil(value.length / 2) : 1;
      const head = row.text.slice(0, cut);
      let html = '';
      for (let k = 0; k < 120 && !html; k++) {
        // A sentence before the row's text varies the line, and so where chunks are cut.
        const line = `${filler(300 + k)}${head}`;
        const candidate = page([...lead(k), `${line}\n${row.text.slice(cut)}`, ...lead(200)]);
        const text = viewText(candidate);
        const splitAt = text.indexOf(`${line}\n`) + line.length + 1;
        if (textChunks(text).some(([, end]) => end === splitAt)) html = candidate;
      }
      if (!html) continue;
      placedRows += 1;
      const result = check({ [`${row.id}.html`]: html }, cacheFile);
      expect(result.findings, row.id).toEqual(result.whole);
      if (result.whole.length > 0) found += 1;
      fromCache += result.windowsFromCache;
    }
    // Most rows were placed at a boundary, many of their leaks found, beside windows from the cache.
    expect(placedRows).toBeGreaterThan(rows.length * 0.75);
    expect(found).toBeGreaterThan(10);
    expect(fromCache).toBeGreaterThan(0);
  });
});

describe('checkBuiltSiteInParallel', () => {
  const files = Object.fromEntries(
    Array.from({ length: 24 }, (_, i) => [
      `p${i}.html`,
      page([...Array.from({ length: 30 }, (_, j) => filler(i * 40 + j)), i === 17 ? '经查，王建国在任职期间收受礼金。' : filler(999)]),
    ]),
  );
  const site = join(work, 'parallel-site');
  mkdirSync(site, { recursive: true });
  for (const [name, html] of Object.entries(files)) writeFileSync(join(site, name), html);
  const options = (cacheFile: string): OutputCheckOptions => ({
    namesFor: () => ({ publicNames: [], notNames: [] }),
    cacheFile,
    projectRoot: ROOT,
  });
  const workerFile = join(ROOT, 'src/privacy/output-check-worker.ts');

  it('answers as the check in one thread does, from two threads, and remembers the same keys', async () => {
    const serial = checkBuiltSite(site, options(join(work, 'serial.txt')));
    const parallel = await checkBuiltSiteInParallel(site, { ...options(join(work, 'parallel.txt')), workerFile, threads: 2, minFiles: 4 });
    expect(parallel.threadsUsed).toBe(2);
    expect(serial.findings.map((f) => [f.file, f.kind])).toEqual([['p17.html', 'name']]);
    expect(parallel.findings).toEqual(serial.findings);
    expect(parallel.filesChecked).toBe(24);
    serial.cache.save();
    parallel.cache.save();
    const lines = (file: string) => readFileSync(join(work, file), 'utf8').trim().split('\n').sort();
    expect(lines('parallel.txt')).toEqual(lines('serial.txt'));
    // A second run finds every clean file in the cache, and the leak again.
    const again = await checkBuiltSiteInParallel(site, { ...options(join(work, 'parallel.txt')), workerFile, threads: 2, minFiles: 4 });
    expect(again.filesFromCache).toBe(23);
    expect(again.findings).toEqual(serial.findings);
  }, 60_000);

  it('checks everything in its own thread when the threads cannot start', async () => {
    const result = await checkBuiltSiteInParallel(site, {
      ...options(join(work, 'fallback.txt')),
      workerFile: join(work, 'no-such-worker.ts'),
      threads: 2,
      minFiles: 4,
    });
    expect(result.threadsUsed).toBe(1);
    expect(result.findings.map((f) => [f.file, f.kind])).toEqual([['p17.html', 'name']]);
  });
});

describe('the search index by windows', () => {
  /** A Pagefind word-list file as the index writes it: gzipped, words between binary framing. */
  const wordList = (words: readonly string[]) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(words.join('\u0001'))]));
  const fillerWords = (k: number) => Array.from({ length: 300 }, (_, i) => `词${k}_${i}`);
  const indexText = (bytes: Buffer) => outputFileView('a.pf_index', bytes)!.text;

  it('finds a deny-listed name the segmenter split into two words at a chunk boundary, each half cached clean', () => {
    const cacheFile = join(work, 'index-words.txt');
    const options = (dir: string): OutputCheckOptions => ({
      namesFor: () => ({ publicNames: [], notNames: [] }),
      denylist: ['王建国'],
      cacheFile,
      projectRoot: ROOT,
      include: (file) => file.endsWith('.pf_index') && dir.length > 0,
    });
    // A chunk must end with a word ending in 王 (第k王, k chosen so) and the next start with 建国.
    let words: string[] = [];
    let half = '';
    for (let k = 0; k < 400 && words.length === 0; k++) {
      const candidate = [...fillerWords(0).slice(0, 300 - (k % 37)), `第${k}王`, '建国', ...fillerWords(900)];
      const text = indexText(wordList(candidate));
      if (textChunks(text).some(([, end]) => text.slice(0, end).endsWith(`\n第${k}王\n`))) [words, half] = [candidate, `第${k}王`];
    }
    expect(words.length).toBeGreaterThan(0);
    const run = (name: string, lists: readonly (readonly string[])[]) => {
      const dir = join(work, `index-${name}`);
      mkdirSync(dir, { recursive: true });
      lists.forEach((list, i) => writeFileSync(join(dir, `zh-cn_${i}.pf_index`), wordList(list)));
      const result = checkBuiltSite(dir, options(dir));
      if (result.findings.length === 0) result.cache.save();
      return { ...result, whole: lists.flatMap((list, i) => checkOutputFile(`zh-cn_${i}.pf_index`, wordList(list), options(dir))) };
    };
    const at = words.indexOf(half);
    // Each half in a word list of its own, beside words that join nothing: both clean, and cached.
    const halves = run('halves', [
      [...words.slice(0, at + 1), 'ABC', ...fillerWords(900)],
      [...fillerWords(901), 'ABC', ...words.slice(at + 1)],
    ]);
    expect(halves.findings).toEqual([]);
    const joined = run('joined', [words]);
    expect(joined.windowsFromCache).toBeGreaterThan(0);
    expect(joined.whole.map((f) => f.kind)).toEqual(['denylist']);
    expect(joined.findings).toEqual(joined.whole);
  });
});

describe('windows shared by pages', () => {
  it('reads text every page shares once, whatever names each page vouches for, and still applies them', () => {
    const dir = join(work, 'shared-windows');
    mkdirSync(dir, { recursive: true });
    const shared = Array.from({ length: 40 }, (_, i) => filler(700 + i));
    const named = '经查，王建国在任职期间无违纪问题。';
    writeFileSync(join(dir, 'a.html'), page([...shared, named]));
    writeFileSync(join(dir, 'b.html'), page([...shared, named]));
    // a.html vouches for the name (its own entry's public name); b.html does not.
    const result = checkBuiltSite(dir, {
      namesFor: (file) => ({ publicNames: file === 'a.html' ? ['王建国'] : [], notNames: [] }),
      projectRoot: ROOT,
    });
    expect(result.findings.map((f) => [f.file, f.kind])).toEqual([['b.html', 'name']]);
    // The shared windows were read for a.html only.
    expect(result.windowsFromCache).toBeGreaterThan(0);
  });
});
