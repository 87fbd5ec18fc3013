/**
 * 澄清正名通知: a public statement that specific allegations against a person or an
 * organization were found untrue. Only the allegations are clarified, never an overall
 * evaluation of the person, so the schema has no field for praise or appraisal.
 */
import { z } from 'astro/zod';
import { isAnonymizedOrganizationAlias, isAnonymizedPersonAlias } from '../names/index.ts';
import { EXPECTED, FIELDS } from '../strings/content.ts';
import { baseEntrySchema } from './base.ts';
import { isoDay, oneOf, text, yesNo } from './fields.ts';
import { ALLEGATION_FINDINGS, CLARIFICATION_METHODS, SUBJECT_TIERS, SUBJECT_TYPES } from './vocabulary.ts';

export const subjectSchema = z
  .object({
    type: oneOf(SUBJECT_TYPES, FIELDS.subjectType),
    /** Never a real name: the alias is what every output shows. */
    alias: text(FIELDS.subjectAlias),
    /** Post held, written without a place name that would identify the person. */
    role: text(FIELDS.subjectRole),
    tier: oneOf(SUBJECT_TIERS, FIELDS.subjectTier),
  })
  .superRefine((subject, ctx) => {
    if (subject.type === 'person' && !isAnonymizedPersonAlias(subject.alias)) {
      ctx.addIssue({ code: 'custom', path: ['alias'], message: EXPECTED.personAlias, input: subject.alias });
    }
    if (subject.type === 'organization' && !isAnonymizedOrganizationAlias(subject.alias)) {
      ctx.addIssue({ code: 'custom', path: ['alias'], message: EXPECTED.organizationAlias, input: subject.alias });
    }
  });

export const allegationSchema = z.object({
  /** The allegation as reported, in neutral words. */
  summary: text(FIELDS.allegation),
  finding: oneOf(ALLEGATION_FINDINGS, FIELDS.allegationFinding),
});

export const followUpSchema = z.object({
  date: isoDay(FIELDS.followUpDate),
  method: text(FIELDS.followUpMethod),
  summary: text(FIELDS.followUpSummary),
});

export const clarificationSchema = baseEntrySchema
  .extend({
    /** 文号, e.g. 明纪澄〔2024〕3号 */
    docNumber: text(FIELDS.docNumber).optional(),
    subject: subjectSchema,
    allegations: z
      .array(allegationSchema, { error: EXPECTED.list(FIELDS.allegation) })
      .min(1, { error: EXPECTED.atLeastOne(FIELDS.allegation) }),
    /** Whether the report was made under the reporter's real name (实名举报). */
    realNameReport: yesNo(FIELDS.realNameReport).default(false),
    /** Whether the real-name reporter was told the outcome (向举报人反馈). */
    reporterFeedback: yesNo(FIELDS.reporterFeedback).default(false),
    methods: z
      .array(oneOf(CLARIFICATION_METHODS, FIELDS.methods), { error: EXPECTED.list(FIELDS.methods) })
      .min(1, { error: EXPECTED.atLeastOneKind(FIELDS.methods) }),
    /** How widely the clarification is announced, e.g. 在该村党员大会上通报. */
    scope: text(FIELDS.scope),
    /** The person or organization agreed to publication. Required to publish. */
    consent: yesNo(FIELDS.consent).default(false),
    followUps: z.array(followUpSchema, { error: EXPECTED.list(FIELDS.followUps) }).default([]),
    /** Whether an 诬告陷害 finding followed against the accuser. */
    falseAccusation: yesNo(FIELDS.falseAccusation).default(false),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'published' && entry.consent !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: EXPECTED.consent,
        input: entry.consent,
      });
    }
  });

export type Clarification = z.infer<typeof clarificationSchema>;
