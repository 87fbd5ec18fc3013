/**
 * The case library's filter panel on /cases/: combine 情形 × 认定结果 × 年份 × 地区 and the list
 * narrows in place, with the count of cases per option kept up to date. Pagefind (filters only,
 * no query) is loaded on the first change, so the page costs nothing until the panel is used.
 * The state is kept in the URL (?scenario=…&year=…) like the search page's.
 */
import { formatDateZh } from '../../lib/shared/format.ts';
import { SEARCH } from '../../strings/search.ts';
import { HitCollector } from '../hit-collector.ts';
import { loadPagefind, type PagefindApi, type PagefindFilterValue, type PagefindFragment } from './pagefind.ts';
import { element } from './render.ts';

const PAGE_SIZE = 10;
const KIND_KEY = '类别';

function caseItem(fragment: PagefindFragment): HTMLLIElement {
  const date = fragment.meta['date'];
  const decision = fragment.filters['认定结果']?.[0];
  const scenario = fragment.filters['情形']?.[0];
  return element(
    'li',
    {},
    element('h2', {}, element('a', { href: fragment.url }, fragment.meta['title'] ?? fragment.url)),
    element(
      'p',
      { class: 'entry-meta' },
      date ? element('time', { datetime: date }, formatDateZh(date)) : null,
      fragment.meta['organ'] ? element('span', {}, fragment.meta['organ']) : null,
      decision ? element('span', { class: 'badge', 'data-decision': decision }, decision) : null,
      scenario ? element('span', {}, scenario) : null,
    ),
    fragment.meta['summary'] ? element('p', {}, fragment.meta['summary']) : null,
  );
}

export function initCasePanel(doc: Document): void {
  const panel = doc.querySelector<HTMLFormElement>('[data-case-panel]');
  const status = doc.querySelector<HTMLElement>('[data-case-panel-status]');
  const results = doc.querySelector<HTMLOListElement>('[data-case-panel-results]');
  const more = doc.querySelector<HTMLButtonElement>('[data-case-panel-more]');
  if (!panel || !status || !results || !more) return;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter-key]')];
  // The static list, its count line and its pagination: hidden while the panel narrows the list.
  const staticList = results.parentElement?.querySelector<HTMLElement>('ol.entry-list:not([data-case-panel-results])');
  const staticParts = [
    staticList,
    staticList?.previousElementSibling,
    results.parentElement?.querySelector<HTMLElement>('nav.pagination'),
  ].filter((node): node is HTMLElement => node instanceof HTMLElement);
  const kind = panel.dataset['kind'] ?? '';
  let generation = 0;
  let collector: HitCollector<PagefindFragment> | undefined;
  let shown = 0;

  const chosen = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filterKey']!, s.value]));
  const api = () => loadPagefind(panel.dataset['pagefind'] ?? '/pagefind/pagefind.js', panel.dataset['base'] ?? '/');

  function updateUrl(): void {
    const params = new URLSearchParams();
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    const search = params.toString() ? `?${params}` : '';
    history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  /**
   * Each option's count given the other facets' choices (a facet does not narrow itself).
   * Pagefind returns counts only for the filter keys a search names, so the counted facet is
   * named with all of its values, which every case has.
   */
  async function updateCounts(pagefind: PagefindApi, run: number): Promise<void> {
    const current = chosen();
    for (const select of selects) {
      const key = select.dataset['filterKey']!;
      const values = [...select.options].map((option) => option.value).filter(Boolean);
      const filters: Record<string, PagefindFilterValue> = { ...current, [KIND_KEY]: kind, [key]: { any: values } };
      const found = await pagefind.search(null, { filters });
      if (run !== generation || !found) return;
      const counts = found.filters[key] ?? {};
      for (const option of select.options) {
        if (!option.value) continue;
        option.textContent = `${option.dataset['label'] ?? option.value}（${counts[option.value] ?? 0}）`;
      }
    }
  }

  async function showMore(moveFocus: boolean): Promise<void> {
    if (!collector) return;
    const run = generation;
    await collector.collect(shown + PAGE_SIZE);
    if (run !== generation) return;
    const items = collector.hits.slice(shown, shown + PAGE_SIZE).map(caseItem);
    shown += items.length;
    results!.append(...items);
    more!.hidden = collector.exhausted && shown >= collector.hits.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  async function apply(): Promise<void> {
    const run = ++generation;
    updateUrl();
    const filters = chosen();
    const active = Object.keys(filters).length > 0;
    results!.replaceChildren();
    results!.hidden = !active;
    more!.hidden = true;
    for (const part of staticParts) part.hidden = active;
    collector = undefined;
    shown = 0;
    try {
      const pagefind = await api();
      if (run !== generation) return;
      await updateCounts(pagefind, run);
      if (!active) {
        status!.textContent = '';
        return;
      }
      const found = await pagefind.search(null, { filters: { ...filters, [KIND_KEY]: kind }, sort: { date: 'desc' } });
      if (run !== generation || !found) return;
      collector = new HitCollector(found.results, '');
      await showMore(false);
      if (run !== generation) return;
      status!.textContent = found.results.length > 0 ? SEARCH.panelCount(found.results.length) : SEARCH.panelNone;
    } catch (error) {
      if (run !== generation) return;
      status!.textContent = SEARCH.unavailable;
      for (const part of staticParts) part.hidden = false;
      results!.hidden = true;
      console.warn(SEARCH.caseFilterFailed, error);
    }
  }

  panel.hidden = false;
  panel.addEventListener('change', () => void apply());
  panel.addEventListener('submit', (event) => {
    event.preventDefault();
    void apply();
  });
  // `reset` fires before the form's values are reset.
  panel.addEventListener('reset', () => setTimeout(() => void apply(), 0));
  more.addEventListener('click', () => void showMore(true));

  const params = new URLSearchParams(location.search);
  let fromUrl = false;
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((option) => option.value === value)) {
      select.value = value;
      fromUrl = true;
    }
  }
  if (fromUrl) void apply();
}
