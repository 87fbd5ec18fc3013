/** Schemas of the data files: organs, glossary terms, series of guiding cases, yearly statistics. */
import { z } from 'astro/zod';
import { EXPECTED, FIELDS } from '../strings/content.ts';
import { idRef, isoDay, oneOf, positiveInt, stringList, text } from './fields.ts';
import { ORGAN_LEVELS, SERIES_EFFECTS, type StatsUnit } from './vocabulary.ts';

export const organSchema = z.object({
  id: idRef(FIELDS.organId),
  name: text(FIELDS.organName),
  shortName: text(FIELDS.organShortName),
  level: oneOf(ORGAN_LEVELS, FIELDS.organLevel),
  /** The organ above this one; absent only for the top of the hierarchy. */
  parent: idRef(FIELDS.organParent).optional(),
  /** 地区, used as a search facet. */
  region: text(FIELDS.organRegion),
});

export const glossaryTermSchema = z.object({
  id: idRef(FIELDS.termId),
  term: text(FIELDS.term),
  aliases: stringList(FIELDS.termAliases).default([]),
  definition: text(FIELDS.termDefinition),
  source: text(FIELDS.termSource).optional(),
  /** ids of related terms. */
  related: z.array(idRef(FIELDS.termRelated), { error: EXPECTED.list(FIELDS.termRelated) }).default([]),
});

/**
 * A series of guiding cases (容错纠错指导性案例): one issuer, numbered cases issued in batches, and a
 * statement of how they bind (参照 or 参考).
 */
export const caseSeriesSchema = z.object({
  id: idRef(FIELDS.seriesId),
  /** The organ that issues the series; every case in it is issued by this organ. */
  issuer: idRef(FIELDS.seriesIssuer),
  /** 潆州市容错纠错指导性案例 */
  title: text(FIELDS.seriesTitle),
  effect: oneOf(SERIES_EFFECTS, FIELDS.seriesEffect),
  /** How the issuer words the effect, e.g. 各级纪检监察机关办理同类问题时参照执行。 */
  effectNote: text(FIELDS.seriesEffectNote),
  /**
   * Organs that issue the series jointly with the issuer, by name (中共某市委组织部): needed when
   * the effect asks bodies the issuer has no authority over (组织人事部门) to follow the cases.
   */
  coIssuers: stringList(FIELDS.seriesCoIssuers).default([]),
  batches: z
    .array(z.object({ number: positiveInt(FIELDS.batch), date: isoDay(FIELDS.batchDate) }), { error: EXPECTED.list(FIELDS.batches) })
    .min(1, { error: EXPECTED.atLeastOne(FIELDS.batches) }),
});

const count = (what: string) =>
  z
    .number({ error: EXPECTED.count(what) })
    .int({ error: EXPECTED.integer(what) })
    .min(0, { error: EXPECTED.count(what) });

/** Where the figures of a row were published, and what they count. */
export const statsSourceSchema = z.object({
  /** The outlet: 某省委机关报, 市纪委监委网站. */
  outlet: text(FIELDS.statsOutlet),
  /** When it was published, as a day or a month (2024-03 or 2024-03-28). */
  date: z
    .string({ error: EXPECTED.monthOrDay(FIELDS.statsSourceDate) })
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, { error: EXPECTED.monthOrDay(FIELDS.statsSourceDate) }),
  /** What the figures count: whose work, over which period (全市各级纪检监察机关，2023年全年). */
  counts: text(FIELDS.statsCounts),
});

/** The figures of a stats row, in the order tables and charts show them. */
export const STATS_FIGURES = [
  'clarifiedPersons',
  'clarifiedOrganizations',
  'falseAccusationCases',
  'falseAccusationPersons',
  'followUpVisits',
  'toleranceDecisions',
  'toleranceFilings',
  'disciplinedVisits',
  'disciplinedReuseAdvice',
  'disciplinedPromoted',
] as const;
export type StatsFigure = (typeof STATS_FIGURES)[number];

/**
 * The units each figure may be counted in, as sources report them: a 回访 is counted in persons
 * by one report and in visits by another, and the two are different figures, never one column.
 */
export const FIGURE_UNITS = {
  clarifiedPersons: ['人', '人次'],
  clarifiedOrganizations: ['个'],
  falseAccusationCases: ['件', '起'],
  falseAccusationPersons: ['人', '人次'],
  followUpVisits: ['人次', '人'],
  toleranceDecisions: ['项', '件', '起', '人', '人次'],
  toleranceFilings: ['项', '件'],
  disciplinedVisits: ['人次', '人'],
  disciplinedReuseAdvice: ['条'],
  disciplinedPromoted: ['人'],
} as const satisfies Record<StatsFigure, readonly [StatsUnit, ...StatsUnit[]]>;

const FIGURE_FIELD_LABELS: Record<StatsFigure, string> = {
  clarifiedPersons: FIELDS.statsClarifiedPersons,
  clarifiedOrganizations: FIELDS.statsClarifiedOrganizations,
  falseAccusationCases: FIELDS.statsFalseAccusation,
  falseAccusationPersons: FIELDS.statsFalseAccusationPersons,
  followUpVisits: FIELDS.statsFollowUps,
  toleranceDecisions: FIELDS.statsTolerance,
  toleranceFilings: FIELDS.statsToleranceFilings,
  disciplinedVisits: FIELDS.statsDisciplinedVisits,
  disciplinedReuseAdvice: FIELDS.statsDisciplinedReuseAdvice,
  disciplinedPromoted: FIELDS.statsDisciplinedPromoted,
};

/**
 * One reported figure: the number, the unit the source counted it in, and, when the body that
 * reported it is not the row's organ (a 组织部 figure in a 纪委's report), that body's name.
 */
const figure = (field: StatsFigure) => {
  const what = FIGURE_FIELD_LABELS[field];
  return z.object(
    {
      value: count(what),
      unit: oneOf(FIGURE_UNITS[field], EXPECTED.unitOf(what)),
      reportedBy: text(FIELDS.statsReportedBy).optional(),
    },
    { error: EXPECTED.figure(what, FIGURE_UNITS[field]) },
  );
};

/**
 * One organ's published figures for one year or part of one. A figure the source did not
 * disclose is left out: it is shown as 未公开, never as 0. 容错备案 (filings before acting) are
 * not decisions and are counted apart from 容错认定.
 */
export const yearlyStatsSchema = z.object({
  id: idRef(FIELDS.statsId),
  year: z
    .number({ error: EXPECTED.year(FIELDS.statsYear) })
    .int()
    .min(2000, { error: EXPECTED.yearFrom(FIELDS.statsYear, 2000) })
    .max(2100),
  /** When the figures cover less than the year: 上半年. */
  period: text(FIELDS.statsPeriod).optional(),
  organ: idRef(FIELDS.statsOrgan),
  clarifiedPersons: figure('clarifiedPersons').optional(),
  clarifiedOrganizations: figure('clarifiedOrganizations').optional(),
  falseAccusationCases: figure('falseAccusationCases').optional(),
  falseAccusationPersons: figure('falseAccusationPersons').optional(),
  followUpVisits: figure('followUpVisits').optional(),
  toleranceDecisions: figure('toleranceDecisions').optional(),
  toleranceFilings: figure('toleranceFilings').optional(),
  /** 回访教育: visits to cadres who were disciplined, and those later promoted or reused. */
  disciplinedVisits: figure('disciplinedVisits').optional(),
  disciplinedReuseAdvice: figure('disciplinedReuseAdvice').optional(),
  disciplinedPromoted: figure('disciplinedPromoted').optional(),
  source: statsSourceSchema,
});

/** A reported figure as stored: value, unit, and the reporting body when not the row's organ. */
export type ReportedFigure = { value: number; unit: StatsUnit; reportedBy?: string | undefined };

export type Organ = z.infer<typeof organSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type CaseSeries = z.infer<typeof caseSeriesSchema>;
export type YearlyStats = z.infer<typeof yearlyStatsSchema>;
export type DataEntry = Organ | GlossaryTerm | CaseSeries | YearlyStats;
