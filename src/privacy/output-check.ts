/**
 * The last check (ARCHITECTURE.md, "Invariants"): after the build, the same detectors, through the
 * same normalisation, read every file the build wrote as a reader receives it (output-views.ts):
 * pages through an HTML parser, attributes, comments and ignored regions included; feeds, the
 * sitemap and SVG as XML; open data; the decompressed search index; image metadata. A template,
 * markup in a body or a data file that renders differently from its source (王<b>建</b>国 is 王建国
 * on the page) can never publish what the source check passed. A finding fails the build before the
 * staging folder replaces `dist/`.
 *
 * Files already found clean are remembered by content hash in the build cache (hashes only, no
 * content), so an unchanged page of a warm build is not read twice; and so are the windows a
 * changed page's text is cut into (output-windows.ts), so a page whose one line changed is read
 * by the detectors only around that line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join, relative, sep } from 'node:path';
import { detectorFingerprint, openCleanCache, type CleanCache } from './clean-cache.ts';
import { collectMatches } from './matches.ts';
import { maskValue } from './mask.ts';
import { IMAGE_FILE, outputFileView, TEXT_FILE, type TextView } from './output-views.ts';
import { ALIAS_LINE, textWindows, windowsApply } from './output-windows.ts';
import { lineColumnAt } from './scan.ts';
import type { Finding, RawMatch, ScanOptions } from './types.ts';
import { WORKER_RESOURCE_LIMITS } from '../lib/node/worker-limits.ts';

export { htmlTextView } from './output-views.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => relative(dir, join(item.parentPath, item.name)).split(sep).join('/'))
    .sort();
}

/** The names a file may carry: those its own entry vouches for, or for a shared file, the site's. */
export interface VouchedNames {
  publicNames: readonly string[];
  notNames: readonly string[];
}

export interface OutputCheckOptions extends Pick<ScanOptions, 'denylist'> {
  /** Names vouched for in `file` (an entry's page: that entry's; a list or feed: every entry's). */
  namesFor: (file: string) => VouchedNames;
  /**
   * Where a finding came from, masked: the source entry and field (`content/x.md › title`). It
   * receives the raw match and must never return it.
   */
  sourceOf?: (file: string, match: RawMatch) => string | undefined;
  /**
   * Texts the site's configuration puts on every page on the organ's own authority (its address,
   * its 公安备案号 in the footer): a finding wholly inside one is not reported. Only exact
   * occurrences count, so the same address elsewhere in an entry is still found.
   */
  vouchedTexts?: readonly string[];
  /** Which files to read (relative paths); all when absent. */
  include?: (file: string) => boolean;
  cacheFile?: string | undefined;
  projectRoot?: string | undefined;
}

export interface OutputCheckResult {
  findings: Finding[];
  filesChecked: number;
  filesFromCache: number;
  /** Of those, the files not even read: the same file (inode, size, modification time) as one found clean before. */
  filesByIdentity: number;
  /** Windows of the changed files scanned, and those found clean before (output-windows.ts). */
  windowsChecked: number;
  windowsFromCache: number;
}

/** Files the check reads: every text file, and every image for its metadata. */
export const isCheckedOutput = (file: string): boolean => TEXT_FILE.test(file) || IMAGE_FILE.test(file);

/** Where each vouched-for text occurs in `text`, as [start, end) ranges. */
function vouchedRanges(text: string, vouched: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of vouched) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) ranges.push([at, at + phrase.length]);
  }
  return ranges;
}

/** Pagefind's word lists hold words, not sentences: the context detectors have nothing to read. */
const isWordList = (file: string) => /\.pf_(?:index|filter|meta)$/u.test(file);

/** Findings in one output file, located in it and masked. `view` is its text view when already made. */
export function checkOutputFile(
  file: string,
  bytes: Buffer,
  options: OutputCheckOptions,
  view: TextView | undefined = outputFileView(file, bytes),
): Finding[] {
  if (!view) return [];
  const names = options.namesFor(file);
  const matches = collectMatches(view.text, {
    publicNames: names.publicNames,
    notNames: names.notNames,
    ...(options.denylist ? { denylist: options.denylist } : {}),
    wordList: isWordList(file),
  });
  const vouched = vouchedRanges(view.text, options.vouchedTexts ?? []);
  const reported = matches.filter((match) => !vouched.some(([start, end]) => match.start >= start && match.end <= end));
  // Positions point into the file as an editor opens it; in the index and images, into their text.
  const located = /\.pf_|\.(?:png|jpe?g|webp|gif)$/u.test(file) ? view.text : bytes.toString('utf8');
  return reported.map((match) => {
    const source = options.sourceOf?.(file, match);
    return {
      file,
      ...lineColumnAt(located, view.origin.at(match.start)),
      kind: match.kind,
      excerpt: maskValue(match.kind, match.value),
      ...(source ? { source } : {}),
    };
  });
}

/**
 * Scans every text file and image under `outDir`. Findings name the output file (relative to
 * `outDir`), the line and column in it, the kind, the masked excerpt and, where known, the source
 * entry and field. `cacheFile` remembers the hashes of clean files between builds; the caller saves
 * it (`result.cache.save()`) only when the whole build passed.
 */
export function checkBuiltSite(outDir: string, options: OutputCheckOptions): OutputCheckResult & { cache: CleanCache } {
  const { cache, changed, counts } = sortByCache(outDir, options);
  const findings: Finding[] = [];
  for (const item of changed) findings.push(...checkAndRecord(item, options, cache, counts));
  return { findings, ...counts, cache };
}

/** Checks a changed file and records it clean, with its windows, or its clean windows alone. */
function checkAndRecord(
  { file, path, vouchedFor, identityKey }: ChangedFile,
  options: OutputCheckOptions,
  cache: CleanCache,
  counts: { windowsChecked: number; windowsFromCache: number },
): Finding[] {
  // Read again here, one file at a time: holding the bytes of every changed file from the sorting
  // on (16,000 cards and 26,000 pages in a cold build at 10,000 entries) was the build's peak of
  // memory. The key is that of the bytes checked.
  const bytes = readFileSync(path);
  const key = cache.keyOf(bytes, vouchedFor);
  const { findings, windows } = checkChangedFile(file, bytes, options, { cache, vouchedFor, counts });
  if (findings.length === 0) {
    cache.add(key, windows);
    if (identityKey) cache.add(identityKey, [key]);
  } else for (const window of windows) cache.add(window);
  return findings;
}

interface ChangedFile {
  file: string;
  /** Where it is on disk: the bytes are read when it is checked. */
  path: string;
  /** The key of its content when it was sorted, to remember it clean by once checked. */
  key: string;
  vouchedFor: string;
  /** The key of the file's identity (`identityKeyOf`), remembered with its content's key as its part when it is clean. */
  identityKey?: string;
}

/**
 * The key of a file as the file system knows it: its path in the site, device, inode, size and
 * modification time (in nanoseconds), under the cache's salt and the names vouched for in it.
 *
 * Cards and the search index are hard links into their caches (cards/pipeline.ts,
 * search/index-cache.ts): an unchanged card is the very file of the last build, and reading 16,000
 * PNGs to hash them took 14 s of a warm build at 10,000 entries. A file written anew (every page,
 * which Astro copies from its own cache) has a new inode and is read. The inode's change time is
 * left out because linking the file into a new release changes it. What this trusts: that nothing
 * rewrites a cached file in place and then sets its modification time back; the build never does.
 */
function identityKeyOf(cache: CleanCache, file: string, path: string, vouchedFor: string): string {
  const stat = statSync(path, { bigint: true });
  return cache.keyOf('file-identity', file, `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`, vouchedFor);
}

/** Opens the cache and sorts the selected files into those found clean before and the others. */
function sortByCache(outDir: string, options: OutputCheckOptions) {
  // The key covers what decides a finding besides the file: the names vouched for in it, the
  // deny-list and the detectors (clean-cache.ts).
  const salt = JSON.stringify([
    options.denylist ?? [],
    options.vouchedTexts ?? [],
    options.projectRoot ? detectorFingerprint(options.projectRoot) : `${process.pid}:${Math.random()}`,
  ]);
  const cache = openCleanCache(options.cacheFile, salt);
  const counts = { filesChecked: 0, filesFromCache: 0, filesByIdentity: 0, windowsChecked: 0, windowsFromCache: 0 };
  const changed: ChangedFile[] = [];
  for (const file of listFiles(outDir).filter((file) => isCheckedOutput(file) && (options.include?.(file) ?? true))) {
    const path = join(outDir, file);
    const names = options.namesFor(file);
    const vouchedFor = JSON.stringify([names.publicNames, names.notNames]);
    const identityKey = identityKeyOf(cache, file, path, vouchedFor);
    if (cache.has(identityKey)) {
      counts.filesFromCache += 1;
      counts.filesByIdentity += 1;
      // With the content's key (its one part) and that key's windows, for a later build that
      // copies the file, or changes a line of it.
      cache.keep(identityKey);
      const [contentKey] = cache.partsOf(identityKey);
      if (contentKey) cache.keep(contentKey);
      continue;
    }
    const bytes = readFileSync(path);
    const key = cache.keyOf(bytes, vouchedFor);
    if (cache.has(key)) {
      counts.filesFromCache += 1;
      cache.keep(key);
      cache.add(identityKey, [key]);
      continue;
    }
    counts.filesChecked += 1;
    changed.push({ file, path, key, vouchedFor, identityKey });
  }
  return { cache, salt, changed, counts };
}

/** What a worker thread checks: changed files with their vouched-for names, and how to key them. */
export interface OutputCheckJob {
  outDir: string;
  files: Array<{ file: string; publicNames: readonly string[]; notNames: readonly string[] }>;
  denylist?: readonly string[];
  vouchedTexts: readonly string[];
  cacheFile?: string;
  salt: string;
}

/** A worker's answer: the files it found clean, the keys to remember (with their windows), its window counts. */
export interface OutputCheckJobResult {
  clean: string[];
  keys: Array<[string, string[]]>;
  windowsChecked: number;
  windowsFromCache: number;
}

/**
 * Checks a job's files in this thread (the worker's side, output-check-worker.ts). A file with a
 * finding is only named by leaving it out of `clean`: the build checks it again in its own thread,
 * where the finding's source is looked up.
 */
export function runOutputCheckJob(job: OutputCheckJob): OutputCheckJobResult {
  const cache = openCleanCache(job.cacheFile, job.salt);
  const byFile = new Map(job.files.map((item) => [item.file, item]));
  const options: OutputCheckOptions = {
    namesFor: (file) => byFile.get(file) ?? { publicNames: [], notNames: [] },
    vouchedTexts: job.vouchedTexts,
    ...(job.denylist ? { denylist: job.denylist } : {}),
  };
  const counts = { windowsChecked: 0, windowsFromCache: 0 };
  const clean: string[] = [];
  for (const { file, publicNames, notNames } of job.files) {
    const vouchedFor = JSON.stringify([publicNames, notNames]);
    if (checkAndRecord({ file, path: join(job.outDir, file), key: '', vouchedFor }, options, cache, counts).length === 0) clean.push(file);
  }
  return { clean, keys: cache.recorded(), ...counts };
}

/** Below this many changed files, threads cost more to start than they save. */
export const PARALLEL_MIN_FILES = 64;

/**
 * `checkBuiltSite` over worker threads (`workerFile`, run from its source on Node's type
 * stripping): the changed files are shared out, each thread answers which are clean, and any file
 * a thread did not find clean — or any thread that failed — is checked here, so the answer is
 * always that of `checkBuiltSite`.
 */
export async function checkBuiltSiteInParallel(
  outDir: string,
  options: OutputCheckOptions & { workerFile: string; threads: number; minFiles?: number },
): Promise<OutputCheckResult & { cache: CleanCache; threadsUsed: number }> {
  const { cache, salt, changed, counts } = sortByCache(outDir, options);
  const threads = Math.min(options.threads, Math.ceil(changed.length / (options.minFiles ?? PARALLEL_MIN_FILES)));
  const typescript = Boolean((process.features as { typescript?: unknown }).typescript);
  let left = changed;
  if (threads >= 2 && typescript && existsSync(options.workerFile)) {
    const groups: ChangedFile[][] = Array.from({ length: threads }, () => []);
    changed.forEach((item, i) => groups[i % threads]!.push(item));
    const answers = await Promise.all(
      groups.map((group) => {
        const job: OutputCheckJob = {
          outDir,
          files: group.map(({ file }) => ({ file, ...options.namesFor(file) })),
          vouchedTexts: options.vouchedTexts ?? [],
          ...(options.denylist ? { denylist: options.denylist } : {}),
          ...(options.cacheFile ? { cacheFile: options.cacheFile } : {}),
          salt,
        };
        return new Promise<OutputCheckJobResult | undefined>((done) => {
          const worker = new Worker(options.workerFile, { workerData: job, execArgv: [], resourceLimits: WORKER_RESOURCE_LIMITS });
          worker.once('message', (answer: OutputCheckJobResult) => done(answer));
          // A thread that fails answers nothing: its files are checked here.
          worker.once('error', () => done(undefined));
          worker.once('exit', () => done(undefined));
        });
      }),
    );
    const clean = new Set<string>();
    for (const answer of answers) {
      if (!answer) continue;
      for (const [key, parts] of answer.keys) cache.add(key, parts);
      for (const file of answer.clean) clean.add(file);
      counts.windowsChecked += answer.windowsChecked;
      counts.windowsFromCache += answer.windowsFromCache;
    }
    left = changed.filter(({ file }) => !clean.has(file));
    for (const item of changed) if (clean.has(item.file) && item.identityKey) cache.add(item.identityKey, [item.key]);
  }
  const findings: Finding[] = [];
  for (const item of left) findings.push(...checkAndRecord(item, options, cache, counts));
  return { findings, ...counts, cache, threadsUsed: left === changed ? 1 : threads };
}

/**
 * A file not found clean before: clean when every window of its text is (found clean before, or
 * scanned now); otherwise, or where windows do not apply, scanned whole, whose findings alone are
 * reported (output-windows.ts says why the two agree). Returns the findings and the keys of the
 * windows found clean, for the cache.
 */
function checkChangedFile(
  file: string,
  bytes: Buffer,
  options: OutputCheckOptions,
  run: { cache: CleanCache; vouchedFor: string; counts: { windowsChecked: number; windowsFromCache: number } },
): { findings: Finding[]; windows: string[] } {
  const view = outputFileView(file, bytes);
  const windows: string[] = [];
  if (!view) return { findings: [], windows };
  const whole = () => ({ findings: checkOutputFile(file, bytes, options, view), windows });
  // Image metadata is read whole, as binary runs; so are the index's result fragments, one per
  // page and named by their content, which never change in part. The word lists of the index do:
  // one page edited changes a few words of a chunk, so they are read by windows too.
  if (/\.pf_fragment$/u.test(file) || !TEXT_FILE.test(file) || !windowsApply(view.text)) return whole();
  const texts = textWindows(view.text);
  if (texts.length <= 1) return whole();
  const names = options.namesFor(file);
  const wordList = isWordList(file);
  const mode = wordList ? 'words' : 'text';
  const scan = (text: string, vouched: VouchedNames) => {
    const withLine = `${ALIAS_LINE}${text}`;
    const ranges = vouchedRanges(withLine, options.vouchedTexts ?? []);
    return collectMatches(withLine, {
      publicNames: vouched.publicNames,
      notNames: vouched.notNames,
      ...(options.denylist ? { denylist: options.denylist } : {}),
      wordList,
    }).some((match) => !ranges.some(([start, end]) => match.start >= start && match.end <= end));
  };
  // Decision: a window is first read with no vouched-for name, and remembered under a key without
  // names: vouched names only ever remove findings, so a window clean without them is clean on
  // every page, and text every page shares (the header, the footer) is read once per build, not
  // once per page. Only a window that needs the page's own names is read again with them.
  const vouching = names.publicNames.length + names.notNames.length > 0;
  const NO_NAMES = { publicNames: [], notNames: [] };
  // A window read as words is another fact than the same text read as prose.
  const shared = texts.map((window) => run.cache.keyOf('window', mode, JSON.stringify([[], []]), window));
  const own = texts.map((window, i) => (vouching ? run.cache.keyOf('window', mode, run.vouchedFor, window) : shared[i]!));
  const known = (i: number) => (run.cache.has(shared[i]!) ? shared[i] : run.cache.has(own[i]!) ? own[i] : undefined);
  for (let i = 0; i < texts.length; i++) {
    const key = known(i);
    if (key === undefined) continue;
    run.counts.windowsFromCache += 1;
    windows.push(key);
  }
  for (const [i, window] of texts.entries()) {
    if (known(i) !== undefined) continue;
    run.counts.windowsChecked += 1;
    if (!scan(window, NO_NAMES)) {
      windows.push(shared[i]!);
      continue;
    }
    // Not trusted (output-windows.ts): the whole file decides, and says where.
    if (!vouching || scan(window, names)) return whole();
    windows.push(own[i]!);
  }
  return { findings: [], windows };
}
