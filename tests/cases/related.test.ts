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

describe('relatedCases on a large library', () => {
  /** The definition, comparing every pair: what the indexed lookup must answer. */
  function byDefinition<T extends { id: string; data: { scenario: string; keywords: string[]; date: string; decision: string } }>(
    entry: T,
    all: readonly T[],
    limit: number,
  ) {
    const keywords = new Set(entry.data.keywords);
    return all
      .filter((other) => other.id !== entry.id)
      .map((other) => {
        const scenario = other.data.scenario === entry.data.scenario;
        const shared = other.data.keywords.filter((keyword) => keywords.has(keyword));
        const decision = other.data.decision === entry.data.decision;
        return {
          other,
          shared,
          qualifies: scenario || shared.length > 0,
          score: (scenario ? 3 : 0) + shared.length * 1.5 + (decision ? 1 : 0),
        };
      })
      .filter(({ qualifies }) => qualifies)
      .sort((a, b) => b.score - a.score || b.other.data.date.localeCompare(a.other.data.date) || a.other.id.localeCompare(b.other.id))
      .slice(0, limit)
      .map(({ other, shared }) => [other.id, shared.join('、')]);
  }

  it('answers as comparing every pair does, ties included', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const all = Array.from({ length: 400 }, (_, i) => ({
      id: `case-${i}`,
      data: {
        scenario: `情形${next(6)}`,
        keywords: [...new Set([`词${next(12)}`, `词${next(12)}`])].slice(0, 1 + next(2)),
        date: `202${next(6)}-0${1 + next(9)}-1${next(9)}`,
        decision: `结果${next(3)}`,
      },
    }));
    for (const entry of all)
      expect(relatedCases(entry, all, 4).map(({ entry: other, shares }) => [other.id, shares.keywords.join('、')])).toEqual(
        byDefinition(entry, all, 4),
      );
  });
});
