/**
 * The portal's search: this site's Pagefind index, with every reachable member site's index
 * merged in (`mergeIndex`) with the member's address as its `baseUrl`, so every result links to
 * and says which site it comes from; each index also carries a synthetic 站点 filter
 * (`mergeFilter`), so the reader can keep to one site.
 *
 * A member that cannot be reached would make every search fail, so each member's
 * `pagefind-entry.json` is fetched first and only the members that answer are merged; the others
 * are named on the page.
 *
 * @see https://pagefind.app/docs/multisite/
 */
import { formatDateZh } from '../../lib/shared/format.ts';
import { PORTAL, PORTAL_FILTER_KEY, SEARCH } from '../../strings/search.ts';
import { HitCollector } from '../hit-collector.ts';
import { excerptAround } from '../match.ts';
import type { PagefindApi, PagefindFragment } from './pagefind.ts';
import { EXCERPT_LENGTH } from './pagefind.ts';
import { element, excerptNodes } from './render.ts';

interface Member {
  id: string;
  name: string;
  url: string;
}

interface MergingApi extends PagefindApi {
  mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
}

const EXCERPT_CHARS = 80;
const PAGE_SIZE = 20;

/** The members whose index answers: the rest are left out, so one of them down breaks nothing. */
export async function reachableMembers(
  members: readonly Member[],
  fetcher: typeof fetch = fetch,
): Promise<{ reachable: Member[]; unreachable: Member[] }> {
  const answers = await Promise.all(
    members.map(async (member) => {
      try {
        const response = await fetcher(new URL('pagefind/pagefind-entry.json', member.url), { mode: 'cors' });
        return response.ok;
      } catch {
        return false;
      }
    }),
  );
  return { reachable: members.filter((_, i) => answers[i]), unreachable: members.filter((_, i) => !answers[i]) };
}

/**
 * The site a result comes from, told by its address: a member's results carry the member's URL
 * (its index is merged with that `baseUrl`), the portal's own are relative. The synthetic 站点
 * filter narrows a search but Pagefind does not return it with the fragment.
 */
export function siteOf(url: string, members: readonly Member[], host: string): string {
  const member = members.filter((candidate) => url.startsWith(candidate.url)).sort((a, b) => b.url.length - a.url.length)[0];
  return member?.name ?? host;
}

function resultCard(fragment: PagefindFragment, query: string, site: string): HTMLLIElement {
  const date = fragment.meta['date'];
  const meta = element(
    'p',
    { class: 'result-meta' },
    element('span', { class: 'result-site', 'data-result-site': site }, PORTAL.from(site)),
    fragment.meta['kind'] ? element('span', { class: 'result-kind' }, fragment.meta['kind']) : null,
    date ? element('time', { datetime: date }, formatDateZh(date)) : null,
  );
  const excerpt = element('p', { class: 'result-excerpt' }, ...excerptNodes(excerptAround(fragment.content, query, EXCERPT_CHARS)));
  return element(
    'li',
    { class: 'result-card' },
    element('h2', {}, element('a', { href: fragment.url }, fragment.meta['title'] ?? fragment.url)),
    meta,
    excerpt,
  );
}

export function initPortal(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-portal-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const site = form?.querySelector<HTMLSelectElement>('select[name="site"]');
  const status = doc.querySelector<HTMLElement>('[data-portal-status]');
  const list = doc.querySelector<HTMLOListElement>('[data-portal-results]');
  const unreachableNote = doc.querySelector<HTMLElement>('[data-portal-unreachable]');
  if (!form || !input || !site || !status || !list || !unreachableNote) return;
  const members = JSON.parse(form.dataset['members'] ?? '[]') as Member[];
  const bundleUrl = form.dataset['pagefind'] ?? '/pagefind/pagefind.js';
  const base = form.dataset['base'] ?? '/';
  const host = form.dataset['host'] ?? '';

  let loading: Promise<MergingApi> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const [api, { reachable, unreachable }] = await Promise.all([
        import(/* @vite-ignore */ bundleUrl) as Promise<MergingApi>,
        reachableMembers(members),
      ]);
      await api.options({ baseUrl: base, excerptLength: EXCERPT_LENGTH, mergeFilter: { [PORTAL_FILTER_KEY]: host } });
      // baseUrl: a member's result links lead to the member's own site, not to the portal.
      for (const member of reachable) {
        await api.mergeIndex(new URL('pagefind/', member.url).href, {
          baseUrl: member.url,
          mergeFilter: { [PORTAL_FILTER_KEY]: member.name },
        });
      }
      if (unreachable.length > 0) {
        unreachableNote.textContent = PORTAL.unreachable(unreachable.map((member) => member.name).join('、'));
        unreachableNote.hidden = false;
      }
      await api.init();
      return api;
    })());

  let generation = 0;
  async function search(): Promise<void> {
    const run = ++generation;
    const query = input!.value.trim();
    list!.replaceChildren();
    if (!query) {
      status!.textContent = '';
      return;
    }
    list!.setAttribute('aria-busy', 'true');
    try {
      const api = await load();
      const found = await api.search(query, site!.value ? { filters: { [PORTAL_FILTER_KEY]: site!.value } } : {});
      if (run !== generation) return;
      if (!found) throw new Error('Pagefind returned no result set');
      const collector = new HitCollector(found.results, query);
      await collector.collect(PAGE_SIZE);
      if (run !== generation) return;
      list!.append(...collector.hits.map((fragment) => resultCard(fragment, query, siteOf(fragment.url, members, host))));
      status!.textContent = collector.hits.length > 0 ? SEARCH.countQuery(query, collector.hits.length) : SEARCH.noResults(query);
    } catch (error) {
      if (run !== generation) return;
      status!.textContent = SEARCH.unavailable;
      console.warn(SEARCH.failed, error);
    } finally {
      if (run === generation) list!.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  site.addEventListener('change', () => void search());
  const typed = new URLSearchParams(location.search).get('q');
  if (typed) {
    input.value = typed;
    void search();
  }
}
