/**
 * `astro:content` inside the desk's preview: the site's own page templates import it, and the
 * desk's Vite server (preview/index.ts) resolves that import to this module instead of Astro's
 * content layer. The collections are the ones the desk put on `globalThis` for the one render in
 * progress (renders are serialised): the folder as it is, with the previewed entry in place.
 * Nothing here reads or writes a file, and nothing is kept between renders.
 *
 * This file is loaded by Vite only; the desk itself never imports it.
 */
import { createComponent, render as template, unescapeHTML } from 'astro/runtime/server/index.js';
import { PREVIEW_STORE, type PreviewEntry, type PreviewStore } from './store.ts';

const store = (): PreviewStore => {
  const current = (globalThis as { [PREVIEW_STORE]?: PreviewStore })[PREVIEW_STORE];
  if (!current) throw new Error('desk preview: no collections for this render');
  return current;
};

export async function getCollection(name: string, filter?: (entry: PreviewEntry) => unknown): Promise<PreviewEntry[]> {
  return (store().collections[name] ?? []).filter((entry) => (filter ? filter(entry) : true));
}

export async function getEntry(name: string, id: string): Promise<PreviewEntry | undefined> {
  return (store().collections[name] ?? []).find((entry) => entry.id === id);
}

/** The body as the loader stores it: Markdown rendered and passed through the allow-list already. */
export async function render(entry: PreviewEntry) {
  const html = entry.rendered?.html ?? '';
  return { Content: createComponent(() => template`${unescapeHTML(html)}`), headings: [], remarkPluginFrontmatter: {} };
}
