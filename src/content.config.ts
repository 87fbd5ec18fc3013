/**
 * Astro content collections. The schemas are the plain modules in `src/schemas/`, shared with
 * the pre-build check, which has already validated everything with friendlier messages.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema } from './schemas/case.ts';
import { clarificationSchema } from './schemas/clarification.ts';
import { cultureSchema } from './schemas/culture.ts';
import { glossaryTermSchema, organSchema, yearlyStatsSchema } from './schemas/data.ts';
import { loadSiteConfig } from './lib/config.ts';

const { contentDir } = loadSiteConfig();

/** `<id>` is the file name without extension (DESIGN.md, "Outputs and routes"). */
const entries = (kind: string) =>
  glob({
    pattern: '*.{md,mdx}',
    base: `${contentDir}/${kind}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });

export const collections = {
  clarifications: defineCollection({ loader: entries('clarifications'), schema: clarificationSchema }),
  cases: defineCollection({ loader: entries('cases'), schema: caseSchema }),
  culture: defineCollection({ loader: entries('culture'), schema: cultureSchema }),
  organs: defineCollection({ loader: file(`${contentDir}/organs.yaml`), schema: organSchema }),
  glossary: defineCollection({ loader: file(`${contentDir}/glossary.yaml`), schema: glossaryTermSchema }),
  stats: defineCollection({ loader: file(`${contentDir}/stats.yaml`), schema: yearlyStatsSchema }),
};
