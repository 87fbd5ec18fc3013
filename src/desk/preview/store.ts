/**
 * What the desk hands the preview's `astro:content` (astro-content.ts) for one render. It lives on
 * `globalThis` because the templates run as Vite's module instances, not the desk's own.
 */
export const PREVIEW_STORE = Symbol.for('mingjing.desk.preview');

export interface PreviewEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
  rendered?: { html: string };
}

export interface PreviewStore {
  collections: Record<string, PreviewEntry[]>;
}
