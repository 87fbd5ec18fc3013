/** The case library's data (facet counts, regions) from mocked collections, without a build. */
import { describe, expect, it, vi } from 'vitest';
import { entry, mockedAstroContent } from '../helpers/astro-content.ts';

vi.mock('astro:content', () =>
  mockedAstroContent({
    cases: [
      entry('cases', 'one', { title: '一', date: '2024-03-01', organ: 'east', scenario: '突发事件处置', decision: '免予问责' }),
      entry('cases', 'two', { title: '二', date: '2024-07-01', organ: 'west', scenario: '突发事件处置', decision: '从轻问责' }),
      entry('cases', 'three', { title: '三', date: '2023-09-01', organ: 'east', scenario: '改革创新', decision: '免予问责' }),
    ],
    organs: [
      entry('organs', 'east', { id: 'east', name: '东区纪委监委', shortName: '东区纪委监委', level: '县', region: '东区' }),
      entry('organs', 'west', { id: 'west', name: '西县纪委监委', shortName: '西县纪委监委', level: '县', region: '西县' }),
    ],
  }),
);

const { caseLibrary } = await import('../../src/lib/page/case-library.ts');

describe('caseLibrary', () => {
  it('carries each published case with its facet values, newest first', async () => {
    const { cases } = await caseLibrary();
    expect(cases.map((c) => [c.entry.id, c.region, c.scenario])).toEqual([
      ['two', '西县', '突发事件处置'],
      ['one', '东区', '突发事件处置'],
      ['three', '东区', '改革创新'],
    ]);
  });

  it('counts the cases of every facet value', async () => {
    const { facets } = await caseLibrary();
    const counts = (facet: keyof typeof facets) => Object.fromEntries(facets[facet].map((v) => [v.value, v.count]));
    expect(counts('scenario')).toEqual({ 突发事件处置: 2, 改革创新: 1 });
    expect(counts('decision')).toEqual({ 免予问责: 2, 从轻问责: 1 });
    expect(counts('year')).toEqual({ '2024': 2, '2023': 1 });
    expect(counts('region')).toEqual({ 东区: 2, 西县: 1 });
  });
});
