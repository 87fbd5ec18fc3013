/**
 * Page-side access to content: the published entries of each collection, and lookups pages
 * share. Publication rules come from `publication.ts`, so pages can never show a draft.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSiteConfig } from './config.ts';
import { isPublic } from './publication.ts';
import { byDateDesc } from './published.ts';
import type { EntryKind } from '../schemas/vocabulary.ts';

export const siteConfig = loadSiteConfig();

export type EntryOf<K extends EntryKind> = CollectionEntry<K>;
export type AnyEntry = EntryOf<'clarifications'> | EntryOf<'cases'> | EntryOf<'culture'>;

export async function publishedOf<K extends EntryKind>(kind: K): Promise<EntryOf<K>[]> {
  const all = (await getCollection(kind)) as EntryOf<K>[];
  return all.filter((entry) => isPublic(entry.data, siteConfig.today)).sort(byDateDesc);
}

export async function allPublished(): Promise<AnyEntry[]> {
  const [a, b, c] = await Promise.all([publishedOf('clarifications'), publishedOf('cases'), publishedOf('culture')]);
  return [...a, ...b, ...c].sort(byDateDesc);
}

export async function organsById(): Promise<Map<string, CollectionEntry<'organs'>['data']>> {
  const organs = await getCollection('organs');
  return new Map(organs.map((organ) => [organ.data.id, organ.data]));
}

export async function organName(id: string): Promise<string> {
  return (await organsById()).get(id)?.name ?? id;
}
