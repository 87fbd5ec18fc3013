/**
 * The case library as pages see it: published cases with the facet values they carry, the
 * region slugs, and the counts. Build-time only (reads content collections); the counting itself
 * is the pure code in `facets.ts`.
 */
import { getCollection } from 'astro:content';
import { organsById, publishedOf, type EntryOf } from './site-data.ts';
import { countCaseFacets, regionSlugs, type CaseFacet, type CaseFacetSource, type FacetValue } from '../../search/facets.ts';

export interface LibraryCase extends CaseFacetSource {
  entry: EntryOf<'cases'>;
}

export interface CaseLibrary {
  cases: LibraryCase[];
  regions: Map<string, string>;
  facets: Record<CaseFacet, FacetValue[]>;
}

let library: Promise<CaseLibrary> | undefined;

export function caseLibrary(): Promise<CaseLibrary> {
  library ??= (async () => {
    const organs = await organsById();
    const regions = regionSlugs((await getCollection('organs')).map((organ) => organ.data));
    const cases = (await publishedOf('cases')).map((entry) => ({
      entry,
      date: entry.data.date,
      scenario: entry.data.scenario,
      decision: entry.data.decision,
      region: organs.get(entry.data.organ)?.region ?? '',
    }));
    return { cases, regions, facets: countCaseFacets(cases, regions) };
  })();
  return library;
}
