/**
 * 廉洁文化: poems, family mottos, stories, posters. Historical authors are public figures, so
 * a poem's author is added to the entry's public names by the privacy gate.
 */
import { z } from 'astro/zod';
import { baseEntrySchema } from './base.ts';
import { oneOf, text, yesNo } from './fields.ts';
import { CULTURE_FORMS } from './vocabulary.ts';

export const authorSchema = z.object({
  name: text('作者'),
  /** 朝代 (唐, 宋, 明 …) or 当代. */
  dynasty: text('朝代'),
});

export const imageSchema = z.object({
  /** A file beside the entry, e.g. `images/poster.svg`. Never a remote URL. */
  src: z
    .string({ error: '图片路径（本地文件）' })
    .regex(/^(?!\w+:)(?!\/\/)[^\s]+\.(?:png|jpe?g|svg|webp)$/i, {
      error: '图片路径，应为相对于条目文件的本地 png/jpg/svg/webp 文件',
    }),
  alt: text('图片替代文字'),
});

export const cultureSchema = baseEntrySchema
  .extend({
    form: oneOf(CULTURE_FORMS, '体裁'),
    author: authorSchema.optional(),
    source: text('出处').optional(),
    /** 注释 / 释义 */
    annotation: text('注释').optional(),
    audience: text('适用对象').optional(),
    image: imageSchema.optional(),
    printable: yesNo('是否适合张贴打印').default(false),
  })
  .superRefine((entry, ctx) => {
    if (entry.form === '诗词' && !entry.author) {
      ctx.addIssue({ code: 'custom', path: ['author'], message: '诗词须注明作者（name、dynasty）', input: undefined });
    }
    if (entry.form === '海报' && !entry.image) {
      ctx.addIssue({ code: 'custom', path: ['image'], message: '海报须提供图片（src、alt）', input: undefined });
    }
  });

export type CultureItem = z.infer<typeof cultureSchema>;
