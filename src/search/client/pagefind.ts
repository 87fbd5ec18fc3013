/**
 * Loading Pagefind's browser API from the built site. The bundle exists only after a build, so
 * it is imported at run time from `${base}pagefind/pagefind.js` (never bundled by Vite), once per
 * page, with the base path applied to result URLs.
 *
 * @see https://pagefind.app/docs/api/
 */

/** The part of a Pagefind result fragment these pages use. */
export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** A filter value, or any of several values. @see https://pagefind.app/docs/js-api-filtering/ */
export type PagefindFilterValue = string | { any: string[] };

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, PagefindFilterValue>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Excerpt length Pagefind computes (in words); pages build their own excerpt around the exact match. */
export const EXCERPT_LENGTH = 60;

let loading: Promise<PagefindApi> | undefined;

/**
 * Imports and configures Pagefind once. `bundleUrl` is `${base}pagefind/pagefind.js`; `base` is
 * the site's base path, so result URLs work under a sub-folder. No highlight parameter is set:
 * result links stay clean and shareable. `noWorker` is read by Pagefind's `init` (1.6).
 */
export function loadPagefind(bundleUrl: string, base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi;
    // Decision: no web worker. Pagefind's worker script repeats the code of pagefind.js (12 KB
    // gzipped, a sixth of a first search at 10,000 entries); the same WebAssembly searches on the
    // page's thread instead, with the same results, in a few milliseconds.
    await api.options({ baseUrl: base, excerptLength: EXCERPT_LENGTH, noWorker: true });
    await api.init();
    return api;
  })();
  return loading;
}
