/**
 * The entry as the site will show it, rendered by the site's own page templates
 * (`src/pages/<kind>/[id].astro` with its layout, header, 落款, QR code and footer), for the
 * sandboxed preview frame beside the editor.
 *
 * How: Astro's container API (`experimental_AstroContainer`) renders a component to a string, and
 * the `.astro` files are compiled by a Vite server that the desk starts in its own process with
 * Astro's own Vite configuration (`getViteConfig`, in `serve` mode, in middleware mode: it opens no
 * port and watches nothing). One plugin is added: `astro:content` resolves to astro-content.ts,
 * which serves the collections the desk prepares for each render from the folder as it is, with
 * the previewed entry in place, rendered by the site's Markdown processor and passed through the
 * site's allow-list (`content/sanitize.ts`) as the loader stores it. The page's styles are read
 * from Vite's module graph and inlined (the preview's CSP allows inline style, and nothing else).
 *
 * Privacy: the gate runs first. Every value it finds in the entry (the build gate's findings, in
 * the same scan with the entry's publicNames, notNames and the deny-list) is masked in the
 * preview, and the preview says how many; internal notes are removed as `publicEntry` removes
 * them. Nothing is written to disk but Vite's dependency cache, which holds compiled library code
 * only, in the desk's data folder.
 *
 * The first preview waits for the Vite server and the templates (a few seconds); later ones
 * render in well under a second. Renders are serialised: the collections live on `globalThis`.
 */
import { join } from 'node:path';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import type { ViteDevServer } from 'vite';
import type { experimental_AstroContainer } from 'astro/container';
import { publicEntry, type ValidEntry } from '../../content/model.ts';
import { formatProblem } from '../../content/problems.ts';
import { glossaryLinks } from '../../glossary/plugin.ts';
import { isPoem } from '../../lib/shared/verse.ts';
import { sanitizeBodyHtml } from '../../content/sanitize.ts';
import { onWebsite } from '../../content/publication.ts';
import { maskSensitiveText } from '../../privacy/index.ts';
import type { EntryKind } from '../../schemas/vocabulary.ts';
import { DESK } from '../../strings/desk.ts';
import { codeSlug, verificationCodeFor } from '../../verify/code.ts';
import type { Validation } from '../gate/content-cache.ts';
import { PREVIEW_STORE, type PreviewEntry, type PreviewStore } from './store.ts';

export interface PreviewInput {
  kind: EntryKind;
  slug: string;
  /** The file the entry will be (content/<kind>/<slug>.md, relative to the project). */
  file: string;
  /** The folder validated with this entry in its place (gate/content-cache.ts). */
  validation: Validation;
  /** The entry's vouched names and the deny-list, as the gate reads them. */
  scan: { publicNames: string[]; notNames: string[]; denylist: readonly string[] };
  /** How many findings the gate has in the entry: masked here, and said so. */
  findings: number;
  /** The entry's images by their path on the site (media/…), as data: URLs: the frame loads nothing. */
  images?: Readonly<Record<string, string>>;
}

export interface PreviewResult {
  html: string;
  /** True when the site's templates rendered it; false when only a notice could be shown. */
  rendered: boolean;
}

/** A string value with every value the gate finds masked; objects and lists walked through. */
function masked<T>(value: T, options: PreviewInput['scan']): T {
  if (typeof value === 'string') return maskSensitiveText(value, options) as T;
  if (Array.isArray(value)) return value.map((item) => masked(item, options)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, masked(item, options)])) as T;
  return value;
}

const asStored = (entry: ValidEntry, html?: string): PreviewEntry => ({
  id: entry.id,
  collection: entry.kind,
  data: entry.data as unknown as Record<string, unknown>,
  body: entry.body,
  ...(html === undefined ? {} : { rendered: { html } }),
});

/** The collections the page templates read, as the content loaders would fill them for a build with this entry published. */
export function previewCollections(input: PreviewInput): { store: PreviewStore; entry: ValidEntry } | undefined {
  const { content } = input.validation;
  const own = content.entries.find((entry) => entry.file === input.file);
  if (!own) return undefined;
  const entry = publicEntry({
    ...own,
    data: { ...masked(own.data, input.scan), status: 'published' },
    body: masked(own.body, input.scan),
  } as ValidEntry);
  // The site's glossary step, as the build runs it: the first mention of each term is linked, with
  // its definition beside it (links go nowhere in the sandboxed frame, so the base does not matter).
  const glossary = glossaryLinks({
    base: '/',
    terms: () => content.glossary,
    documentAt: () => ({
      key: `${entry.kind}-${entry.id}`,
      poem: entry.kind === 'culture' && isPoem((entry.data as { form?: string }).form ?? ''),
    }),
  });
  // A synchronous plugin makes a synchronous compile.
  const html = sanitizeBodyHtml((markdownToHtml(entry.body, { hastPlugins: [glossary] }) as MarkdownToHtmlResult).html);
  const others = content.entries.filter(
    (other) => other.file !== input.file && other.data.status === 'published' && (other.kind !== 'clarifications' || onWebsite(other.data)),
  );
  const collections: PreviewStore['collections'] = { clarifications: [], cases: [], culture: [], boardNotices: [], verifications: [] };
  for (const other of others) collections[other.kind]!.push(asStored(publicEntry(other)));
  collections[entry.kind]!.push(asStored(entry, html));
  const records = (name: string, items: readonly { id: string }[]) =>
    (collections[name] = items.map((item) => ({ id: item.id, collection: name, data: { ...item } as Record<string, unknown> })));
  records('organs', content.organs);
  records('series', content.series);
  records('glossary', content.glossary);
  records('stats', content.stats);
  // Every notice page shows its verification code, and a list page reads every notice's: one
  // current record for each notice on the website, this one included, as the loader makes them.
  collections['verifications'] = collections['clarifications']!.map((stored) => {
    const data = stored.data as ValidEntry<'clarifications'>['data'];
    const code = verificationCodeFor(data, stored.body ?? '');
    return {
      id: codeSlug(code),
      collection: 'verifications',
      data: {
        code,
        organ: data.organ,
        date: data.date,
        state: 'current',
        entry: stored.id,
        ...(data.docNumber ? { docNumber: data.docNumber } : {}),
      },
    };
  });
  return { store: { collections }, entry };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A preview that is only a message (the entry does not validate yet, or the templates failed). */
export function previewMessage(title: string, lines: readonly string[]): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeText(title)}</title><style>
body { font-family: sans-serif; line-height: 1.7; margin: 1rem; color: #1a1a1a; } li { margin: .3rem 0; }
</style></head><body><p><strong>${escapeText(title)}</strong></p><ul>${lines.map((line) => `<li>${escapeText(line)}</li>`).join('')}</ul></body></html>`;
}

export class SitePreview {
  readonly #projectRoot: string;
  readonly #cacheDir: string;
  #server: Promise<ViteDevServer> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #styles = new Map<string, string>();
  #closed = false;

  constructor(projectRoot: string, dataDir: string) {
    this.#projectRoot = projectRoot;
    this.#cacheDir = join(dataDir, 'preview-cache');
  }

  /** Starts the Vite server now, so the first preview is fast; errors wait for the first render. */
  warm(): void {
    this.#vite().catch(() => {});
  }

  #vite(): Promise<ViteDevServer> {
    this.#server ??= (async () => {
      const [{ getViteConfig }, { createServer }] = await Promise.all([import('astro/config'), import('vite')]);
      const config = await getViteConfig(
        {
          // Before Astro's own content plugin: an alias is resolved ahead of every plugin.
          resolve: { alias: [{ find: /^astro:content$/, replacement: join(import.meta.dirname, 'astro-content.ts') }] },
          cacheDir: this.#cacheDir,
          logLevel: 'silent',
          clearScreen: false,
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, watch: null, ws: false },
        },
        { root: this.#projectRoot, logLevel: 'silent' },
      )({ mode: 'development', command: 'serve', isSsrBuild: false, isPreview: false });
      return createServer({ ...config, configFile: false });
    })();
    return this.#server;
  }

  /**
   * The page's stylesheets (the site's global and print styles and each component's scoped
   * styles), as Astro's dev server collects them for a route (`virtual:astro:dev-css-all`).
   */
  async #stylesOf(server: ViteDevServer, component: string): Promise<string> {
    const kept = this.#styles.get(component);
    if (kept !== undefined) return kept;
    const all = (await server.ssrLoadModule('virtual:astro:dev-css-all')) as {
      devCSSMap: Map<string, () => Promise<{ css: Set<{ content: string }> }>>;
    };
    const load = all.devCSSMap.get(component);
    const css = load ? [...(await load()).css].map((sheet) => sheet.content).join('\n') : '';
    this.#styles.set(component, css);
    return css;
  }

  /** The entry's page as the site renders it, or a message saying why it cannot be shown yet. */
  render(input: PreviewInput): Promise<PreviewResult> {
    const next = this.#queue.then(() => this.#render(input));
    this.#queue = next.catch(() => {});
    return next;
  }

  async #render(input: PreviewInput): Promise<PreviewResult> {
    const problems = input.validation.problems.filter((problem) => problem.file === input.file);
    if (problems.length > 0)
      return { html: previewMessage(DESK.preview.invalid(problems.length), problems.map(formatProblem)), rendered: false };
    const prepared = previewCollections(input);
    if (!prepared) return { html: previewMessage(DESK.preview.failed, []), rendered: false };
    if (this.#closed) return { html: previewMessage(DESK.preview.failed, []), rendered: false };
    const page = `/src/pages/${input.kind}/[id].astro`;
    const holder = globalThis as { [PREVIEW_STORE]?: PreviewStore };
    holder[PREVIEW_STORE] = prepared.store;
    try {
      const server = await this.#vite();
      const module = (await server.ssrLoadModule(page)) as {
        default: Parameters<experimental_AstroContainer['renderToString']>[0];
        getStaticPaths: () => Promise<{ params: { id: string }; props: Record<string, unknown> }[]>;
      };
      const paths = await module.getStaticPaths();
      const path = paths.find((candidate) => candidate.params.id === input.slug);
      if (!path) return { html: previewMessage(DESK.preview.failed, []), rendered: false };
      const { experimental_AstroContainer: Container } = await import('astro/container');
      const container = await Container.create();
      const page_ = await container.renderToString(module.default, { props: path.props, params: path.params });
      const css = await this.#stylesOf(server, page.slice(1));
      return { html: this.#finish(page_, css, input.findings, input.images ?? {}), rendered: true };
    } catch {
      // The error may quote content: it is not shown or logged.
      return { html: previewMessage(DESK.preview.failed, []), rendered: false };
    } finally {
      delete holder[PREVIEW_STORE];
    }
  }

  /**
   * The rendered page for the frame: scripts, stylesheet links and the site's CSP meta tag dropped
   * (the frame runs no script, loads nothing, and is governed by the desk's own sandboxing CSP),
   * the styles inlined, the entry's image as a data: URL, and a banner when findings were masked.
   */
  #finish(page: string, css: string, findings: number, images: Readonly<Record<string, string>>): string {
    const banner =
      findings > 0
        ? `<p role="status" style="margin:0;padding:.5rem 1rem;background:#fff3cd;color:#1a1a1a;border-bottom:2px solid #8a6d00">${escapeText(DESK.preview.masked(findings))}</p>`
        : '';
    let shown = page;
    for (const [path, url] of Object.entries(images)) {
      const quoted = new RegExp(`(["'])[^"'\\s]*${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g');
      shown = shown.replace(quoted, (_, quote: string) => `${quote}${url}${quote}`);
    }
    return (
      shown
        .replace(/<script\b[\s\S]*?<\/script>/gi, '')
        // The site's own CSP (a meta tag) would refuse the inlined styles; the frame's CSP is the desk's (PREVIEW_HEADERS).
        .replace(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi, '')
        .replace(/<link\b[^>]*rel="(?:stylesheet|modulepreload|preload|icon|manifest)"[^>]*>/gi, '')
        .replace(/<\/head>/i, `<style>${css.replace(/<\/style/gi, '<\\/style')}</style></head>`)
        .replace(/<body([^>]*)>/i, `<body$1>${banner}`)
    );
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue;
    const server = this.#server;
    this.#server = undefined;
    if (server) await (await server.catch(() => undefined))?.close();
  }
}
