/** Schemas of the data files: organs, glossary terms and yearly statistics. */
import { z } from 'astro/zod';
import { idRef, oneOf, stringList, text } from './fields.ts';
import { ORGAN_LEVELS } from './vocabulary.ts';

export const organSchema = z.object({
  id: idRef('机关编号'),
  name: text('机关全称'),
  shortName: text('机关简称'),
  level: oneOf(ORGAN_LEVELS, '机关层级'),
  /** The organ above this one; absent only for the top of the hierarchy. */
  parent: idRef('上级机关').optional(),
  /** 地区, used as a search facet. */
  region: text('地区'),
});

export const glossaryTermSchema = z.object({
  id: idRef('术语编号'),
  term: text('术语'),
  aliases: stringList('别称').default([]),
  definition: text('释义'),
  source: text('出处').optional(),
  /** ids of related terms. */
  related: z.array(idRef('相关术语'), { error: '相关术语（列表）' }).default([]),
});

const count = (what: string) =>
  z.number({ error: `${what}（非负整数）` }).int({ error: `${what}（整数）` }).min(0, { error: `${what}（非负整数）` });

export const yearlyStatsSchema = z.object({
  id: idRef('统计编号'),
  year: z.number({ error: '年份（数字）' }).int().min(2000, { error: '年份（2000 年以后）' }).max(2100),
  organ: idRef('机关'),
  clarifiedPersons: count('澄清正名人数'),
  clarifiedOrganizations: count('澄清正名单位（集体）数').default(0),
  falseAccusationCases: count('查处诬告陷害案件数').default(0),
  followUpVisits: count('澄清回访人次').default(0),
  toleranceDecisions: count('容错纠错认定数').default(0),
  /** Where the figures were published. */
  source: text('数据来源'),
});

export type Organ = z.infer<typeof organSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type YearlyStats = z.infer<typeof yearlyStatsSchema>;
