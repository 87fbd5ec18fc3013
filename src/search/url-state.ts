/**
 * The search page's state lives in its URL, so a search can be shared, bookmarked and reloaded:
 * `?q=回访&kind=cases…`. Parameters are ASCII (see `FILTER_KEYS`); values are the Chinese filter
 * values readers see.
 */
import { FILTER_KEYS, FILTER_PARAMS, type FilterKey, type FilterParam } from './facets.ts';

export const SORTS = ['relevance', 'date'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchState {
  /** The query as typed (trimmed); empty when browsing by filters only. */
  q: string;
  filters: Partial<Record<FilterParam, string>>;
  sort: SearchSort;
}

/** Longest query kept from a URL: enough for a sentence, short enough to keep URLs sane. */
export const MAX_QUERY_LENGTH = 100;

export function readSearchState(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const filters: Partial<Record<FilterParam, string>> = {};
  for (const param of FILTER_PARAMS) {
    const value = params.get(param)?.trim();
    if (value) filters[param] = value;
  }
  const sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  return { q, filters, sort };
}

/** The query string for a state (`?q=…`), or '' for the empty state. Stable parameter order. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const param of FILTER_PARAMS) {
    const value = state.filters[param];
    if (value) params.set(param, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state's filters in Pagefind's form: `{ 类别: '澄清正名' }`. */
export function pagefindFilters(filters: SearchState['filters']): Partial<Record<FilterKey, string>> {
  const out: Partial<Record<FilterKey, string>> = {};
  for (const param of FILTER_PARAMS) {
    const value = filters[param];
    if (value) out[FILTER_KEYS[param]] = value;
  }
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some(Boolean);
}
