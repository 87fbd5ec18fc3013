/**
 * Astro content collections, fed by Mingjing's own loaders from the one content pipeline
 * (src/content/; ARCHITECTURE.md, "One pipeline"). The schemas give the collections their types;
 * the pipeline has already validated every entry with the friendlier messages of src/content/.
 */
import { defineCollection } from 'astro:content';
import { dataLoader, entryLoader, verificationLoader, verificationSchema } from './content/loader.ts';
import { loadSiteConfig } from './lib/node/config.ts';
import { caseSchema } from './schemas/case.ts';
import { clarificationSchema } from './schemas/clarification.ts';
import { cultureSchema } from './schemas/culture.ts';
import { caseSeriesSchema, glossaryTermSchema, organSchema, yearlyStatsSchema } from './schemas/data.ts';

const config = loadSiteConfig();

export const collections = {
  clarifications: defineCollection({ loader: entryLoader('clarifications', config), schema: clarificationSchema }),
  /** Clarifications posted on public boards (公开栏), for the board packs only: some are on no web page. */
  boardNotices: defineCollection({ loader: entryLoader('clarifications', config, true), schema: clarificationSchema }),
  cases: defineCollection({ loader: entryLoader('cases', config), schema: caseSchema }),
  culture: defineCollection({ loader: entryLoader('culture', config), schema: cultureSchema }),
  organs: defineCollection({ loader: dataLoader('organs', config), schema: organSchema }),
  glossary: defineCollection({ loader: dataLoader('glossary', config), schema: glossaryTermSchema }),
  series: defineCollection({ loader: dataLoader('series', config), schema: caseSeriesSchema }),
  stats: defineCollection({ loader: dataLoader('stats', config), schema: yearlyStatsSchema }),
  verifications: defineCollection({ loader: verificationLoader(config), schema: verificationSchema }),
};
