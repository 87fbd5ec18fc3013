/**
 * 容错纠错指导性案例: a worked tolerance decision that grassroots staff study before deciding a
 * similar matter. The four-test assessment is the heart of the case, so every test is required.
 */
import { z } from 'astro/zod';
import { EXPECTED, FIELDS } from '../strings/content.ts';
import { baseEntrySchema } from './base.ts';
import { idRef, isoDay, oneOf, positiveInt, stringList, text, yesNo } from './fields.ts';
import {
  ACCOUNTABILITY_MEASURES,
  ACCOUNTABILITY_REGULATION_TARGETS,
  ACCOUNTABILITY_TARGETS,
  ACCOUNTABLE_DECISIONS,
  CASE_DECISIONS,
  CASE_SCENARIOS,
  CASE_STAGES,
} from './vocabulary.ts';

export const assessmentTestSchema = (what: string) =>
  z.object(
    {
      finding: text(EXPECTED.assessmentFinding(what)),
      meets: yesNo(EXPECTED.assessmentMeets(what)),
    },
    { error: EXPECTED.assessmentTest(what) },
  );

export const assessmentSchema = z.object(
  {
    motive: assessmentTestSchema(FIELDS.assessmentMotive),
    procedure: assessmentTestSchema(FIELDS.assessmentProcedure),
    outcome: assessmentTestSchema(FIELDS.assessmentOutcome),
    integrity: assessmentTestSchema(FIELDS.assessmentIntegrity),
  },
  { error: FIELDS.assessment },
);

export const processStepSchema = z.object({
  stage: oneOf(CASE_STAGES, FIELDS.processStage),
  date: isoDay(FIELDS.processDate),
  note: text(FIELDS.processNote).optional(),
});

export const basisSchema = z.object({
  /** Title of the cited rule, with book-title marks: 《中国共产党问责条例》 */
  title: text(FIELDS.basisTitle),
  article: text(FIELDS.basisArticle).optional(),
  /** The article's own words, quoted so a reader need not look it up. */
  text: text(FIELDS.basisText).optional(),
});

export const filingSchema = z.object({
  /** Whether the decision was pre-registered (容错备案) before acting. */
  registered: yesNo(FIELDS.filingRegistered),
  date: isoDay(FIELDS.filingDate).optional(),
  note: text(FIELDS.filingNote).optional(),
});

/** One measure taken: whom it was taken against (a 党组织, a 领导干部 …) and which measure of art. 8. */
export const accountabilitySchema = z.object({
  target: oneOf(ACCOUNTABILITY_TARGETS, FIELDS.accountabilityTarget),
  measure: text(FIELDS.accountabilityMeasure),
});

export const caseSchema = baseEntrySchema
  .extend({
    /** The series of guiding cases this one belongs to: an `id` of the series data file. */
    series: idRef(FIELDS.series),
    /** 第N号: the case's number in its series; numbers rise with the date of issue. */
    number: positiveInt(FIELDS.caseNumber),
    /** 第M批: the batch of the series it was issued in. */
    batch: positiveInt(FIELDS.batch),
    keywords: z
      .array(text(FIELDS.keywords), { error: EXPECTED.list(FIELDS.keywords) })
      .min(1, { error: EXPECTED.between(FIELDS.keywords, 1, 7) })
      .max(7, { error: EXPECTED.between(FIELDS.keywords, 1, 7) }),
    /** 要旨: the rule of thumb the case teaches. */
    gist: text(FIELDS.gist),
    scenario: oneOf(CASE_SCENARIOS, FIELDS.scenario),
    decision: oneOf(CASE_DECISIONS, FIELDS.decision),
    assessment: assessmentSchema,
    /** Negative-list items that ruled tolerance out; required when the decision is 不予容错. */
    exclusions: stringList(FIELDS.exclusions).default([]),
    /**
     * 问责方式: the measures taken, each against a target. Required when the decision holds
     * someone to account (从轻问责, 减轻问责, 不予容错); absent when it does not.
     */
    accountability: z.array(accountabilitySchema, { error: EXPECTED.list(FIELDS.accountability) }).default([]),
    filing: filingSchema.optional(),
    process: z.array(processStepSchema, { error: EXPECTED.list(FIELDS.process) }).default([]),
    basis: z.array(basisSchema, { error: EXPECTED.list(FIELDS.basis) }).min(1, { error: EXPECTED.atLeastOne(FIELDS.basis) }),
    /** 领域, e.g. 征地拆迁 */
    sector: text(FIELDS.sector),
    /** What happened afterwards: 回访、整改、跟踪. */
    aftermath: text(FIELDS.aftermath).optional(),
  })
  .superRefine((entry, ctx) => {
    const accountable = ACCOUNTABLE_DECISIONS.includes(entry.decision);
    if (accountable && entry.accountability.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['accountability'],
        message: EXPECTED.accountabilityRequired(entry.decision),
        input: entry.accountability,
      });
    if (!accountable && entry.accountability.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['accountability'],
        message: EXPECTED.noAccountability(entry.decision),
        input: entry.accountability,
      });
    entry.accountability.forEach((item, index) => {
      const allowed: readonly string[] = ACCOUNTABILITY_MEASURES[item.target];
      if (!allowed.includes(item.measure))
        ctx.addIssue({
          code: 'custom',
          path: ['accountability', index, 'measure'],
          message: EXPECTED.accountabilityMeasure(item.target, allowed),
          input: item.measure,
        });
      // 《问责条例》 reaches 党组织 and 党的领导干部 only: a 问责 decision names no other target.
      if (entry.decision !== '不予容错' && !ACCOUNTABILITY_REGULATION_TARGETS.includes(item.target))
        ctx.addIssue({
          code: 'custom',
          path: ['accountability', index, 'target'],
          message: EXPECTED.accountabilityTarget(ACCOUNTABILITY_REGULATION_TARGETS),
          input: item.target,
        });
    });
    if (entry.decision === '不予容错' && entry.exclusions.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['exclusions'],
        message: EXPECTED.exclusionsRequired,
        input: entry.exclusions,
      });
    }
    // A guiding case is issued once the matter is settled: its steps run in date order, before the issue date.
    entry.process.forEach((step, index) => {
      const previous = entry.process[index - 1];
      if (previous && step.date < previous.date)
        ctx.addIssue({
          code: 'custom',
          path: ['process', index, 'date'],
          message: EXPECTED.notBefore(FIELDS.processDate, EXPECTED.previousStep),
          input: step.date,
        });
      else if (step.date > entry.date)
        ctx.addIssue({
          code: 'custom',
          path: ['process', index, 'date'],
          message: EXPECTED.notAfter(FIELDS.processDate, FIELDS.date),
          input: step.date,
        });
    });
    const order = entry.process.map((step) => CASE_STAGES.indexOf(step.stage));
    order.forEach((position, index) => {
      if (index > 0 && position <= order[index - 1]!) {
        ctx.addIssue({
          code: 'custom',
          path: ['process', index, 'stage'],
          message: EXPECTED.stageOrder(CASE_STAGES),
          input: entry.process[index]?.stage,
        });
      }
    });
  });

export type GuidingCase = z.infer<typeof caseSchema>;
