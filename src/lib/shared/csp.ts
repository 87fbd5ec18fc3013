/**
 * The Content-Security-Policy, written once: pages carry it as a meta tag (so any static host
 * enforces it), and deploy/nginx sends it as an HTTP header, which alone can carry
 * `frame-ancestors`. WebAssembly compilation is allowed only on the pages where Pagefind runs.
 */

/** Pages, relative to the base, that run Pagefind in the browser and so need 'wasm-unsafe-eval'. */
/** The province portal's search page (built only when mingjing.config.json lists member sites). */
export const PORTAL_PAGE = 'portal/';

export const SEARCH_PAGES = ['search/', 'cases/', PORTAL_PAGE] as const;

/**
 * Pagefind's search worker, which compiles its WebAssembly: a worker runs under the policy sent
 * with its own script, not the page's, so the server allows WebAssembly for this file too.
 */
export const SEARCH_WORKER = 'pagefind/pagefind-worker.js';

/** Whether a page (its path relative to the base, e.g. `search/`) runs Pagefind. */
export const isSearchPage = (path: string): boolean => (SEARCH_PAGES as readonly string[]).includes(path.replace(/index\.html$/, ''));

export interface CspOptions {
  /** Allow WebAssembly compilation: only on SEARCH_PAGES. */
  allowWasm: boolean;
  /** Add `frame-ancestors 'none'`: only an HTTP header can carry it (browsers ignore it in a meta tag). */
  header?: boolean;
  /** Other origins search may read from: a portal's member sites, only on the pages that search. */
  connect?: readonly string[];
}

export function contentSecurityPolicy({ allowWasm, header = false, connect = [] }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${allowWasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${connect.map((origin) => ` ${origin}`).join('')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** The Referrer-Policy of pages and server alike: a reader's path is never sent to another site. */
export const REFERRER_POLICY = 'same-origin';

/** The origins of a portal's member sites, as CSP sources: `https://county.example.gov.cn`. */
export const memberOrigins = (urls: readonly string[]): string[] => [...new Set(urls.map((url) => new URL(url).origin))].sort();
