/**
 * 澄清正名通知: a public statement that specific allegations against a person or an
 * organization were found untrue. Only the allegations are clarified, never an overall
 * evaluation of the person, so the schema has no field for praise or appraisal.
 */
import { z } from 'astro/zod';
import { isAnonymizedPersonAlias } from '../names/index.ts';
import { baseEntrySchema } from './base.ts';
import { isoDay, oneOf, text, yesNo } from './fields.ts';
import {
  ALLEGATION_FINDINGS,
  CLARIFICATION_METHODS,
  SUBJECT_TIERS,
  SUBJECT_TYPES,
} from './vocabulary.ts';

export const PERSON_ALIAS_EXPECTED = '匿名化的化名：姓 + 某/某某，或姓 + 某甲/某乙（如 李某、曹某某、张某甲）';
export const ORGANIZATION_ALIAS_EXPECTED = '含“某”字的单位化名（如 某街道某村党支部）';

export const subjectSchema = z
  .object({
    type: oneOf(SUBJECT_TYPES, '澄清对象类型'),
    /** Never a real name: the alias is what every output shows. */
    alias: text('澄清对象化名'),
    /** Post held, written without a place name that would identify the person. */
    role: text('职务'),
    tier: oneOf(SUBJECT_TIERS, '干部管理层级'),
  })
  .superRefine((subject, ctx) => {
    if (subject.type === 'person' && !isAnonymizedPersonAlias(subject.alias)) {
      ctx.addIssue({ code: 'custom', path: ['alias'], message: PERSON_ALIAS_EXPECTED, input: subject.alias });
    }
    if (subject.type === 'organization' && !subject.alias.includes('某')) {
      ctx.addIssue({ code: 'custom', path: ['alias'], message: ORGANIZATION_ALIAS_EXPECTED, input: subject.alias });
    }
  });

export const allegationSchema = z.object({
  /** The allegation as reported, in neutral words. */
  summary: text('被澄清的问题'),
  finding: oneOf(ALLEGATION_FINDINGS, '核查结论'),
});

export const followUpSchema = z.object({
  date: isoDay('回访日期'),
  method: text('回访方式'),
  summary: text('回访情况'),
});

export const clarificationSchema = baseEntrySchema
  .extend({
    /** 文号, e.g. 明纪澄〔2024〕3号 */
    docNumber: text('文号').optional(),
    subject: subjectSchema,
    allegations: z
      .array(allegationSchema, { error: '被澄清的问题（列表）' })
      .min(1, { error: '被澄清的问题，至少一项' }),
    /** Whether the report was made under the reporter's real name (实名举报). */
    realNameReport: yesNo('是否实名举报').default(false),
    /** Whether the real-name reporter was told the outcome (向举报人反馈). */
    reporterFeedback: yesNo('是否已向举报人反馈').default(false),
    methods: z
      .array(oneOf(CLARIFICATION_METHODS, '澄清方式'), { error: '澄清方式（列表）' })
      .min(1, { error: '澄清方式，至少一种' }),
    /** How widely the clarification is announced, e.g. 在该村党员大会上通报. */
    scope: text('澄清范围'),
    /** The person or organization agreed to publication. Required to publish. */
    consent: yesNo('本人（单位）同意公开').default(false),
    followUps: z.array(followUpSchema, { error: '回访记录（列表）' }).default([]),
    /** Whether an 诬告陷害 finding followed against the accuser. */
    falseAccusation: yesNo('是否查处诬告陷害').default(false),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'published' && entry.consent !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: '发布澄清通知须经本人（单位）同意：consent 应为 true',
        input: entry.consent,
      });
    }
  });

export type Clarification = z.infer<typeof clarificationSchema>;
