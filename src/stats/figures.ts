/**
 * Reported figures, read so they cannot mislead (ARCHITECTURE.md, "Statistics"):
 *   - a figure a source did not disclose stays undisclosed (shown as 未公开), never 0;
 *   - an organ's reported figure already covers the organs below it, so it is never added to
 *     theirs: a roll-up sums children only for an organ that reported nothing itself;
 *   - figures of different periods (a year, a half-year) are never mixed.
 */
import { STATS_FIGURES, type Organ, type StatsFigure, type YearlyStats } from '../schemas/data.ts';

/** The period a row covers: a year, or part of one (上半年). */
export interface Period {
  year: number;
  period?: string | undefined;
}

/** What can be said about one figure of one organ in one period. */
export type Figure =
  /** The organ published it; `row` carries the source. */
  | { kind: 'reported'; value: number; row: YearlyStats }
  /**
   * The organ published nothing, organs below it did: `value` is their sum, a lower bound, since
   * organs that disclosed nothing are not in it. `rows` are the rows summed, each with its source.
   */
  | { kind: 'rolledUp'; value: number; rows: YearlyStats[] }
  | { kind: 'undisclosed' };

export const samePeriod = (a: Period, b: Period): boolean => a.year === b.year && (a.period ?? '') === (b.period ?? '');

/** Periods newest first; within a year the whole year comes before its parts. */
export function byPeriodDesc(a: Period, b: Period): number {
  if (a.year !== b.year) return b.year - a.year;
  if ((a.period === undefined) !== (b.period === undefined)) return a.period === undefined ? -1 : 1;
  return (a.period ?? '').localeCompare(b.period ?? '');
}

/** Every period some row covers, newest first. */
export function periodsOf(rows: readonly YearlyStats[]): Period[] {
  const periods: Period[] = [];
  for (const row of rows) {
    if (!periods.some((known) => samePeriod(known, row)))
      periods.push(row.period === undefined ? { year: row.year } : { year: row.year, period: row.period });
  }
  return periods.sort(byPeriodDesc);
}

/** The figures for one period, with the organ tree to roll them up along. */
export class StatsTable {
  private readonly children = new Map<string, string[]>();
  private readonly rows: YearlyStats[];
  readonly period: Period;

  constructor(organs: readonly Organ[], rows: readonly YearlyStats[], period: Period) {
    this.period = period;
    for (const organ of organs) {
      if (organ.parent === undefined) continue;
      this.children.set(organ.parent, [...(this.children.get(organ.parent) ?? []), organ.id]);
    }
    this.rows = rows.filter((row) => samePeriod(row, period));
  }

  /** The organ's own row for the period, if it published one. */
  rowOf(organ: string): YearlyStats | undefined {
    return this.rows.find((row) => row.organ === organ);
  }

  /** One figure of one organ: reported, rolled up from the organs below, or undisclosed. */
  figure(organ: string, field: StatsFigure, seen: ReadonlySet<string> = new Set()): Figure {
    const own = this.rowOf(organ)?.[field];
    const row = this.rowOf(organ);
    if (own !== undefined && row) return { kind: 'reported', value: own, row };
    // `seen` guards against a cycle in a hand-written organ tree; validation reports the cycle.
    const visited = new Set(seen).add(organ);
    let value = 0;
    const rows: YearlyStats[] = [];
    for (const child of this.children.get(organ) ?? []) {
      if (visited.has(child)) continue;
      const below = this.figure(child, field, visited);
      if (below.kind === 'undisclosed') continue;
      value += below.value;
      rows.push(...(below.kind === 'reported' ? [below.row] : below.rows));
    }
    return rows.length > 0 ? { kind: 'rolledUp', value, rows } : { kind: 'undisclosed' };
  }

  /** The figures any row of the period discloses, in table order. */
  disclosedFigures(): StatsFigure[] {
    return STATS_FIGURES.filter((field) => this.rows.some((row) => row[field] !== undefined));
  }

  /** The rows of the period, each organ after its parent (the tree read top-down, siblings by id). */
  rowsInOrder(organs: readonly Organ[]): YearlyStats[] {
    const order = new Map<string, number>();
    const visit = (id: string) => {
      if (order.has(id)) return;
      order.set(id, order.size);
      for (const child of [...(this.children.get(id) ?? [])].sort()) visit(child);
    };
    for (const top of topOrgans(organs)
      .map((organ) => organ.id)
      .sort())
      visit(top);
    return [...this.rows].sort(
      (a, b) => (order.get(a.organ) ?? Infinity) - (order.get(b.organ) ?? Infinity) || a.organ.localeCompare(b.organ),
    );
  }
}

/** The organs at the top of the tree: where a roll-up of the whole site's figures starts. */
export const topOrgans = (organs: readonly Organ[]): Organ[] =>
  organs.filter((organ) => organ.parent === undefined || !organs.some((other) => other.id === organ.parent));

/**
 * The figures the home page shows: the host organ's own row for its latest period. Nothing is
 * summed and nothing rolled up: the host's figure is the one it published, or 未公开.
 */
export function hostRow(rows: readonly YearlyStats[], host: string): YearlyStats | undefined {
  return rows.filter((row) => row.organ === host).sort(byPeriodDesc)[0];
}

/** The headline figures: always shown on the home page, as 未公开 where the row lacks them. */
export const HEADLINE_FIGURES: readonly StatsFigure[] = [
  'clarifiedPersons',
  'falseAccusationCases',
  'toleranceDecisions',
  'disciplinedVisits',
];

/**
 * The home page's figures for a row: every figure it discloses, then the headline figures it does
 * not, as 未公开, so a reader sees what the organ published first and what it left out after.
 */
export function homeFigures(row: YearlyStats): { field: StatsFigure; value: number | undefined }[] {
  const disclosed = STATS_FIGURES.filter((field) => row[field] !== undefined);
  const undisclosed = HEADLINE_FIGURES.filter((field) => row[field] === undefined);
  return [...disclosed, ...undisclosed].map((field) => ({ field, value: row[field] }));
}
