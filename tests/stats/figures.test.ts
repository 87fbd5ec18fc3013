/**
 * Reported figures never mislead: an undisclosed figure stays undisclosed, a parent's figure is
 * never added to its children's, periods are never mixed, and the home page reads the host's row.
 */
import { describe, expect, it } from 'vitest';
import type { Organ, YearlyStats } from '../../src/schemas/data.ts';
import { byPeriodDesc, homeFigures, hostRow, periodsOf, StatsTable, topOrgans } from '../../src/stats/figures.ts';
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

const ROWS = [
  row('p', 'province', { clarifiedPersons: 2244 }),
  row('c', 'city', { clarifiedPersons: 297, disciplinedVisits: 1893 }),
  row('a', 'county-a', { clarifiedPersons: 40, toleranceFilings: 9 }),
  row('b', 'county-b', { toleranceFilings: 3 }),
  row('h', 'city', { disciplinedVisits: 797 }, 2024, '上半年'),
];
const table2023 = new StatsTable(ORGANS, ROWS, { year: 2023 });

describe('StatsTable.figure', () => {
  it('takes an organ’s own figure as it is, never adding its children’s to it', () => {
    expect(table2023.figure('province', 'clarifiedPersons')).toMatchObject({ kind: 'reported', value: 2244 });
    expect(table2023.figure('city', 'clarifiedPersons')).toMatchObject({ kind: 'reported', value: 297 });
  });

  it('rolls up from the organs below only where the organ published nothing, as a lower bound with its rows', () => {
    const filings = table2023.figure('province', 'toleranceFilings');
    expect(filings.kind).toBe('rolledUp');
    expect(filings.kind === 'rolledUp' && filings.value).toBe(12);
    expect(filings.kind === 'rolledUp' && filings.rows.map((r) => r.id).sort()).toEqual(['a', 'b']);
    // The city reported its visits, so the province's roll-up takes the city's figure, not the city's children's.
    expect(table2023.figure('province', 'disciplinedVisits')).toMatchObject({ kind: 'rolledUp', value: 1893 });
  });

  it('keeps a figure nobody disclosed undisclosed: never 0', () => {
    expect(table2023.figure('province', 'followUpVisits')).toEqual({ kind: 'undisclosed' });
    expect(table2023.figure('county-b', 'clarifiedPersons')).toEqual({ kind: 'undisclosed' });
    expect(table2023.figure('other-city', 'toleranceFilings')).toEqual({ kind: 'undisclosed' });
  });

  it('never mixes periods: a half-year row is not part of the year', () => {
    expect(table2023.figure('city', 'disciplinedVisits')).toMatchObject({ kind: 'reported', value: 1893 });
    const half = new StatsTable(ORGANS, ROWS, { year: 2024, period: '上半年' });
    expect(half.figure('city', 'disciplinedVisits')).toMatchObject({ kind: 'reported', value: 797 });
    expect(new StatsTable(ORGANS, ROWS, { year: 2024 }).figure('city', 'disciplinedVisits')).toEqual({ kind: 'undisclosed' });
  });

  it('survives a cycle in a hand-written tree (validation reports it)', () => {
    const cyclic = [organ('x', 'y'), organ('y', 'x')];
    expect(new StatsTable(cyclic, [row('r', 'y', { clarifiedPersons: 1 })], { year: 2023 }).figure('x', 'clarifiedPersons')).toMatchObject({
      kind: 'rolledUp',
      value: 1,
    });
  });

  it('lists the figures some row of the period discloses, and its rows parent first', () => {
    expect(table2023.disclosedFigures()).toEqual(['clarifiedPersons', 'toleranceFilings', 'disciplinedVisits']);
    expect(table2023.rowsInOrder(ORGANS).map((r) => r.id)).toEqual(['p', 'c', 'a', 'b']);
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
  it('are the host organ’s own latest row', () => {
    expect(hostRow(ROWS, 'city')?.id).toBe('h');
    expect(hostRow(ROWS, 'province')?.id).toBe('p');
    expect(hostRow(ROWS, 'nowhere')).toBeUndefined();
  });

  it('list what the row discloses first, then the headline figures it left out as undisclosed', () => {
    expect(homeFigures(ROWS[1]!)).toEqual([
      { field: 'clarifiedPersons', value: 297 },
      { field: 'disciplinedVisits', value: 1893 },
      { field: 'falseAccusationCases', value: undefined },
      { field: 'toleranceDecisions', value: undefined },
    ]);
  });
});

describe('site counts', () => {
  it('count the site’s own entries, apart from any reported figure', () => {
    const notice = (type: '个人' | '单位', visits: number, accused: boolean) => ({
      data: { subject: { type }, followUps: Array.from({ length: visits }, () => ({})), ...(accused ? { falseAccusation: {} } : {}) },
    });
    const counts = siteCounts(
      [notice('个人', 2, true), notice('单位', 1, false), notice('个人', 0, false)],
      [{ data: { decision: '不予问责' } }, { data: { decision: '不予容错' } }],
      [{ data: { form: '回访教育' } }, { data: { form: '诗词' } }],
    );
    expect(counts).toEqual({
      notices: 3,
      persons: 2,
      organizations: 1,
      falseAccusations: 1,
      followUps: 3,
      cases: 2,
      notTolerated: 1,
      disciplinedAccounts: 1,
    });
  });
});
