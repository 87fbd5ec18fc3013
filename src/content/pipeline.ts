/**
 * The content pipeline (ARCHITECTURE.md, "One pipeline"): read the folder once, validate it, run
 * the privacy gate over every text that will be published, and build the model that pages, cards,
 * search and feeds all use. The Astro loaders (loader.ts), the build integration and
 * `npm run validate` call `contentFor`, which reads and checks the folder once per build and
 * shares the result through a registry on `globalThis`: Astro loads the content config and the
 * integration as separate module instances in one process.
 */
import { join } from 'node:path';
import { CONFIG_FILE, type SiteConfig } from '../lib/node/config.ts';
import { EXPECTED, FOUND } from '../strings/content.ts';
import { formatGateReport, issuerFindings, loadDenylist, runPrivacyGate, type Finding, type GateInput } from '../privacy/index.ts';
import { codeSlug, verificationCodeFor } from '../verify/code.ts';
import { blankSpans, byDateDesc, publicEntry, publicNamesOf, type ContentModel, type PublishedEntry, type Verification } from './model.ts';
import { internalNoteSpans } from './front-matter.ts';
import { formatProblems, type ContentProblem } from './problems.ts';
import { effectiveStatus, onBoard, onWebsite, publicUntilOf, verificationState } from './publication.ts';
import { readContentFolder, type RawContent } from './read.ts';
import { validateContent, type ValidatedContent } from './validate.ts';
import { openValidationCache, VALIDATION_CACHE_FILE } from './validation-cache.ts';

export interface ContentResult {
  model: ContentModel;
  problems: ContentProblem[];
  findings: Finding[];
  /** Entries read, per kind and effective status, for `npm run validate`. */
  counts: Record<string, Record<string, number>>;
  timings: { readMs: number; validateMs: number; gateMs: number };
  /**
   * Entry files whose checked data came from the validation cache (`remembered`) and those
   * parsed and checked in full (`parsed`).
   */
  validation: { remembered: number; parsed: number };
  /** Writes the gate's cache of clean texts and the validation cache: for a build that passed every check. */
  commitCaches: () => void;
}

/** Thrown when content is invalid or would leak personal data; its message is the full report. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
  readonly problems: readonly ContentProblem[];
  readonly findings: readonly Finding[];

  constructor(problems: readonly ContentProblem[], findings: readonly Finding[]) {
    const parts: string[] = [];
    if (problems.length > 0) parts.push(formatProblems(problems));
    if (findings.length > 0) parts.push(formatGateReport(findings));
    super(parts.join('\n\n'));
    this.problems = problems;
    this.findings = findings;
  }
}

/**
 * What the gate reads: every entry that will be published, and every invalid entry that says it
 * is published (or whose header cannot be read), so an editor sees all problems in one run.
 */
function gateInputs(raw: RawContent, content: ValidatedContent, publicSource: (file: string) => string, today: string, defaultPublicDays?: number): GateInput[] {
  const inputs: GateInput[] = content.entries
    .filter((entry) => effectiveStatus(entry.data, today, publicDaysFor(entry, defaultPublicDays)) === 'published')
    .map((entry) => ({ file: entry.file, source: publicSource(entry.file), publicNames: publicNamesOf(entry), notNames: entry.data.notNames }));
  const valid = new Set(content.entries.map((entry) => entry.file));
  for (const entry of raw.entries) {
    if (valid.has(entry.file)) continue;
    const status = typeof entry.frontMatter === 'object' && entry.frontMatter !== null ? (entry.frontMatter as Record<string, unknown>)['status'] : undefined;
    if (entry.frontMatter === undefined || status === 'published') inputs.push({ file: entry.file, source: entry.source, publicNames: [] });
  }
  for (const data of Object.values(raw.data)) {
    if (data.source) inputs.push({ file: data.file, source: data.source, publicNames: [] });
  }
  return inputs;
}

/**
 * The issuer-aware part of the gate (privacy/issuer.ts): what the source text alone cannot tell,
 * the issuing organ's name and level and whether this site republishes the notice, checked with
 * the subject's post, for every notice that will be published on any channel.
 */
function issuerChecks(content: ValidatedContent, config: SiteConfig): Finding[] {
  const organs = new Map(content.organs.map((organ) => [organ.id, organ]));
  const host = organs.get(config.hostOrgan);
  return content.entries.flatMap((entry) => {
    if (entry.kind !== 'clarifications' || effectiveStatus(entry.data, config.today, config.defaultPublicDays) !== 'published') return [];
    const issuer = organs.get(entry.data.organ);
    if (!issuer) return [];
    return issuerFindings(entry.file, entry.source, {
      issuer: issuer.name,
      issuerLevel: issuer.level,
      docNumber: entry.data.docNumber,
      role: entry.data.subject.role,
      person: entry.data.subject.type === '个人',
      host: host && onWebsite(entry.data) ? { level: host.level, issued: host.id === issuer.id } : undefined,
    });
  });
}

/** The site's default 公开期 applies to notices only; cases and culture stay until withdrawn. */
const publicDaysFor = (entry: { kind: string }, defaultPublicDays?: number) => (entry.kind === 'clarifications' ? defaultPublicDays : undefined);

/**
 * Every notice that was issued, whatever its channels, with the code its paper copies carry and
 * its state. A notice kept off the website by its methods still has its record; only a current
 * notice on the website links to its page.
 */
function verificationsOf(content: ValidatedContent, today: string, web: ReadonlySet<string>, defaultPublicDays?: number): Verification[] {
  const records: Verification[] = [];
  for (const entry of content.entries) {
    if (entry.kind !== 'clarifications') continue;
    const state = verificationState(entry.data, today, defaultPublicDays);
    if (state === undefined) continue;
    const code = verificationCodeFor(entry.data, entry.body);
    const until = publicUntilOf(entry.data, defaultPublicDays);
    records.push({
      code,
      organ: entry.data.organ,
      date: entry.data.date,
      state,
      ...(entry.data.docNumber === undefined ? {} : { docNumber: entry.data.docNumber }),
      ...(until === undefined ? {} : { publicUntil: until }),
      ...(state === 'current' && web.has(entry.file) ? { entry: entry.id } : {}),
    });
  }
  return records.sort((a, b) => codeSlug(a.code).localeCompare(codeSlug(b.code)));
}

/** Reads, validates and gates `config.contentDir`. No logging and no writes: `commitCaches` writes the gate's and validation's caches. */
export function buildContent(config: SiteConfig, env: NodeJS.ProcessEnv = process.env): ContentResult {
  let started = performance.now();
  // Entry files a committed build checked, byte for byte under the same code, are not parsed or
  // checked on their own again; the checks between files run over all of them below.
  const validationCache = openValidationCache(join(config.cacheDir, VALIDATION_CACHE_FILE), config.projectRoot);
  const raw = readContentFolder(config.contentDir, config.projectRoot, validationCache);
  const readMs = performance.now() - started;
  started = performance.now();
  const { content, problems } = validateContent(raw);
  // The host organ heads every page and gives the home page its figures: it must be registered.
  if (!content.organs.some((organ) => organ.id === config.hostOrgan))
    problems.push({ file: CONFIG_FILE, field: 'hostOrgan', expected: EXPECTED.registeredOrgan(raw.data.organs.file), found: FOUND.unregisteredOrgan(config.hostOrgan) });
  // Where each valid entry's internal notes are (remembered, or found by a second parse of the
  // header), once: the gate reads the source without them, and so does everything published.
  const rawByFile = new Map(raw.entries.map((entry) => [entry.file, entry]));
  const noteSpans = new Map(content.entries.map((entry) => [entry.file, rawByFile.get(entry.file)?.remembered?.noteSpans ?? internalNoteSpans(entry.source)]));
  const publicSources = new Map<string, string>();
  const publicSource = (file: string): string => {
    let source = publicSources.get(file);
    if (source === undefined) {
      source = blankSpans(rawByFile.get(file)!.source, noteSpans.get(file) ?? []);
      publicSources.set(file, source);
    }
    return source;
  };
  const validateMs = performance.now() - started;
  started = performance.now();
  // Texts found clean by a previous build (same text, names, deny-list and detectors) are not
  // scanned again; the cache holds hashes only.
  let commitGateCache = () => {};
  const findings = [
    ...runPrivacyGate(gateInputs(raw, content, publicSource, config.today, config.defaultPublicDays), {
      denylist: loadDenylist(env),
      cache: {
        file: join(config.cacheDir, 'mingjing-gate.txt'),
        projectRoot: config.projectRoot,
        defer: (save) => {
          commitGateCache = save;
        },
      },
    }),
    ...issuerChecks(content, config),
  ];
  const gateMs = performance.now() - started;

  const counts: ContentResult['counts'] = {};
  for (const entry of raw.entries) counts[entry.kind] ??= {};
  for (const entry of content.entries) {
    const status = effectiveStatus(entry.data, config.today, publicDaysFor(entry, config.defaultPublicDays));
    counts[entry.kind]![status] = (counts[entry.kind]![status] ?? 0) + 1;
  }
  // An entry with a finding never enters the model, even where a failed check does not stop the
  // work (the dev server): nothing personal reaches the content store.
  const blocked = new Set(findings.map((finding) => finding.file));
  const live = content.entries
    .filter((entry) => effectiveStatus(entry.data, config.today, publicDaysFor(entry, config.defaultPublicDays)) === 'published' && !blocked.has(entry.file))
    .map((entry) => publicEntry(entry, publicSource(entry.file)))
    .sort(byDateDesc);
  // Channels follow the notice (content/publication.ts): a clarification without 网站 is on no
  // page, card, feed, search record or open-data row; without 公开栏 in no board pack.
  const published = live.filter((entry) => entry.kind !== 'clarifications' || onWebsite(entry.data));
  const boardNotices = live
    .filter((entry): entry is PublishedEntry<'clarifications'> => entry.kind === 'clarifications' && onBoard(entry.data))
    .reverse();
  // Remembered for the next build: entries on the website or a board, valid and clean, as
  // publicEntry leaves them (what the content store holds too). Nothing else is written.
  for (const entry of new Set([...published, ...boardNotices])) {
    const source = rawByFile.get(entry.file);
    if (source?.cacheKey === undefined) continue;
    validationCache.remember(source.cacheKey, {
      data: entry.data,
      bodyStart: source.source.length - source.body.length,
      bodyLine: source.bodyLine,
      noteSpans: noteSpans.get(entry.file) ?? [],
    });
  }
  const remembered = raw.entries.filter((entry) => entry.remembered).length;
  return {
    model: {
      published,
      boardNotices,
      verifications: verificationsOf(content, config.today, new Set(published.map((entry) => entry.file)), config.defaultPublicDays),
      organs: content.organs,
      glossary: content.glossary,
      series: content.series,
      stats: content.stats,
    },
    problems,
    findings,
    counts,
    timings: { readMs: Math.round(readMs), validateMs: Math.round(validateMs), gateMs: Math.round(gateMs) },
    validation: { remembered, parsed: raw.entries.length - remembered },
    // Only a build with no problem and no finding reaches its commit: the cache never holds a
    // result that was not valid.
    commitCaches: () => {
      commitGateCache();
      if (problems.length === 0 && findings.length === 0) validationCache.save();
    },
  };
}

interface Registry {
  key: string;
  result: ContentResult;
  /** Bumped by the dev server's file watcher: the next call reads the folder again. */
  generation: number;
}

const REGISTRY = Symbol.for('mingjing.content');
const registry = (): { current?: Registry; generation: number } => {
  const store = globalThis as { [REGISTRY]?: { current?: Registry; generation: number } };
  store[REGISTRY] ??= { generation: 0 };
  return store[REGISTRY];
};

/** The content of `config`, read and checked once per build (or once per change in dev). */
export function contentFor(config: SiteConfig, env: NodeJS.ProcessEnv = process.env): ContentResult {
  const state = registry();
  const key = JSON.stringify([config.contentDir, config.today, config.defaultPublicDays, env['MINGJING_DENYLIST'] ?? '', state.generation]);
  if (state.current?.key !== key) state.current = { key, result: buildContent(config, env), generation: state.generation };
  return state.current.result;
}

/** The last content read in this process, for the build's own steps after the pages are written. */
export function lastContent(): ContentResult | undefined {
  return registry().current?.result;
}

/** Forgets the content read so far: the next `contentFor` reads the folder again. */
export function invalidateContent(): void {
  registry().generation += 1;
}
