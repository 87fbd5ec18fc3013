/**
 * Counts computed from the site's own published entries. They are shown beside the organs'
 * reported figures, never mixed with them: the site holds only the entries an organ chose to
 * publish, so its counts say what the site contains, not what the organ did.
 */
import type { CaseDecision, CultureForm, SeriesEffect, SubjectType } from '../schemas/vocabulary.ts';

export const SITE_COUNTS = [
  'notices',
  'persons',
  'organizations',
  'falseAccusations',
  'followUps',
  'guidingCases',
  'typicalCases',
  'notTolerated',
  'disciplinedAccounts',
] as const;
export type SiteCount = (typeof SITE_COUNTS)[number];

/** The counts beside the home page's headline figures, one for each of them. */
export const HOME_SITE_COUNTS: readonly SiteCount[] = [
  'notices',
  'falseAccusations',
  'guidingCases',
  'typicalCases',
  'disciplinedAccounts',
];

/** The fields the counts read, so pages can pass content-store entries or model entries alike. */
export interface CountedNotice {
  data: { subject: { type: SubjectType }; followUps: readonly unknown[]; falseAccusation?: unknown };
}
export interface CountedCase {
  data: { decision: CaseDecision; series: string };
}
/** A series and how it binds: 参照 makes its cases 指导性案例, 参考 makes them 典型案例. */
export interface CountedSeries {
  id: string;
  effect: SeriesEffect;
}
export interface CountedCultureItem {
  data: { form: CultureForm };
}

export function siteCounts(
  notices: readonly CountedNotice[],
  cases: readonly CountedCase[],
  culture: readonly CountedCultureItem[],
  series: readonly CountedSeries[],
): Record<SiteCount, number> {
  // 指导性案例 (参照) and 典型案例 (参考) bind differently, so they are never one count.
  const effect = new Map(series.map((item) => [item.id, item.effect]));
  const persons = notices.filter((notice) => notice.data.subject.type === '个人').length;
  return {
    notices: notices.length,
    persons,
    organizations: notices.length - persons,
    falseAccusations: notices.filter((notice) => notice.data.falseAccusation !== undefined).length,
    followUps: notices.reduce((total, notice) => total + notice.data.followUps.length, 0),
    guidingCases: cases.filter((item) => effect.get(item.data.series) === '参照').length,
    typicalCases: cases.filter((item) => effect.get(item.data.series) === '参考').length,
    notTolerated: cases.filter((item) => item.data.decision === '不予容错').length,
    disciplinedAccounts: culture.filter((item) => item.data.form === '回访教育').length,
  };
}
