/**
 * The Astro content loaders (ARCHITECTURE.md, "One pipeline"): each collection takes its part of
 * the one validated model. Only published entries enter Astro's data store, which is persisted in
 * the build cache; a withdrawn notice enters only as its verification record.
 *
 * In a build, invalid content or a privacy finding stops the build here, before any page is
 * written, with one line per problem. In the dev server the same report is a warning and only the
 * entries that passed are shown.
 *
 * @see https://docs.astro.build/en/reference/content-loader-reference/
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import type { SiteConfig } from '../lib/node/config.ts';
import type { DataEntry, GlossaryTerm } from '../schemas/data.ts';
import type { EntryKind } from '../schemas/vocabulary.ts';
import { CONTENT } from '../strings/content.ts';
import { codeSlug } from '../verify/code.ts';
import { publishedOfKind } from './model.ts';
import { ContentCheckError, contentFor, invalidateContent, type ContentResult } from './pipeline.ts';
import { sanitizeBodyHtml } from './sanitize.ts';

/**
 * Part of every stored entry's digest: bump it when the Markdown rendering changes in a way
 * RENDER_SOURCES does not show (a module of the renderer not listed there), so entries whose
 * source did not change are rendered again anyway.
 */
export const RENDER_VERSION = 'render-2';

/**
 * The code that turns an entry's Markdown into the HTML the store keeps, relative to the project:
 * it runs in the content layer, outside every page's module graph, so Astro's hash of a page's
 * code does not see it. Its text (and the renderer's and sanitiser's versions) is part of every
 * entry's digest, so a change to it renders every entry and every page showing one again, with no
 * RENDER_VERSION to remember.
 */
export const RENDER_SOURCES = [
  'astro.config.mjs',
  'src/content/loader.ts',
  'src/content/sanitize.ts',
  'src/glossary/site.ts',
  'src/glossary/plugin.ts',
  'src/glossary/match.ts',
  'src/lib/shared/paths.ts',
  'src/lib/shared/verse.ts',
  'src/schemas/vocabulary.ts',
  'src/strings/pages.ts',
  'node_modules/satteri/package.json',
  'node_modules/@astrojs/markdown-satteri/package.json',
  'node_modules/sanitize-html/package.json',
] as const;

const renderCodeDigests = new Map<string, string>();

/** The digest of RENDER_SOURCES as they are in `projectRoot` (a missing file counts as missing). */
export function renderCodeDigest(projectRoot: string): string {
  let digest = renderCodeDigests.get(projectRoot);
  if (digest === undefined) {
    const hash = createHash('sha256');
    for (const file of RENDER_SOURCES) {
      const path = join(projectRoot, file);
      hash.update(`${file}\n`).update(existsSync(path) ? readFileSync(path) : 'missing').update('\n');
    }
    digest = hash.digest('hex');
    renderCodeDigests.set(projectRoot, digest);
  }
  return digest;
}

/**
 * The glossary terms that may be linked in `source` (an entry's file): those whose term or an
 * alias occurs in its text, with numeric character references and Markdown's backslash escapes
 * undone, as the Markdown parser undoes them before the glossary plugin (glossary/plugin.ts) sees
 * the text. A superset of what the plugin links (it also skips headings, links, title marks and
 * poems), which is all a digest needs: a term that occurs nowhere in the text cannot change it.
 */
export function glossaryTermsIn(source: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const character = (reference: string, code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference);
  const text = source
    .replace(/&#x([0-9a-f]{1,8});/gi, (reference, hex: string) => character(reference, Number.parseInt(hex, 16)))
    .replace(/&#(\d{1,8});/g, (reference, decimal: string) => character(reference, Number(decimal)))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return terms.filter((term) => [term.term, ...term.aliases].some((name) => name !== '' && text.includes(name)));
}

/** The verification records' collection schema (for types: the records are built, not authored). */
export const verificationSchema = z.object({
  code: z.string(),
  organ: z.string(),
  date: z.string(),
  docNumber: z.string().optional(),
  state: z.enum(['current', 'expired', 'withdrawn']),
  publicUntil: z.string().optional(),
  entry: z.string().optional(),
});

/** Every collection's loader has the integration's name, so the build log speaks with one voice. */
const LOADER_NAME = 'mingjing';
const reported = new WeakSet<ContentResult>();
const WATCHING = Symbol.for('mingjing.content.watching');

/** The checked content; throws in a build when anything blocks publication, warns in dev. */
function checkedContent(config: SiteConfig, context: LoaderContext): ContentResult {
  const result = contentFor(config);
  if (result.problems.length === 0 && result.findings.length === 0) return result;
  const report = new ContentCheckError(result.problems, result.findings).message;
  if (!context.watcher) {
    // Astro prints a thrown error with its stack; the report alone is what an editor needs.
    if (!reported.has(result)) context.logger.error(`\n${report}`);
    reported.add(result);
    const summary = new Error(CONTENT.blocked);
    summary.stack = summary.message;
    throw summary;
  }
  if (!reported.has(result)) context.logger.warn(`${CONTENT.devWarning}\n${report}`);
  reported.add(result);
  return result;
}

/** In dev, any change under the content folder makes every collection load again. */
function watch(config: SiteConfig, context: LoaderContext, sync: () => Promise<void>): void {
  const { watcher } = context;
  if (!watcher) return;
  const flags = globalThis as { [WATCHING]?: boolean };
  if (!flags[WATCHING]) {
    // Registered first, so it runs before the collections' own listeners: one re-read per change.
    flags[WATCHING] = true;
    watcher.add(config.contentDir);
    watcher.on('all', (_event, path) => {
      if (path.startsWith(config.contentDir)) invalidateContent();
    });
  }
  watcher.on('all', (_event, path) => {
    if (path.startsWith(config.contentDir)) sync().catch((error: unknown) => context.logger.error(String(error)));
  });
}

/** Removes from the store every id that is not in `keep` (an entry that is no longer published). */
function prune(context: LoaderContext, keep: ReadonlySet<string>): void {
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
}

/**
 * Published entries of one kind on the website, rendered once per change of their source; with
 * `board`, the published clarifications posted on public boards instead (content/publication.ts).
 */
export function entryLoader(kind: EntryKind, config: SiteConfig, board = false): Loader {
  return {
    name: LOADER_NAME,
    load: async (context) => {
      const sync = async () => {
        const result = checkedContent(config, context);
        const keep = new Set<string>();
        for (const entry of board ? result.model.boardNotices : publishedOfKind(result.model, kind)) {
          keep.add(entry.id);
          // The glossary terms in its text are part of the rendering (linked, with their definition):
          // a changed term renders again the entries that use it, and only those. The digest is also
          // the entry's input to the page keys (lib/page/cache-key.ts).
          const glossaryDigest = context.generateDigest(glossaryTermsIn(entry.source, result.model.glossary) as unknown as Record<string, unknown>);
          const digest = context.generateDigest(`${RENDER_VERSION}\n${renderCodeDigest(config.projectRoot)}\n${glossaryDigest}\n${entry.source}`);
          const existing = context.store.get(entry.id);
          const filePath = relative(config.projectRoot, entry.absolutePath);
          if (existing?.digest === digest) {
            if (existing.deferredRender && existing.filePath) context.store.addModuleImport(existing.filePath);
            continue;
          }
          const data = entry.data as unknown as Record<string, unknown>;
          // Bodies are Markdown only (validation refuses MDX); what they render passes the
          // allow-list, and no image path from a body reaches Astro's asset pipeline.
          const rendered = await context.renderMarkdown(entry.body, { fileURL: pathToFileURL(entry.absolutePath) });
          const safe = { html: sanitizeBodyHtml(rendered.html), metadata: { ...rendered.metadata, imagePaths: [], localImagePaths: [], remoteImagePaths: [] } };
          // The store keeps the body for pages that read it (glossary mentions) only as the same
          // allow-list leaves it: no comment or attribute the sanitiser drops survives in the cache.
          context.store.set({ id: entry.id, data, body: sanitizeBodyHtml(entry.body), digest, filePath, rendered: safe });
        }
        prune(context, keep);
      };
      await sync();
      watch(config, context, sync);
    },
  };
}

/** A data file's records (organs, glossary terms, case series, yearly figures), keyed by their id. */
export function dataLoader(name: 'organs' | 'glossary' | 'series' | 'stats', config: SiteConfig): Loader {
  return {
    name: LOADER_NAME,
    load: async (context) => {
      const sync = async () => {
        const records: DataEntry[] = checkedContent(config, context).model[name];
        prune(context, new Set(records.map((record) => record.id)));
        for (const record of records) {
          context.store.set({ id: record.id, data: record as unknown as Record<string, unknown>, digest: context.generateDigest(record as unknown as Record<string, unknown>) });
        }
      };
      await sync();
      watch(config, context, sync);
    },
  };
}

/** One record per notice that is or was public: what `/v/<code>/` confirms. */
export function verificationLoader(config: SiteConfig): Loader {
  return {
    name: LOADER_NAME,
    load: async (context) => {
      const sync = async () => {
        const records = checkedContent(config, context).model.verifications;
        prune(context, new Set(records.map((record) => codeSlug(record.code))));
        for (const record of records) {
          context.store.set({ id: codeSlug(record.code), data: { ...record }, digest: context.generateDigest({ ...record }) });
        }
      };
      await sync();
      watch(config, context, sync);
    },
  };
}
