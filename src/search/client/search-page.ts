/**
 * The search page's behaviour: reads the query and filters from the URL, searches with Pagefind,
 * keeps only hits that contain the query, and writes the state back to the URL as it changes.
 * The page's HTML is a working GET form; this script makes it answer in place.
 */
import { formatDateZh } from '../../lib/shared/format.ts';
import { SEARCH } from '../../strings/search.ts';
import { FILTER_PARAMS } from '../facets.ts';
import { HitCollector } from '../hit-collector.ts';
import { excerptAround } from '../match.ts';
import { hasFilters, pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../url-state.ts';
import { loadPagefind, type PagefindFragment } from './pagefind.ts';
import { element, excerptNodes } from './render.ts';

/** Results shown at first and added by each “显示更多”. */
const PAGE_SIZE = 10;
/** Pause after typing before searching, so each keystroke does not start a search. */
const TYPING_DELAY_MS = 300;
/** Up to this many Pagefind results are all checked at once, so the count announced is exact. */
const EXACT_COUNT_LIMIT = 40;
/** Excerpt length in characters: about two lines on a phone at large type. */
const EXCERPT_CHARS = 80;

function resultCard(fragment: PagefindFragment, query: string): HTMLLIElement {
  const title = fragment.meta['title'] ?? fragment.url;
  const date = fragment.meta['date'];
  const meta = element(
    'p',
    { class: 'result-meta' },
    fragment.meta['kind'] ? element('span', { class: 'result-kind' }, fragment.meta['kind']) : null,
    date ? element('time', { datetime: date }, formatDateZh(date)) : null,
    fragment.meta['organ'] ? element('span', {}, fragment.meta['organ']) : null,
  );
  const excerptSource = query ? fragment.content : (fragment.meta['summary'] ?? fragment.content);
  const excerpt = element('p', { class: 'result-excerpt' }, ...excerptNodes(excerptAround(excerptSource, query, EXCERPT_CHARS)));
  return element('li', { class: 'result-card' }, element('h2', {}, element('a', { href: fragment.url }, title)), meta, excerpt);
}

export function initSearchPage(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
  const more = doc.querySelector<HTMLButtonElement>('[data-search-more]');
  const hint = doc.querySelector<HTMLElement>('[data-search-hint]');
  const hintText = hint?.querySelector<HTMLElement>('[data-search-hint-text]');
  const filtersBox = doc.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!form || !input || !status || !list || !more || !hint || !hintText) return;
  const bundleUrl = form.dataset['pagefind'] ?? '/pagefind/pagefind.js';
  const base = form.dataset['base'] ?? '/';
  const headerInput = doc.querySelector<HTMLInputElement>('#site-search-q');

  let generation = 0;
  let collector: HitCollector<PagefindFragment> | undefined;
  let currentQuery = '';
  let shown = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;

  function readForm(): SearchState {
    return readSearchState(new URLSearchParams(new FormData(form!) as unknown as Record<string, string>));
  }

  function writeForm(state: SearchState): void {
    input!.value = state.q;
    if (headerInput) headerInput.value = state.q;
    for (const param of FILTER_PARAMS) {
      const select = field(param);
      if (select) select.value = state.filters[param] ?? '';
    }
    const sort = field('sort');
    if (sort) sort.value = state.sort;
    if (filtersBox && (hasFilters(state) || state.sort === 'date')) filtersBox.open = true;
  }

  function updateUrl(state: SearchState): void {
    const url = `${location.pathname}${writeSearchState(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }

  function showHint(text: string): void {
    hintText!.textContent = text;
    hint!.hidden = false;
  }

  function announce(message: string): void {
    status!.textContent = message;
  }

  function countMessage(): string {
    const n = collector?.hits.length ?? 0;
    const done = collector?.exhausted ?? true;
    if (currentQuery) return done ? SEARCH.countQuery(currentQuery, n) : SEARCH.countQueryMore(currentQuery, n);
    return done ? SEARCH.count(n) : SEARCH.countMore(n);
  }

  async function showMore(moveFocus: boolean): Promise<void> {
    const run = generation;
    if (!collector) return;
    list!.setAttribute('aria-busy', 'true');
    await collector.collect(collector.candidates <= EXACT_COUNT_LIMIT ? Infinity : shown + PAGE_SIZE);
    if (run !== generation) return;
    const cards = collector.hits.slice(shown, shown + PAGE_SIZE).map((fragment) => resultCard(fragment, currentQuery));
    shown += cards.length;
    list!.append(...cards);
    list!.removeAttribute('aria-busy');
    more!.hidden = collector.exhausted && shown >= collector.hits.length;
    if (collector.hits.length === 0) {
      announce(currentQuery ? SEARCH.noResults(currentQuery) : SEARCH.noResultsFiltered);
      showHint(SEARCH.tryHint);
    } else {
      announce(countMessage());
    }
    if (moveFocus) cards[0]?.querySelector('a')?.focus();
  }

  async function search(state: SearchState): Promise<void> {
    const run = ++generation;
    currentQuery = state.q;
    updateUrl(state);
    list!.replaceChildren();
    more!.hidden = true;
    hint!.hidden = true;
    collector = undefined;
    shown = 0;
    if (!state.q && !hasFilters(state)) {
      announce('');
      showHint(SEARCH.startHint);
      return;
    }
    list!.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind(bundleUrl, base);
      const sort = state.sort === 'date' ? { date: 'desc' as const } : undefined;
      const found = await pagefind.search(state.q || null, { filters: pagefindFilters(state.filters), ...(sort ? { sort } : {}) });
      // A newer search started while this one ran.
      if (run !== generation) return;
      if (!found) throw new Error('Pagefind returned no result set');
      collector = new HitCollector(found.results, state.q);
      await showMore(false);
    } catch (error) {
      if (run !== generation) return;
      list!.removeAttribute('aria-busy');
      announce(SEARCH.unavailable);
      console.warn(SEARCH.failed, error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void search(readForm());
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void search(readForm()), TYPING_DELAY_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search(readForm());
  });
  more.addEventListener('click', () => void showMore(true));

  // Reload and shared links: the state comes from the URL.
  const initial = readSearchState(new URLSearchParams(location.search));
  writeForm(initial);
  void search(initial);
}
