/**
 * Reported figures, read so they cannot mislead (ARCHITECTURE.md, "Statistics"):
 *   - a figure a source did not disclose stays undisclosed (shown as 未公开), never 0;
 *   - a figure is an indicator and a unit: 人 and 人次 of the same indicator are two figures,
 *     never one column, one sum or one bar chart;
 *   - a figure another body reported (a 组织部 figure in a 纪委's report) keeps that body's name
 *     and is never summed into the organ tree;
 *   - an organ's reported figure already covers the organs below it, so it is never added to
 *     theirs: a roll-up sums children only for an organ that reported nothing itself, and is a
 *     lower bound computed here, named by the organs summed, never by the parent;
 *   - figures of different periods (a year, a half-year) are never mixed.
 */
import { FIGURE_UNITS, STATS_FIGURES, type Organ, type ReportedFigure, type StatsFigure, type YearlyStats } from '../schemas/data.ts';
import type { StatsUnit } from '../schemas/vocabulary.ts';

/** The period a row covers: a year, or part of one (上半年). */
export interface Period {
  year: number;
  period?: string | undefined;
}

/** What is counted and in which unit: the identity of a figure across rows. */
export interface Indicator {
  field: StatsFigure;
  unit: StatsUnit;
}

export const indicatorKey = (indicator: Indicator): string => `${indicator.field}:${indicator.unit}`;

/** The row's figure for the indicator: only when the row counted it in that unit. */
export function figureIn(row: YearlyStats, indicator: Indicator): ReportedFigure | undefined {
  const figure = row[indicator.field];
  return figure?.unit === indicator.unit ? figure : undefined;
}

/** What can be said about one figure of one organ in one period. */
export type Figure =
  /** The organ published it (or another body, named in `figure.reportedBy`); `row` carries the source. */
  | { kind: 'reported'; value: number; figure: ReportedFigure; row: YearlyStats }
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

/** The indicators some row discloses, in table order: by figure, then by the figure's units. */
export function disclosedIndicators(rows: readonly YearlyStats[]): Indicator[] {
  return STATS_FIGURES.flatMap((field) =>
    (FIGURE_UNITS[field] as readonly StatsUnit[])
      .filter((unit) => rows.some((row) => row[field]?.unit === unit))
      .map((unit) => ({ field, unit })),
  );
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
  figure(organ: string, indicator: Indicator, seen: ReadonlySet<string> = new Set()): Figure {
    const row = this.rowOf(organ);
    const own = row && figureIn(row, indicator);
    if (own && row) return { kind: 'reported', value: own.value, figure: own, row };
    // `seen` guards against a cycle in a hand-written organ tree; validation reports the cycle.
    const visited = new Set(seen).add(organ);
    let value = 0;
    const rows: YearlyStats[] = [];
    for (const child of this.children.get(organ) ?? []) {
      if (visited.has(child)) continue;
      const below = this.figure(child, indicator, visited);
      if (below.kind === 'undisclosed') continue;
      // Another body's figure (a 组织部's) is not the organ tree's work: it is not summed.
      if (below.kind === 'reported' && below.figure.reportedBy !== undefined) continue;
      value += below.value;
      rows.push(...(below.kind === 'reported' ? [below.row] : below.rows));
    }
    return rows.length > 0 ? { kind: 'rolledUp', value, rows } : { kind: 'undisclosed' };
  }

  /** The indicators any row of the period discloses, in table order. */
  disclosedIndicators(): Indicator[] {
    return disclosedIndicators(this.rows);
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

  /**
   * The roll-ups of the period: for each top organ that did not publish an indicator, the sum of
   * what the organs below it published. Only sums appear here; a top organ's own figure is in
   * the table of the period, under its name.
   */
  rollUps(organs: readonly Organ[]): { indicator: Indicator; figure: Extract<Figure, { kind: 'rolledUp' }> }[] {
    return topOrgans(organs).flatMap((top) =>
      this.disclosedIndicators().flatMap((indicator) => {
        const figure = this.figure(top.id, indicator);
        return figure.kind === 'rolledUp' ? [{ indicator, figure }] : [];
      }),
    );
  }
}

/** The organs at the top of the tree: where a roll-up of the whole site's figures starts. */
export const topOrgans = (organs: readonly Organ[]): Organ[] =>
  organs.filter((organ) => organ.parent === undefined || !organs.some((other) => other.id === organ.parent));

/** The headline figures: always shown on the home page, as 未公开 when no row of the host has them. */
export const HEADLINE_FIGURES: readonly StatsFigure[] = [
  'clarifiedPersons',
  'falseAccusationCases',
  'toleranceDecisions',
  'disciplinedVisits',
];

/** One figure on the home page: its latest published value with the row (period, source) it came from. */
export type HomeFigure =
  { kind: 'reported'; indicator: Indicator; figure: ReportedFigure; row: YearlyStats } | { kind: 'undisclosed'; field: StatsFigure };

/**
 * The home page's figures: for every indicator the host organ ever published, its latest value,
 * with the period and source of the row it comes from (an older value is shown with its own
 * period rather than 未公开 because a newer report left it out); then the headline figures the
 * host never published, as 未公开. Nothing is summed and nothing rolled up.
 */
export function homeFigures(rows: readonly YearlyStats[], host: string): HomeFigure[] {
  const own = rows.filter((row) => row.organ === host).sort(byPeriodDesc);
  const reported: HomeFigure[] = disclosedIndicators(own).map((indicator) => {
    const row = own.find((candidate) => figureIn(candidate, indicator))!;
    return { kind: 'reported', indicator, figure: figureIn(row, indicator)!, row };
  });
  const undisclosed: HomeFigure[] = HEADLINE_FIGURES.filter((field) => !own.some((row) => row[field] !== undefined)).map((field) => ({
    kind: 'undisclosed',
    field,
  }));
  return [...reported, ...undisclosed];
}

/** The rows a list of home figures draws on, newest first, each once: the sources to cite. */
export const rowsCited = (figures: readonly HomeFigure[]): YearlyStats[] =>
  [...new Set(figures.flatMap((item) => (item.kind === 'reported' ? [item.row] : [])))].sort(byPeriodDesc);
