/**
 * 澄清正名通知: a public statement that specific allegations against a person or an
 * organisation were found untrue. Only the allegations are clarified, never an overall
 * evaluation of the person, so the schema has no field for praise or appraisal, and what was said
 * or observed at a follow-up visit stays in an internal note that no output carries.
 */
import { z } from 'astro/zod';
import { isAnonymizedOrganizationAlias, isAnonymizedPersonAlias } from '../names/index.ts';
import { EXPECTED, FIELDS } from '../strings/content.ts';
import { baseEntrySchema } from './base.ts';
import { idRef, isoDay, oneOf, stringList, text, yesNo } from './fields.ts';
import { ALLEGATION_FINDINGS, CLARIFICATION_METHODS, FALSE_ACCUSATION_ACTIONS, MANAGEMENT_TIERS, SUBJECT_TYPES } from './vocabulary.ts';

export const subjectSchema = z
  .object({
    /** 个人, or the kind of organisation: 党组织, 单位, 集体. */
    type: oneOf(SUBJECT_TYPES, FIELDS.subjectType),
    /** Never a real name: the alias is what every output shows. */
    alias: text(FIELDS.subjectAlias),
    /** Post held, written without a named unit that would identify the person (某街道某村党支部书记). */
    role: text(FIELDS.subjectRole),
    /** 干部管理权限, for a person: which level manages the post (a township's deputy head is 县管). */
    tier: oneOf(MANAGEMENT_TIERS, FIELDS.subjectTier).optional(),
  })
  .superRefine((subject, ctx) => {
    if (subject.type === '个人') {
      if (!isAnonymizedPersonAlias(subject.alias))
        ctx.addIssue({ code: 'custom', path: ['alias'], message: EXPECTED.personAlias, input: subject.alias });
      if (subject.tier === undefined)
        ctx.addIssue({ code: 'custom', path: ['tier'], message: EXPECTED.tierForPerson(MANAGEMENT_TIERS), input: undefined });
    } else {
      if (!isAnonymizedOrganizationAlias(subject.alias))
        ctx.addIssue({ code: 'custom', path: ['alias'], message: EXPECTED.organizationAlias, input: subject.alias });
      if (subject.tier !== undefined)
        ctx.addIssue({ code: 'custom', path: ['tier'], message: EXPECTED.noTierForOrganization, input: subject.tier });
    }
  });

export const allegationSchema = z.object({
  /** The allegation as reported, in neutral words. */
  summary: text(FIELDS.allegation),
  finding: oneOf(ALLEGATION_FINDINGS, FIELDS.allegationFinding),
});

/**
 * A follow-up visit (澄清回访). Its date and method are public; what was said or observed is an
 * internal note, kept for the organ's files, that the content pipeline strips before anything is
 * stored or rendered.
 */
export const followUpSchema = z.object({
  date: isoDay(FIELDS.followUpDate),
  method: text(FIELDS.followUpMethod),
  internalNote: text(FIELDS.followUpNote).optional(),
});

/** The written notice's delivery: when the 澄清正名通知书 was served, and to whom a copy went. */
export const deliverySchema = z.object({
  date: isoDay(FIELDS.deliveryDate),
  copyTo: stringList(FIELDS.deliveryCopyTo).default([]),
});

/**
 * What the record says about the false accusation behind the report (诬告陷害): clues handed over
 * (移送) or dealt with (查处), by which organ, when, and — only where there is one — the result.
 * The page states exactly this and nothing more.
 */
export const falseAccusationSchema = z.object({
  action: oneOf(FALSE_ACCUSATION_ACTIONS, FIELDS.falseAccusationAction),
  organ: text(FIELDS.falseAccusationOrgan),
  date: isoDay(FIELDS.falseAccusationDate),
  result: text(FIELDS.falseAccusationResult).optional(),
});

/**
 * A public board the notice is posted on (张贴地点): a stable id (the board pack's address) and
 * the name printed on the pack. The same id names the same board in every notice.
 */
export const postingPlaceSchema = z.object({
  id: idRef(FIELDS.postingPlaceId),
  name: text(FIELDS.postingPlaceName),
});

export const clarificationSchema = baseEntrySchema
  .extend({
    /** 文号, e.g. 潆纪澄〔2024〕3号 */
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
    /** The public boards (公开栏) it is posted on: required with 公开栏, refused without it. */
    postingPlaces: z.array(postingPlaceSchema, { error: EXPECTED.list(FIELDS.postingPlaces) }).default([]),
    /** The person or organisation agreed to publication. Required to publish. */
    consent: yesNo(FIELDS.consent).default(false),
    delivery: deliverySchema.optional(),
    followUps: z.array(followUpSchema, { error: EXPECTED.list(FIELDS.followUps) }).default([]),
    falseAccusation: falseAccusationSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'published' && entry.consent !== true) {
      ctx.addIssue({ code: 'custom', path: ['consent'], message: EXPECTED.consent, input: entry.consent });
    }
    if (entry.delivery && entry.delivery.date < entry.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['delivery', 'date'],
        message: EXPECTED.notBefore(FIELDS.deliveryDate, FIELDS.date),
        input: entry.delivery.date,
      });
    }
    // The handling of the false accusation is part of what the notice states: it cannot postdate
    // the notice. A later handling is published as a dated supplement of its own (README).
    if (entry.falseAccusation && entry.falseAccusation.date > entry.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['falseAccusation', 'date'],
        message: EXPECTED.notAfter(FIELDS.falseAccusationDate, FIELDS.date),
        input: entry.falseAccusation.date,
      });
    }
    entry.followUps.forEach((visit, index) => {
      if (visit.date < entry.date)
        ctx.addIssue({
          code: 'custom',
          path: ['followUps', index, 'date'],
          message: EXPECTED.notBefore(FIELDS.followUpDate, FIELDS.date),
          input: visit.date,
        });
    });
  });

export type Clarification = z.infer<typeof clarificationSchema>;
