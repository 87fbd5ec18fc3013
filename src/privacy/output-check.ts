/**
 * The last check (ARCHITECTURE.md, "Invariants"): after the build, the same detectors read what
 * the build wrote — page text and the attributes readers meet (alt, title, aria-label, meta
 * content), feeds, open data, the sitemap and the decompressed search index — so a template, a
 * data file or Markdown that renders differently from its source (王&#24314;国 is 王建国 in the
 * page) can never publish what the source check passed. A finding fails the build before the
 * staging folder replaces `dist/`.
 *
 * Files already found clean are remembered by content hash in the build cache (hashes only, no
 * content), so an unchanged page of a warm build is not read twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { detectorFingerprint, openCleanCache } from './clean-cache.ts';
import { collectMatches } from './matches.ts';
import { maskValue } from './mask.ts';
import { lineColumnAt } from './scan.ts';
import type { Finding, ScanOptions } from './types.ts';

/** A text view of a file and, for each of its characters, the offset it came from. */
interface TextView {
  text: string;
  origin: number[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
};
/** Attributes whose values a reader sees or hears, and those that carry page data into search. */
const TEXT_ATTRIBUTES =
  /\s(alt|title|aria-label|content|placeholder|value|data-pagefind-meta|data-pagefind-filter|data-share-title)="([^"]*)"/giu;

function decodeEntity(entity: string): string | undefined {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()];
}

/** Appends `raw` (starting at `offset` of the file) to the view, decoding entities as a browser would. */
function appendDecoded(view: TextView, raw: string, offset: number): void {
  for (let i = 0; i < raw.length;) {
    if (raw[i] === '&') {
      const entity = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/iu.exec(raw.slice(i, i + 12))?.[0];
      const decoded = entity ? decodeEntity(entity) : undefined;
      if (entity && decoded !== undefined) {
        for (const unit of decoded.split('')) {
          view.text += unit;
          view.origin.push(offset + i);
        }
        i += entity.length;
        continue;
      }
    }
    view.text += raw[i];
    view.origin.push(offset + i);
    i += 1;
  }
}

/**
 * What a reader of an HTML page meets: the text between tags and the readable attributes, with
 * each tag read as a word break. Script and style contents are code, not text, and are skipped.
 */
export function htmlTextView(html: string): TextView {
  const view: TextView = { text: '', origin: [] };
  const tag = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^>]+>/giu;
  let last = 0;
  for (const m of html.matchAll(tag)) {
    appendDecoded(view, html.slice(last, m.index), last);
    view.text += ' ';
    view.origin.push(m.index);
    for (const attribute of m[0].matchAll(TEXT_ATTRIBUTES)) {
      const valueOffset = m.index + attribute.index + attribute[0].length - attribute[2]!.length - 1;
      appendDecoded(view, attribute[2]!, valueOffset);
      view.text += ' ';
      view.origin.push(m.index);
    }
    last = m.index + m[0].length;
  }
  appendDecoded(view, html.slice(last), last);
  return view;
}

const plainView = (text: string): TextView => ({ text, origin: Array.from({ length: text.length }, (_, i) => i) });

/**
 * Readable text of a Pagefind file: decompressed, split into its strings (CBOR length bytes and
 * other control bytes become breaks), and without the zero-width spaces between segmented words.
 */
function searchIndexView(bytes: Buffer): TextView {
  const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const text = data
    .toString('utf8')
    // eslint-disable-next-line no-control-regex -- the control bytes of the binary index are exactly what is split on
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/gu, '\n')
    .replace(/\u200b/gu, '');
  return plainView(text);
}

const hasTextView = (file: string): boolean =>
  /\.(?:html|xml|json|csv|txt|webmanifest|pf_fragment|pf_index|pf_filter|pf_meta)$/u.test(file);

function viewOf(file: string, bytes: Buffer): TextView | undefined {
  if (file.endsWith('.html')) return htmlTextView(bytes.toString('utf8'));
  if (/\.(?:xml|json|csv|txt|webmanifest)$/u.test(file)) return plainView(bytes.toString('utf8').replace(/\u200b/gu, ''));
  if (/\.pf_(?:fragment|index|filter|meta)$/u.test(file)) return searchIndexView(bytes);
  return undefined;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => relative(dir, join(item.parentPath, item.name)).split(sep).join('/'))
    .sort();
}

/** Where each vouched-for text occurs in `text`, as [start, end) ranges. */
function vouchedRanges(text: string, vouched: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of vouched) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) ranges.push([at, at + phrase.length]);
  }
  return ranges;
}

export interface OutputCheckResult {
  findings: Finding[];
  filesChecked: number;
  filesFromCache: number;
}

/**
 * Scans every text file under `outDir`. Findings name the output file (relative to `outDir`),
 * the line and column in it, the kind and the masked excerpt. `cacheFile` remembers the hashes of
 * clean files between builds.
 */
export function checkBuiltSite(
  outDir: string,
  options: ScanOptions & {
    cacheFile?: string | undefined;
    projectRoot?: string | undefined;
    /**
     * Texts the site's configuration puts on every page on the organ's own authority (its
     * address, its 公安备案号 in the footer): a finding wholly inside one is not reported. Only
     * exact occurrences count, so the same address elsewhere in an entry is still found.
     */
    vouchedTexts?: readonly string[] | undefined;
  },
): OutputCheckResult {
  // The key covers what decides a finding besides the file: the vouched-for names, the deny-list
  // and the detectors (clean-cache.ts).
  const salt = JSON.stringify([
    options.publicNames ?? [],
    options.notNames ?? [],
    options.denylist ?? [],
    options.vouchedTexts ?? [],
    options.projectRoot ? detectorFingerprint(options.projectRoot) : `${process.pid}:${Math.random()}`,
  ]);
  const cache = openCleanCache(options.cacheFile, salt);
  const findings: Finding[] = [];
  let filesChecked = 0;
  let filesFromCache = 0;
  // Only files that have a text view: images and scripts are never read.
  for (const file of listFiles(outDir).filter(hasTextView)) {
    const bytes = readFileSync(join(outDir, file));
    const key = cache.keyOf(bytes);
    if (cache.has(key)) {
      filesFromCache += 1;
      cache.add(key);
      continue;
    }
    const view = viewOf(file, bytes);
    if (!view) continue;
    filesChecked += 1;
    const vouched = vouchedRanges(view.text, options.vouchedTexts ?? []);
    const matches = collectMatches(view.text, { ...options, wordList: /\.pf_(?:index|filter|meta)$/u.test(file) }).filter(
      (match) => !vouched.some(([start, end]) => match.start >= start && match.end <= end),
    );
    if (matches.length === 0) {
      cache.add(key);
      continue;
    }
    // Positions point into the file as an editor opens it; in the compressed index, into its text.
    const source = file.includes('.pf_') ? view.text : bytes.toString('utf8');
    for (const match of matches) {
      findings.push({
        file,
        ...lineColumnAt(source, view.origin[match.start] ?? 0),
        kind: match.kind,
        excerpt: maskValue(match.kind, match.value),
      });
    }
  }
  cache.save();
  return { findings, filesChecked, filesFromCache };
}
