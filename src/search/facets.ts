/**
 * Search filters and case-library facets, as pure functions shared by the build (static facet
 * pages, the `data-pagefind-filter` markup) and the browser (the filter panels).
 *
 * Filter keys are Chinese because readers see them; URL parameters and facet-page slugs are
 * ASCII so links survive being pasted into chat apps and printed. Slugs come from explicit maps of
 * the controlled vocabulary (`src/schemas/vocabulary.ts`), never from pinyin, and regions take
 * the id an editor already chose for the organ that covers them.
 */
import { CASE_DECISIONS, CASE_SCENARIOS, CLARIFICATION_METHODS, ORGAN_LEVELS, type EntryKind } from '../schemas/vocabulary.ts';
import { FILTER_KEYS, SEARCH } from '../strings/search.ts';

export { FILTER_KEYS };
export type FilterParam = keyof typeof FILTER_KEYS;
export type FilterKey = (typeof FILTER_KEYS)[FilterParam];
export const FILTER_PARAMS = Object.keys(FILTER_KEYS) as FilterParam[];

/** Value of the 类别 filter for glossary-term pages (the entry kinds use their list labels). */
export const GLOSSARY_KIND_LABEL = SEARCH.glossaryKind;

type Scenario = (typeof CASE_SCENARIOS)[number];
type Decision = (typeof CASE_DECISIONS)[number];

/** 容错情形 → URL slug. Adding a scenario to the vocabulary without a slug fails the type check. */
export const SCENARIO_SLUGS: Record<Scenario, string> = {
  改革创新: 'reform-innovation',
  先行先试: 'pilot-first',
  重点项目推进: 'key-projects',
  历史遗留问题: 'legacy-issues',
  优化营商环境: 'business-environment',
  突发事件处置: 'emergency-response',
  乡村振兴: 'rural-revitalization',
  程序瑕疵: 'procedural-flaws',
  其他: 'other',
};

/** 认定结果 → URL slug. */
export const DECISION_SLUGS: Record<Decision, string> = {
  不予问责: 'not-accountable',
  免予问责: 'exempted',
  从轻问责: 'lighter',
  减轻问责: 'mitigated',
  不予容错: 'not-tolerated',
};

/** The four facets of the case library, in the order the facet navigation shows them. */
export const CASE_FACETS = ['scenario', 'decision', 'year', 'region'] as const;
export type CaseFacet = (typeof CASE_FACETS)[number];

/** What a case contributes to the facets; plain data so the functions run without Astro. */
export interface CaseFacetSource {
  date: string;
  scenario: string;
  decision: string;
  /** 地区 of the issuing organ. */
  region: string;
}

export interface OrganForFacets {
  id: string;
  level: string;
  region: string;
}

export interface FacetValue {
  value: string;
  slug: string;
  count: number;
}

/**
 * 地区 → slug: the id of the highest-level organ whose region it is (潆州市 → yingzhou-city,
 * 芸溪区 → yunxi-district), ties broken by the order of organs.yaml. Stable while organs keep
 * their ids, readable, and ASCII because organ ids are. The map lists regions from the top of the
 * hierarchy down (省, 市, then 县 in Chinese collation): the order facet lists show them in.
 */
export function regionSlugs(organs: readonly OrganForFacets[]): Map<string, string> {
  const rank = (level: string) => {
    const position = (ORGAN_LEVELS as readonly string[]).indexOf(level);
    // 派驻 teams are not territorial: prefer any territorial organ of the same region.
    return level === '派驻' || position < 0 ? ORGAN_LEVELS.length : position;
  };
  const best = new Map<string, OrganForFacets>();
  for (const organ of organs) {
    const current = best.get(organ.region);
    if (!current || rank(organ.level) < rank(current.level)) best.set(organ.region, organ);
  }
  const ordered = [...best].sort(([regionA, a], [regionB, b]) => rank(a.level) - rank(b.level) || regionA.localeCompare(regionB, 'zh-CN'));
  return new Map(ordered.map(([region, organ]) => [region, organ.id]));
}

/** The value a case has for a facet. */
export function facetValueOf(source: CaseFacetSource, facet: CaseFacet): string {
  return facet === 'year' ? source.date.slice(0, 4) : source[facet];
}

/** The URL slug of a facet value, or undefined for a value outside the vocabulary. */
export function facetSlug(facet: CaseFacet, value: string, regions: ReadonlyMap<string, string>): string | undefined {
  switch (facet) {
    case 'scenario':
      return (SCENARIO_SLUGS as Record<string, string>)[value];
    case 'decision':
      return (DECISION_SLUGS as Record<string, string>)[value];
    case 'year':
      return /^\d{4}$/.test(value) ? value : undefined;
    case 'region':
      return regions.get(value);
  }
}

/** The order values of a facet are listed in: vocabulary order, newest year first, regions as slugged. */
function facetOrder(facet: CaseFacet, regions: ReadonlyMap<string, string>): (a: string, b: string) => number {
  const byList = (list: readonly string[]) => (a: string, b: string) => list.indexOf(a) - list.indexOf(b);
  switch (facet) {
    case 'scenario':
      return byList(CASE_SCENARIOS);
    case 'decision':
      return byList(CASE_DECISIONS);
    case 'year':
      return (a, b) => b.localeCompare(a);
    case 'region':
      return byList([...regions.keys()]);
  }
}

/** Every value of every facet that at least one case has, with its count, in display order. */
export function countCaseFacets(cases: readonly CaseFacetSource[], regions: ReadonlyMap<string, string>): Record<CaseFacet, FacetValue[]> {
  const result = {} as Record<CaseFacet, FacetValue[]>;
  for (const facet of CASE_FACETS) {
    const counts = new Map<string, number>();
    for (const source of cases) {
      const value = facetValueOf(source, facet);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    result[facet] = [...counts]
      .sort(([a], [b]) => facetOrder(facet, regions)(a, b))
      .flatMap(([value, count]) => {
        const slug = facetSlug(facet, value, regions);
        return slug ? [{ value, slug, count }] : [];
      });
  }
  return result;
}

/** The cases that have `value` for `facet`, in their given order. */
export function casesWithFacet<T extends CaseFacetSource>(cases: readonly T[], facet: CaseFacet, value: string): T[] {
  return cases.filter((source) => facetValueOf(source, facet) === value);
}

/** Site-relative path of a static facet page: `cases/scenario/rural-revitalization/`. */
export function facetPath(facet: CaseFacet, slug: string, page = 1): string {
  return page <= 1 ? `cases/${facet}/${slug}/` : `cases/${facet}/${slug}/page/${page}/`;
}

export interface EntryForFilters {
  kind: EntryKind | 'glossary';
  /** 类别 label shown to readers. */
  kindLabel: string;
  date?: string;
  organ?: { shortName: string; region: string };
  scenario?: string;
  decision?: string;
  methods?: readonly string[];
}

/**
 * The Pagefind filters of one page, keyed by their Chinese names. Every value is a list, since
 * a notice may be announced in several ways (澄清方式).
 */
export function searchFiltersFor(entry: EntryForFilters): Partial<Record<FilterKey, string[]>> {
  const filters: Partial<Record<FilterKey, string[]>> = { 类别: [entry.kindLabel] };
  if (entry.organ) {
    filters.机关 = [entry.organ.shortName];
    filters.地区 = [entry.organ.region];
  }
  if (entry.date) filters.年份 = [entry.date.slice(0, 4)];
  if (entry.scenario) filters.情形 = [entry.scenario];
  if (entry.decision) filters.认定结果 = [entry.decision];
  if (entry.methods && entry.methods.length > 0) filters.澄清方式 = [...entry.methods];
  return filters;
}

/**
 * The values each search filter can take on this site, for the search page's selects: kinds in
 * site order, years newest first, vocabularies in their own order, names in Chinese collation.
 */
export function filterOptions(entries: readonly EntryForFilters[]): Record<FilterParam, string[]> {
  const seen = Object.fromEntries(FILTER_PARAMS.map((param) => [param, new Set<string>()])) as Record<FilterParam, Set<string>>;
  for (const entry of entries) {
    const filters = searchFiltersFor(entry);
    for (const param of FILTER_PARAMS) for (const value of filters[FILTER_KEYS[param]] ?? []) seen[param].add(value);
  }
  const inOrder = (values: Set<string>, order: readonly string[]) => order.filter((value) => values.has(value));
  const collate = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const kindOrder = entries.map((entry) => entry.kindLabel).filter((label, index, all) => all.indexOf(label) === index);
  return {
    kind: inOrder(seen.kind, kindOrder),
    organ: collate(seen.organ),
    region: collate(seen.region),
    year: [...seen.year].sort((a, b) => b.localeCompare(a)),
    scenario: inOrder(seen.scenario, CASE_SCENARIOS),
    decision: inOrder(seen.decision, CASE_DECISIONS),
    method: inOrder(seen.method, CLARIFICATION_METHODS),
  };
}
