/** Schemas of the data files: organs, glossary terms and yearly statistics. */
import { z } from 'astro/zod';
import { EXPECTED, FIELDS } from '../strings/content.ts';
import { idRef, oneOf, stringList, text } from './fields.ts';
import { ORGAN_LEVELS } from './vocabulary.ts';

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

const count = (what: string) =>
  z
    .number({ error: EXPECTED.count(what) })
    .int({ error: EXPECTED.integer(what) })
    .min(0, { error: EXPECTED.count(what) });

export const yearlyStatsSchema = z.object({
  id: idRef(FIELDS.statsId),
  year: z
    .number({ error: EXPECTED.year(FIELDS.statsYear) })
    .int()
    .min(2000, { error: EXPECTED.yearFrom(FIELDS.statsYear, 2000) })
    .max(2100),
  organ: idRef(FIELDS.statsOrgan),
  clarifiedPersons: count(FIELDS.statsClarifiedPersons),
  clarifiedOrganizations: count(FIELDS.statsClarifiedOrganizations).default(0),
  falseAccusationCases: count(FIELDS.statsFalseAccusation).default(0),
  followUpVisits: count(FIELDS.statsFollowUps).default(0),
  toleranceDecisions: count(FIELDS.statsTolerance).default(0),
  /** Where the figures were published. */
  source: text(FIELDS.statsSource),
});

export type Organ = z.infer<typeof organSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type YearlyStats = z.infer<typeof yearlyStatsSchema>;
export type DataEntry = Organ | GlossaryTerm | YearlyStats;
