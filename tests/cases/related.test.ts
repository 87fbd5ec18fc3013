import { describe, expect, it } from 'vitest';
import { keywordIndex, relatedCases, seriesNeighbours } from '../../src/cases/related.ts';

const kase = (id: string, scenario: string, keywords: string[], date = '2024-01-01', decision = '免予问责') => ({
  id,
  data: { scenario, keywords, date, decision },
});

describe('relatedCases', () => {
  const all = [
    kase('self', '突发事件处置', ['应急', '采购']),
    kase('same-scenario', '突发事件处置', ['台风'], '2024-01-01', '不予容错'),
    kase('two-keywords', '改革创新', ['应急', '采购']),
    kase('one-keyword', '改革创新', ['采购'], '2024-05-01', '从轻问责'),
    kase('decision-only', '程序瑕疵', ['征地']),
  ];

  it('ranks by shared scenario, then shared keywords, then decision, and leaves out cases sharing neither scenario nor keyword', () => {
    expect(relatedCases(all[0]!, all, 5).map((c) => c.entry.id)).toEqual(['two-keywords', 'same-scenario', 'one-keyword']);
  });

  it('says what each related case shares', () => {
    const [first, second] = relatedCases(all[0]!, all, 5);
    expect(first!.shares).toEqual({ keywords: ['应急', '采购'], decision: '免予问责' });
    expect(second!.shares).toEqual({ scenario: '突发事件处置', keywords: [] });
  });

  it('lets a shared scenario outrank a single keyword, and a shared decision break a tie', () => {
    const cases = [
      kase('self', 'A', ['x']),
      kase('scenario', 'A', [], '2020-01-01', '不予容错'),
      kase('keyword', 'B', ['x'], '2025-01-01', '不予容错'),
      kase('keyword-same-decision', 'B', ['x'], '2020-01-01'),
    ];
    expect(relatedCases(cases[0]!, cases, 5).map((c) => c.entry.id)).toEqual(['scenario', 'keyword-same-decision', 'keyword']);
  });

  it('never lists the case itself, and keeps to the limit', () => {
    expect(relatedCases(all[0]!, all, 1).map((c) => c.entry.id)).toEqual(['two-keywords']);
  });
});

describe('seriesNeighbours', () => {
  const item = (id: string, series: string, number: number) => ({ id, data: { series, number } });
  const all = [item('a3', 'a', 3), item('a1', 'a', 1), item('b1', 'b', 1), item('a7', 'a', 7)];
  it('finds the previous and next number in the same series, skipping gaps', () => {
    expect(seriesNeighbours(all[0]!, all)).toEqual({ previous: all[1], next: all[3] });
    expect(seriesNeighbours(all[1]!, all)).toEqual({ next: all[0] });
    expect(seriesNeighbours(all[2]!, all)).toEqual({});
  });
});

describe('keywordIndex', () => {
  it('lists every keyword once with its cases, in pinyin order', () => {
    const index = keywordIndex([
      { id: 'x', data: { keywords: ['应急', '备案'] } },
      { id: 'y', data: { keywords: ['备案', '采购'] } },
    ]);
    expect(index.map((k) => `${k.keyword}:${k.cases.map((c) => c.id).join(',')}`)).toEqual(['备案:x,y', '采购:y', '应急:x']);
  });
});
