/**
 * 廉洁文化: poems, family mottos, stories, posters. Historical authors are public figures, so
 * a poem's author is added to the entry's public names by the privacy gate.
 */
import { z } from 'astro/zod';
import { EXPECTED, FIELDS } from '../strings/content.ts';
import { baseEntrySchema } from './base.ts';
import { oneOf, text, yesNo } from './fields.ts';
import { CULTURE_AUDIENCES, CULTURE_FORMS } from './vocabulary.ts';

export const authorSchema = z.object({
  name: text(FIELDS.authorName),
  /** 朝代 (唐, 宋, 明 …) or 当代. */
  dynasty: text(FIELDS.authorDynasty),
});

export const imageSchema = z.object({
  /** A file beside the entry, e.g. `images/poster.svg`. Never a remote URL. */
  src: z
    .string({ error: EXPECTED.imagePath })
    .regex(/^(?!\w+:)(?!\/\/)[^\s]+\.(?:png|jpe?g|svg|webp)$/i, { error: EXPECTED.imagePathFormat }),
  alt: text(FIELDS.imageAlt),
});

export const cultureSchema = baseEntrySchema
  .extend({
    form: oneOf(CULTURE_FORMS, FIELDS.form),
    author: authorSchema.optional(),
    source: text(FIELDS.source).optional(),
    /** 注释 / 释义 */
    annotation: text(FIELDS.annotation).optional(),
    /** 适用对象, from the controlled list (for browsing by audience). */
    audience: z.array(oneOf(CULTURE_AUDIENCES, FIELDS.audience), { error: EXPECTED.list(FIELDS.audience) }).default([]),
    image: imageSchema.optional(),
    printable: yesNo(FIELDS.printable).default(false),
  })
  .superRefine((entry, ctx) => {
    if (entry.form === '诗词' && !entry.author) {
      ctx.addIssue({ code: 'custom', path: ['author'], message: EXPECTED.poemAuthor, input: undefined });
    }
    if (entry.form === '海报' && !entry.image) {
      ctx.addIssue({ code: 'custom', path: ['image'], message: EXPECTED.posterImage, input: undefined });
    }
  });

export type CultureItem = z.infer<typeof cultureSchema>;
