/**
 * Reported figures never mislead: an undisclosed figure stays undisclosed, a parent's figure is
 * never added to its children's, periods and units are never mixed, another body's figure keeps
 * its name and stays out of sums, and the home page shows each figure's latest published value.
 */
import { describe, expect, it } from 'vitest';
import type { Organ, YearlyStats } from '../../src/schemas/data.ts';
import { byPeriodDesc, homeFigures, periodsOf, rowsCited, StatsTable, topOrgans, type Indicator } from '../../src/stats/figures.ts';
import type { StatsUnit } from '../../src/schemas/vocabulary.ts';
import { siteCounts } from '../../src/stats/site-counts.ts';

const organ = (id: string, parent?: string): Organ => ({
  id,
  name: id,
  shortName: id,
  level: '县',
  region: 'r',
  ...(parent ? { parent } : {}),
});
const ORGANS = [
  organ('province'),
  organ('city', 'province'),
  organ('county-a', 'city'),
  organ('county-b', 'city'),
  organ('other-city', 'province'),
];
const source = { outlet: '报', date: '2024-01', counts: '口径' };
const row = (id: string, organId: string, figures: Partial<YearlyStats>, year = 2023, period?: string): YearlyStats => ({
  id,
  year,
  organ: organId,
  source,
  ...(period ? { period } : {}),
  ...figures,
});

const n = (value: number, unit: StatsUnit, reportedBy?: string) => ({ value, unit, ...(reportedBy ? { reportedBy } : {}) });
const PERSONS: Indicator = { field: 'clarifiedPersons', unit: '人' };
const FILINGS: Indicator = { field: 'toleranceFilings', unit: '项' };
const VISITS: Indicator = { field: 'disciplinedVisits', unit: '人次' };
const VISITED: Indicator = { field: 'disciplinedVisits', unit: '人' };

const ROWS = [
  row('p', 'province', { clarifiedPersons: n(2244, '人') }),
  row('c', 'city', { clarifiedPersons: n(297, '人'), disciplinedVisits: n(1893, '人次') }),
  row('a', 'county-a', { clarifiedPersons: n(40, '人'), toleranceFilings: n(9, '项') }),
  row('b', 'county-b', { toleranceFilings: n(3, '项') }),
  row('h', 'city', { disciplinedVisits: n(797, '人次') }, 2024, '上半年'),
];
const table2023 = new StatsTable(ORGANS, ROWS, { year: 2023 });

describe('StatsTable.figure', () => {
  it('takes an organ’s own figure as it is, never adding its children’s to it', () => {
    expect(table2023.figure('province', PERSONS)).toMatchObject({ kind: 'reported', value: 2244 });
    expect(table2023.figure('city', PERSONS)).toMatchObject({ kind: 'reported', value: 297 });
  });

  it('rolls up from the organs below only where the organ published nothing, as a lower bound with its rows', () => {
    const filings = table2023.figure('province', FILINGS);
    expect(filings.kind).toBe('rolledUp');
    expect(filings.kind === 'rolledUp' && filings.value).toBe(12);
    expect(filings.kind === 'rolledUp' && filings.rows.map((r) => r.id).sort()).toEqual(['a', 'b']);
    // The city reported its visits, so the province's roll-up takes the city's figure, not the city's children's.
    expect(table2023.figure('province', VISITS)).toMatchObject({ kind: 'rolledUp', value: 1893 });
  });

  it('keeps a figure nobody disclosed undisclosed: never 0', () => {
    expect(table2023.figure('province', { field: 'followUpVisits', unit: '人次' })).toEqual({ kind: 'undisclosed' });
    expect(table2023.figure('county-b', PERSONS)).toEqual({ kind: 'undisclosed' });
    expect(table2023.figure('other-city', FILINGS)).toEqual({ kind: 'undisclosed' });
  });

  it('never mixes periods: a half-year row is not part of the year', () => {
    expect(table2023.figure('city', VISITS)).toMatchObject({ kind: 'reported', value: 1893 });
    const half = new StatsTable(ORGANS, ROWS, { year: 2024, period: '上半年' });
    expect(half.figure('city', VISITS)).toMatchObject({ kind: 'reported', value: 797 });
    expect(new StatsTable(ORGANS, ROWS, { year: 2024 }).figure('city', VISITS)).toEqual({ kind: 'undisclosed' });
  });

  it('never mixes units: a figure counted in 人 is neither a 人次 figure nor summed with one', () => {
    const rows = [row('a', 'county-a', { disciplinedVisits: n(30, '人') }), row('b', 'county-b', { disciplinedVisits: n(50, '人次') })];
    const table = new StatsTable(ORGANS, rows, { year: 2023 });
    expect(table.figure('county-a', VISITS)).toEqual({ kind: 'undisclosed' });
    expect(table.figure('city', VISITS)).toMatchObject({ kind: 'rolledUp', value: 50 });
    expect(table.figure('city', VISITED)).toMatchObject({ kind: 'rolledUp', value: 30 });
    expect(table.disclosedIndicators()).toEqual([VISITS, VISITED]);
  });

  it('keeps a figure another body reported out of the organ tree’s sums', () => {
    const rows = [
      row('a', 'county-a', { disciplinedPromoted: n(12, '人', '县委组织部') }),
      row('b', 'county-b', { disciplinedPromoted: n(5, '人') }),
    ];
    const table = new StatsTable(ORGANS, rows, { year: 2023 });
    const promoted: Indicator = { field: 'disciplinedPromoted', unit: '人' };
    expect(table.figure('county-a', promoted)).toMatchObject({ kind: 'reported', value: 12, figure: { reportedBy: '县委组织部' } });
    expect(table.figure('city', promoted)).toMatchObject({ kind: 'rolledUp', value: 5 });
  });

  it('survives a cycle in a hand-written tree (validation reports it)', () => {
    const cyclic = [organ('x', 'y'), organ('y', 'x')];
    expect(new StatsTable(cyclic, [row('r', 'y', { clarifiedPersons: n(1, '人') })], { year: 2023 }).figure('x', PERSONS)).toMatchObject({
      kind: 'rolledUp',
      value: 1,
    });
  });

  it('lists the indicators some row of the period discloses, and its rows parent first', () => {
    expect(table2023.disclosedIndicators()).toEqual([PERSONS, FILINGS, VISITS]);
    expect(table2023.rowsInOrder(ORGANS).map((r) => r.id)).toEqual(['p', 'c', 'a', 'b']);
  });

  it('lists as roll-ups only the sums for a top organ that published nothing itself', () => {
    expect(table2023.rollUps(ORGANS).map(({ indicator, figure }) => [indicator.field, figure.value])).toEqual([
      ['toleranceFilings', 12],
      ['disciplinedVisits', 1893],
    ]);
  });
});

describe('periods', () => {
  it('orders periods newest first, a whole year before its parts', () => {
    expect(periodsOf(ROWS)).toEqual([{ year: 2024, period: '上半年' }, { year: 2023 }]);
    expect([{ year: 2024, period: '上半年' }, { year: 2024 }, { year: 2025 }].sort(byPeriodDesc)).toEqual([
      { year: 2025 },
      { year: 2024 },
      { year: 2024, period: '上半年' },
    ]);
  });

  it('finds the top of the tree', () => {
    expect(topOrgans(ORGANS).map((o) => o.id)).toEqual(['province']);
  });
});

describe('the home page’s figures', () => {
  it('show each figure’s latest published value with the row it comes from, never 未公开 when an older value exists', () => {
    const figures = homeFigures(ROWS, 'city');
    expect(
      figures.map((item) => (item.kind === 'reported' ? [item.indicator.field, item.figure.value, item.row.id] : [item.field])),
    ).toEqual([['clarifiedPersons', 297, 'c'], ['disciplinedVisits', 797, 'h'], ['falseAccusationCases'], ['toleranceDecisions']]);
    expect(rowsCited(figures).map((r) => r.id)).toEqual(['h', 'c']);
  });

  it('keep a figure counted in another unit apart, each with its own period', () => {
    const rows = [...ROWS, row('old', 'city', { disciplinedVisits: n(600, '人') }, 2022)];
    const visits = homeFigures(rows, 'city').filter((item) => item.kind === 'reported' && item.indicator.field === 'disciplinedVisits');
    expect(visits.map((item) => item.kind === 'reported' && [item.indicator.unit, item.figure.value, item.row.year])).toEqual([
      ['人次', 797, 2024],
      ['人', 600, 2022],
    ]);
  });

  it('are nothing for an organ that published nothing but the headline figures as undisclosed', () => {
    expect(homeFigures(ROWS, 'nowhere').every((item) => item.kind === 'undisclosed')).toBe(true);
    expect(rowsCited(homeFigures(ROWS, 'nowhere'))).toEqual([]);
  });
});

describe('site counts', () => {
  it('count the site’s own entries, apart from any reported figure, 指导性案例 apart from 典型案例', () => {
    const notice = (type: '个人' | '单位', visits: number, accused: boolean) => ({
      data: { subject: { type }, followUps: Array.from({ length: visits }, () => ({})), ...(accused ? { falseAccusation: {} } : {}) },
    });
    const counts = siteCounts(
      [notice('个人', 2, true), notice('单位', 1, false), notice('个人', 0, false)],
      [
        { data: { decision: '不予问责', series: 'guiding' } },
        { data: { decision: '不予容错', series: 'guiding' } },
        { data: { decision: '免予问责', series: 'typical' } },
      ],
      [{ data: { form: '回访教育' } }, { data: { form: '诗词' } }],
      [
        { id: 'guiding', effect: '参照' },
        { id: 'typical', effect: '参考' },
      ],
    );
    expect(counts).toEqual({
      notices: 3,
      persons: 2,
      organizations: 1,
      falseAccusations: 1,
      followUps: 3,
      guidingCases: 2,
      typicalCases: 1,
      notTolerated: 1,
      disciplinedAccounts: 1,
    });
  });
});
