/** Chart data and geometry (src/stats/charts.ts), and the home page's featured item. */
import { describe, expect, it } from 'vitest';
import { featuredOf } from '../../src/lib/page/culture-browse.ts';
import type { YearlyStats } from '../../src/schemas/data.ts';
import {
  CHART,
  decisionsByScenario,
  followUpsByYear,
  layoutBars,
  noticesByYear,
  reportedBars,
  subjectsByKind,
} from '../../src/stats/charts.ts';

const notice = (date: string, type: string, tier: string | undefined, visits: string[] = []) => ({
  data: { date, subject: { type, tier }, followUps: visits.map((d) => ({ date: d })) },
});
const NOTICES = [
  notice('2023-05-01', '个人', '县管', ['2023-06-01', '2024-01-02']),
  notice('2024-02-01', '个人', '村（社区）'),
  notice('2024-03-01', '单位', undefined, ['2024-04-01']),
];

describe('chart data', () => {
  it('counts notices by year, and follow-up visits by the year of the visit', () => {
    expect(noticesByYear(NOTICES).map((b) => [b.label, b.parts[0]!.value])).toEqual([
      ['2023', 1],
      ['2024', 2],
    ]);
    expect(followUpsByYear(NOTICES).map((b) => [b.label, b.parts[0]!.value])).toEqual([
      ['2023', 1],
      ['2024', 2],
    ]);
  });

  it('puts persons by management tier first, then organisations by kind, and drops the empty ones', () => {
    expect(subjectsByKind(NOTICES).map((b) => b.label)).toEqual(['村（社区）', '县管', '单位']);
  });

  it('splits each scenario by decision', () => {
    const bars = decisionsByScenario([
      { data: { scenario: 'A', decision: '免予问责' } },
      { data: { scenario: 'A', decision: '不予容错' } },
      { data: { scenario: 'B', decision: '免予问责' } },
    ]);
    expect(bars).toEqual([
      {
        label: 'A',
        parts: [
          { key: '免予问责', value: 1 },
          { key: '不予容错', value: 1 },
        ],
      },
      { label: 'B', parts: [{ key: '免予问责', value: 1 }] },
    ]);
  });

  it('shows reported rows that disclose the figure, side by side and never summed', () => {
    const source = { outlet: '报', date: '2024-01', counts: '口径' };
    const rows: YearlyStats[] = [
      { id: 'p', year: 2023, organ: 'province', clarifiedPersons: { value: 2244, unit: '人' }, source },
      { id: 'c', year: 2023, organ: 'city', clarifiedPersons: { value: 297, unit: '人' }, source },
      { id: 'v', year: 2024, organ: 'county', clarifiedPersons: { value: 31, unit: '人次' }, source },
      { id: 'x', year: 2024, organ: 'city', disciplinedVisits: { value: 5, unit: '人次' }, source },
    ];
    // The county's 人次 is another figure: not a bar of a chart of persons.
    const { bars } = reportedBars(rows, { field: 'clarifiedPersons', unit: '人' }, (row) => row.organ);
    expect(bars.map((b) => [b.label, b.parts.map((p) => p.value)])).toEqual([
      ['province', [2244]],
      ['city', [297]],
    ]);
  });
});

describe('layoutBars', () => {
  it('scales bars to the largest total and lays split bars end to end', () => {
    const layout = layoutBars([
      {
        label: 'a',
        parts: [
          { key: 'x', value: 2 },
          { key: 'y', value: 2 },
        ],
      },
      { label: 'b', parts: [{ key: 'x', value: 1 }] },
      { label: 'c', parts: [{ key: 'x', value: 0 }] },
    ]);
    const room = CHART.width - CHART.labelWidth - CHART.valueRoom;
    const [a, b, c] = layout.rows;
    expect(a!.segments.map((s) => [s.x, s.width])).toEqual([
      [CHART.labelWidth, room / 2],
      [CHART.labelWidth + room / 2, room / 2],
    ]);
    expect(b!.segments[0]!.width).toBe(room / 4);
    expect(c!.segments[0]!.width).toBe(0);
    expect([a!.total, b!.total, c!.total]).toEqual([4, 1, 0]);
    expect(layout.height).toBe(CHART.padding * 2 + 3 * CHART.rowHeight);
  });
});

describe('the featured culture item', () => {
  it('is the same all day, moves on the next day, and is none without items', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(featuredOf(items, '2026-11-01')).toBe(featuredOf([...items].reverse(), '2026-11-01'));
    expect(featuredOf(items, '2026-11-02')).not.toBe(featuredOf(items, '2026-11-01'));
    expect(new Set(['2026-11-01', '2026-11-02', '2026-11-03'].map((day) => featuredOf(items, day)!.id)).size).toBe(3);
    expect(featuredOf([], '2026-11-01')).toBeUndefined();
  });
});
