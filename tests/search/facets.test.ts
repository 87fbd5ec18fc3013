import { describe, expect, it } from 'vitest';
import {
  CASE_FACETS,
  DECISION_SLUGS,
  SCENARIO_SLUGS,
  casesWithFacet,
  countCaseFacets,
  facetPath,
  facetSlug,
  filterOptions,
  regionSlugs,
  searchFiltersFor,
} from '../../src/search/facets.ts';
import { CASE_DECISIONS, CASE_SCENARIOS } from '../../src/schemas/vocabulary.ts';

const organs = [
  { id: 'jilan-province', level: '省', region: '霁岚省' },
  { id: 'yingzhou-city', level: '市', region: '潆州市' },
  { id: 'yingzhou-nr-team', level: '派驻', region: '潆州市' },
  { id: 'tangting-street', level: '乡镇', region: '芸溪区' },
  { id: 'yunxi-district', level: '县', region: '芸溪区' },
  { id: 'yichuan-police-team', level: '派驻', region: '漪川区' },
];
const regions = regionSlugs(organs);
const cases = [
  { date: '2024-03-01', scenario: '乡村振兴', decision: '免予问责', region: '芸溪区' },
  { date: '2025-01-09', scenario: '乡村振兴', decision: '不予容错', region: '潆州市' },
  { date: '2024-12-31', scenario: '改革创新', decision: '免予问责', region: '芸溪区' },
];

describe('slugs', () => {
  it('gives every scenario and decision of the vocabulary a distinct ASCII slug', () => {
    for (const [map, vocabulary] of [
      [SCENARIO_SLUGS, CASE_SCENARIOS],
      [DECISION_SLUGS, CASE_DECISIONS],
    ] as const) {
      const slugs = vocabulary.map((value) => (map as Record<string, string>)[value]);
      expect(slugs.every((slug) => slug && /^[a-z0-9-]+$/.test(slug))).toBe(true);
      expect(new Set(slugs).size).toBe(vocabulary.length);
    }
  });

  it('names a region after its highest-level territorial organ', () => {
    expect(Object.fromEntries(regions)).toEqual({
      霁岚省: 'jilan-province',
      潆州市: 'yingzhou-city',
      芸溪区: 'yunxi-district',
      漪川区: 'yichuan-police-team',
    });
    // From the top of the hierarchy down, whatever order the organs come in.
    expect([...regions.keys()]).toEqual(['霁岚省', '潆州市', '芸溪区', '漪川区']);
    expect([...regionSlugs([...organs].reverse()).keys()]).toEqual(['霁岚省', '潆州市', '芸溪区', '漪川区']);
  });

  it('slugs years as themselves and rejects values outside the vocabulary', () => {
    expect(facetSlug('year', '2024', regions)).toBe('2024');
    expect(facetSlug('scenario', '乡村振兴', regions)).toBe('rural-revitalization');
    expect(facetSlug('scenario', '不存在的情形', regions)).toBeUndefined();
    expect(facetSlug('region', '火星', regions)).toBeUndefined();
  });

  it('builds facet page paths with pagination', () => {
    expect(facetPath('decision', 'exempted')).toBe('cases/decision/exempted/');
    expect(facetPath('year', '2024', 2)).toBe('cases/year/2024/page/2/');
  });
});

describe('countCaseFacets', () => {
  const counts = countCaseFacets(cases, regions);

  it('counts each facet value, in vocabulary order, newest year first', () => {
    expect(counts.scenario).toEqual([
      { value: '改革创新', slug: 'reform-innovation', count: 1 },
      { value: '乡村振兴', slug: 'rural-revitalization', count: 2 },
    ]);
    expect(counts.decision.map((v) => [v.value, v.count])).toEqual([
      ['免予问责', 2],
      ['不予容错', 1],
    ]);
    expect(counts.year.map((v) => [v.slug, v.count])).toEqual([
      ['2025', 1],
      ['2024', 2],
    ]);
    expect(counts.region.map((v) => [v.slug, v.count])).toEqual([
      ['yingzhou-city', 1],
      ['yunxi-district', 2],
    ]);
  });

  it('agrees with casesWithFacet for every value', () => {
    for (const facet of CASE_FACETS) {
      for (const value of counts[facet]) expect(casesWithFacet(cases, facet, value.value).length).toBe(value.count);
    }
  });

  it('has nothing to count in an empty library', () => {
    expect(countCaseFacets([], regions)).toEqual({ scenario: [], decision: [], year: [], region: [] });
  });
});

describe('searchFiltersFor', () => {
  it('gives a case its kind, organ, region, year, scenario and decision under Chinese keys', () => {
    expect(
      searchFiltersFor({
        kind: 'cases',
        kindLabel: '容错纠错案例',
        date: '2025-06-18',
        organ: { shortName: '潆州市纪委监委', region: '潆州市' },
        scenario: '重点项目推进',
        decision: '减轻问责',
      }),
    ).toEqual({
      类别: ['容错纠错案例'],
      机关: ['潆州市纪委监委'],
      地区: ['潆州市'],
      年份: ['2025'],
      情形: ['重点项目推进'],
      认定结果: ['减轻问责'],
    });
  });

  it('lists every 澄清方式 of a notice, and only the kind of a glossary term', () => {
    expect(searchFiltersFor({ kind: 'clarifications', kindLabel: '澄清正名', methods: ['会议', '公开栏'] }).澄清方式).toEqual([
      '会议',
      '公开栏',
    ]);
    expect(searchFiltersFor({ kind: 'glossary', kindLabel: '术语解释' })).toEqual({ 类别: ['术语解释'] });
  });

  it('collects the filter values the search page offers', () => {
    const options = filterOptions([
      { kind: 'clarifications', kindLabel: '澄清正名', date: '2023-01-01', methods: ['网站', '书面'] },
      { kind: 'cases', kindLabel: '容错纠错案例', date: '2025-01-01', scenario: '其他', decision: '从轻问责' },
      { kind: 'glossary', kindLabel: '术语解释' },
    ]);
    expect(options.kind).toEqual(['澄清正名', '容错纠错案例', '术语解释']);
    expect(options.year).toEqual(['2025', '2023']);
    expect(options.method).toEqual(['书面', '网站']);
    expect(options.organ).toEqual([]);
  });
});
