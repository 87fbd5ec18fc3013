/**
 * Charts for /stats/, drawn as SVG at build time (no chart library reaches the browser): the
 * data each chart shows, and the geometry of horizontal bar charts, plain or stacked. Pure: the
 * page (components/BarChart.astro) only writes out what these functions compute.
 */
import type { YearlyStats } from '../schemas/data.ts';
import { CASE_DECISIONS, MANAGEMENT_TIERS, SUBJECT_TYPES, type CaseDecision } from '../schemas/vocabulary.ts';
import { byPeriodDesc, figureIn, type Indicator } from './figures.ts';

/** One bar: a label and its parts (one part for a plain bar). */
export interface Bar {
  label: string;
  parts: { key: string; value: number }[];
}

export const barTotal = (bar: Bar): number => bar.parts.reduce((sum, part) => sum + part.value, 0);

/** Geometry of a horizontal bar chart, in SVG user units. */
export interface BarLayout {
  width: number;
  height: number;
  rows: { label: string; y: number; total: number; segments: { key: string; value: number; x: number; width: number }[]; totalX: number }[];
}

export const CHART = { width: 640, labelWidth: 240, rowHeight: 34, barHeight: 22, padding: 8, valueGap: 6, valueRoom: 70 } as const;

/** Bars scaled to the largest total; a zero stays a zero-width bar with its value written beside it. */
export function layoutBars(bars: readonly Bar[]): BarLayout {
  const max = Math.max(1, ...bars.map(barTotal));
  const room = CHART.width - CHART.labelWidth - CHART.valueRoom;
  const rows = bars.map((bar, index) => {
    let x = CHART.labelWidth;
    const segments = bar.parts.map((part) => {
      const width = (part.value / max) * room;
      const segment = { key: part.key, value: part.value, x, width };
      x += width;
      return segment;
    });
    return { label: bar.label, y: CHART.padding + index * CHART.rowHeight, total: barTotal(bar), segments, totalX: x + CHART.valueGap };
  });
  return { width: CHART.width, height: CHART.padding * 2 + bars.length * CHART.rowHeight, rows };
}

// ---- What the charts show -----------------------------------------------------------------

interface NoticeLike {
  data: { date: string; subject: { type: string; tier?: string | undefined }; followUps: readonly { date: string }[] };
}
interface CaseLike {
  data: { scenario: string; decision: CaseDecision };
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** Site content: published notices by year of issue, oldest first. */
export function noticesByYear(notices: readonly NoticeLike[]): Bar[] {
  const counts = countBy(notices, (notice) => notice.data.date.slice(0, 4));
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, value]) => ({ label: year, parts: [{ key: 'count', value }] }));
}

/** Site content: follow-up visits recorded in notices, by year of the visit. */
export function followUpsByYear(notices: readonly NoticeLike[]): Bar[] {
  const counts = countBy(
    notices.flatMap((notice) => notice.data.followUps),
    (visit) => visit.date.slice(0, 4),
  );
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, value]) => ({ label: year, parts: [{ key: 'count', value }] }));
}

/** Site content: subjects of published notices, persons by management tier, then organisations by kind. */
export function subjectsByKind(notices: readonly NoticeLike[]): Bar[] {
  const persons = notices.filter((notice) => notice.data.subject.type === SUBJECT_TYPES[0]);
  const tiers = MANAGEMENT_TIERS.map((tier) => ({
    label: tier,
    value: persons.filter((notice) => notice.data.subject.tier === tier).length,
  }));
  const kinds = SUBJECT_TYPES.slice(1).map((type) => ({
    label: type,
    value: notices.filter((notice) => notice.data.subject.type === type).length,
  }));
  return [...tiers, ...kinds].filter((item) => item.value > 0).map(({ label, value }) => ({ label, parts: [{ key: 'count', value }] }));
}

/** Site content: guiding cases by scenario, each bar split by decision (in the vocabulary's order). */
export function decisionsByScenario(cases: readonly CaseLike[]): Bar[] {
  const scenarios = [...new Set(cases.map((item) => item.data.scenario))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return scenarios.map((scenario) => ({
    label: scenario,
    parts: CASE_DECISIONS.map((decision) => ({
      key: decision,
      value: cases.filter((item) => item.data.scenario === scenario && item.data.decision === decision).length,
    })).filter((part) => part.value > 0),
  }));
}

/** The reported figures /stats/ charts, each in one unit: 澄清正名 in persons, 回访 in visits. */
export const CHARTED: { clarified: Indicator; disciplined: Indicator } = {
  clarified: { field: 'clarifiedPersons', unit: '人' },
  disciplined: { field: 'disciplinedVisits', unit: '人次' },
};

/**
 * Reported figures: one bar per row that discloses the indicator in its unit, newest period
 * first, each labelled with its organ and period. Rows of nested organs are shown side by side,
 * never added up; a row counting in another unit (人 for 人次) is not a bar of this chart.
 */
export function reportedBars(
  rows: readonly YearlyStats[],
  indicator: Indicator,
  label: (row: YearlyStats) => string,
): { bars: Bar[]; rows: YearlyStats[] } {
  const shown = rows.filter((row) => figureIn(row, indicator) !== undefined).sort(byPeriodDesc);
  return {
    bars: shown.map((row) => ({ label: label(row), parts: [{ key: indicator.field, value: figureIn(row, indicator)!.value }] })),
    rows: shown,
  };
}
