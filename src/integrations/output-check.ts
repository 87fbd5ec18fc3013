/**
 * Where the last privacy check is wired into the build: it runs the detectors over the staged
 * site (src/privacy/output-check.ts) and throws when anything was found, so the previous `dist/`
 * stays as it was.
 *
 * Vouched-for names apply where their entry is: an entry's own page, cards, print pages and media
 * are checked with that entry's `publicNames` only; files that show many entries (lists, feeds,
 * open data, the search index) with those of every published entry, each of which is a complete
 * name its own entry contains (validated). A finding names the output file and, found by its
 * value, the source entry and field that produced it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { SiteConfig } from '../lib/node/config.ts';
import {
  checkBuiltSiteInParallel,
  formatGateReport,
  loadDenylist,
  normalizeWord,
  outputFileView,
  scanText,
  type Finding,
  type RawMatch,
} from '../privacy/index.ts';
import type { MediaText } from '../media/publish-media.ts';
import { publicNamesOf, type ContentModel, type PublishedEntry } from '../content/model.ts';
import { BUILD } from '../strings/build.ts';
import { RENDERED_BODY, UNKNOWN_SOURCE } from '../strings/privacy.ts';
import { codeSlug } from '../verify/code.ts';

export class OutputLeakError extends Error {
  override name = 'OutputLeakError';
}

/** Output paths that belong to one entry: its page, print views, cards and media. */
const ENTRY_OUTPUT = [
  /^(clarifications|cases|culture)\/([^/]+)\//u,
  /^(?:cards|media|print\/poster)\/(clarifications|cases|culture)\/([^/]+)\//u,
  /^print\/(notice)\/([^/]+)\//u,
];

/** Published entries by kind and id, and notices by verification code, once per model. */
const lookups = new WeakMap<ContentModel, { entries: Map<string, PublishedEntry>; byCode: Map<string, PublishedEntry> }>();

function lookupsOf(model: ContentModel) {
  let found = lookups.get(model);
  if (!found) {
    // Every output file asks (26,000 at 10,000 entries): a scan of the entries for each took 4.6 s.
    const entries = new Map(model.published.map((entry) => [`${entry.kind}/${entry.id}`, entry]));
    const byCode = new Map<string, PublishedEntry>();
    const seen = new Set<string>();
    for (const record of model.verifications) {
      // The first record of a code decides, as a search of the list would.
      const slug = codeSlug(record.code);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const entry = record.entry ? entries.get(`clarifications/${record.entry}`) : undefined;
      if (entry) byCode.set(slug, entry);
    }
    found = { entries, byCode };
    lookups.set(model, found);
  }
  return found;
}

/** The entry whose own output `file` is, if any. */
function entryOfOutput(file: string, model: ContentModel): PublishedEntry | undefined {
  const { entries, byCode } = lookupsOf(model);
  for (const pattern of ENTRY_OUTPUT) {
    const m = pattern.exec(file);
    if (!m) continue;
    const kind = m[1] === 'notice' ? 'clarifications' : m[1];
    return entries.get(`${kind}/${m[2]}`);
  }
  const code = /^v\/([^/]+)\//u.exec(file)?.[1];
  return code ? byCode.get(code) : undefined;
}

/** `[path, text]` for every string in an entry's data, as the detectors read it. */
function fieldTexts(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, normalizeWord(value)]);
  else if (Array.isArray(value)) value.forEach((item, i) => fieldTexts(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) fieldTexts(inner, path ? `${path}.${key}` : key, out);
  return out;
}

/**
 * The entry and field a leaked value came from, masked (it names places, never the value): the
 * field whose text holds it; else the entry whose own page shows it only once rendered (markup
 * that joins text); else the templates or data files.
 */
function sourceFinder(model: ContentModel, outDir: string) {
  return (file: string, match: RawMatch): string => {
    const own = entryOfOutput(file, model);
    const candidates = own ? [own, ...model.published.filter((entry) => entry !== own)] : model.published;
    for (const entry of candidates) {
      for (const [field, text] of fieldTexts(entry.data, '', [])) if (text.includes(match.value)) return `${entry.file} › ${field}`;
      if (normalizeWord(entry.body).includes(match.value)) return `${entry.file} › body`;
    }
    if (own) return `${own.file} › ${RENDERED_BODY}`;
    for (const entry of model.published) {
      const page = join(outDir, entry.kind, entry.id, 'index.html');
      if (!existsSync(page)) continue;
      const view = outputFileView(page, readFileSync(page));
      if (view && normalizeWord(view.text).includes(match.value)) return `${entry.file} › ${RENDERED_BODY}`;
    }
    return UNKNOWN_SOURCE;
  };
}

/**
 * Checks the files of `outDir` that `include` selects, over worker threads when many changed;
 * throws `OutputLeakError` on any finding. Returns the clean cache of this pass, for the build to
 * save when it commits.
 */
export async function assertBuiltSiteClean(
  outDir: string,
  model: ContentModel,
  config: SiteConfig,
  logger: AstroIntegrationLogger,
  include: (file: string) => boolean,
  pass: string,
  earlier: readonly Finding[] = [],
): Promise<{ save(): void; counts: Record<string, number> }> {
  const shared = {
    publicNames: [...new Set(model.published.flatMap(publicNamesOf))],
    notNames: [...new Set(model.published.flatMap((entry) => entry.data.notNames))],
  };
  const result = await checkBuiltSiteInParallel(outDir, {
    namesFor: (file) => {
      const entry = entryOfOutput(file, model);
      return entry ? { publicNames: publicNamesOf(entry), notNames: entry.data.notNames } : shared;
    },
    sourceOf: sourceFinder(model, outDir),
    // The footer's lines are the organ's own contact details, published on its authority.
    vouchedTexts: [...config.footer.contact, config.footer.publicSecurity, config.footer.icp].filter((text): text is string =>
      Boolean(text),
    ),
    denylist: loadDenylist(),
    include,
    cacheFile: join(config.cacheDir, `mingjing-output-check-${pass}.txt`),
    projectRoot: config.projectRoot,
    // Astro bundles this module; the threads run the check from its source file.
    workerFile: join(config.projectRoot, 'src/privacy/output-check-worker.ts'),
    threads: availableParallelism(),
  });
  const findings = [...earlier, ...result.findings];
  if (findings.length > 0) {
    logger.error(`${BUILD.outputLeak}${formatGateReport(findings)}`);
    const error = new OutputLeakError(BUILD.outputLeakSummary);
    error.stack = error.message;
    throw error;
  }
  logger.info(BUILD.outputClean(result.filesChecked, result.filesFromCache));
  const { filesChecked, filesFromCache, filesByIdentity, windowsChecked, windowsFromCache, threadsUsed } = result;
  return {
    save: () => result.cache.save(),
    counts: { filesChecked, filesFromCache, filesByIdentity, windowsChecked, windowsFromCache, threadsUsed },
  };
}

/**
 * Findings in the texts an SVG image still shows, and in what was dropped from it: each names the
 * entry and `image.src`, checked with the entry's own vouched-for names. Reported with the pages'.
 */
export function mediaTextFindings(texts: readonly MediaText[], model: ContentModel): Finding[] {
  const denylist = loadDenylist();
  return texts.flatMap(({ file, field, output, text }) => {
    const entry = model.published.find((candidate) => candidate.file === file);
    const names = entry ? { publicNames: publicNamesOf(entry), notNames: entry.data.notNames } : {};
    return scanText(text, output, { ...names, denylist }).map((finding) => ({ ...finding, source: `${file} › ${field}` }));
  });
}
