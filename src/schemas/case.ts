/**
 * 容错纠错指导性案例: a worked tolerance decision that grassroots staff study before deciding a
 * similar matter. The four-test assessment is the heart of the case, so every test is required.
 */
import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { isoDay, oneOf, stringList, text, yesNo } from './fields.ts';
import { CASE_DECISIONS, CASE_SCENARIOS, CASE_STAGES } from './vocabulary.ts';

export const assessmentTestSchema = (what: string) =>
  z.object(
    {
      finding: text(`${what}的认定`),
      meets: yesNo(`${what}是否符合容错条件`),
    },
    { error: `${what}（含 finding 与 meets）` },
  );

export const assessmentSchema = z.object(
  {
    motive: assessmentTestSchema('初衷动机'),
    procedure: assessmentTestSchema('决策程序'),
    outcome: assessmentTestSchema('结果与挽回'),
    integrity: assessmentTestSchema('纪律与廉洁'),
  },
  { error: '四项认定（motive、procedure、outcome、integrity）' },
);

export const processStepSchema = z.object({
  stage: oneOf(CASE_STAGES, '流程环节'),
  date: isoDay('环节日期'),
  note: text('环节说明').optional(),
});

export const basisSchema = z.object({
  /** Title of the cited rule, with book-title marks: 《中国共产党问责条例》 */
  title: text('依据名称'),
  article: text('条款').optional(),
});

export const filingSchema = z.object({
  /** Whether the decision was pre-registered (容错备案) before acting. */
  registered: yesNo('是否事前容错备案'),
  date: isoDay('备案日期').optional(),
  note: text('备案说明').optional(),
});

export const caseSchema = baseEntrySchema
  .extend({
    /** 案例编号, e.g. 明州容错案例第3号 */
    serial: text('案例编号'),
    keywords: z
      .array(text('关键词'), { error: '关键词（列表）' })
      .min(1, { error: '关键词，1 至 7 个' })
      .max(7, { error: '关键词，1 至 7 个' }),
    /** 要旨: the rule of thumb the case teaches. */
    gist: text('裁判要旨'),
    scenario: oneOf(CASE_SCENARIOS, '容错情形'),
    decision: oneOf(CASE_DECISIONS, '认定结果'),
    assessment: assessmentSchema,
    /** Negative-list items that ruled tolerance out; required when the decision is 不予容错. */
    exclusions: stringList('负面清单情形').default([]),
    filing: filingSchema.optional(),
    process: z.array(processStepSchema, { error: '办理流程（列表）' }).default([]),
    basis: z.array(basisSchema, { error: '政策依据（列表）' }).min(1, { error: '政策依据，至少一项' }),
    /** 领域, e.g. 征地拆迁 */
    sector: text('所属领域'),
    /** What happened afterwards: 回访、整改、跟踪. */
    aftermath: text('后续情况').optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.decision === '不予容错' && entry.exclusions.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['exclusions'],
        message: '认定结果为“不予容错”时，须列明所触及的负面清单情形（至少一项）',
        input: entry.exclusions,
      });
    }
    const order = entry.process.map((step) => CASE_STAGES.indexOf(step.stage));
    order.forEach((position, index) => {
      if (index > 0 && position <= order[index - 1]!) {
        ctx.addIssue({
          code: 'custom',
          path: ['process', index, 'stage'],
          message: `流程环节按 ${CASE_STAGES.join(' → ')} 的顺序排列，且不重复`,
          input: entry.process[index]?.stage,
        });
      }
    });
  });

export type GuidingCase = z.infer<typeof caseSchema>;
