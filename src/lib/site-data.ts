/**
 * Page-side access to content: the published entries of each collection, and lookups pages
 * share. Publication rules come from `publication.ts`, so pages can never show a draft.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSiteConfig } from './config.ts';
import { effectiveStatus, isPublic } from './publication.ts';
import { verificationCodeFor } from '../verify/code.ts';
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

export interface VerifiableNotice {
  entry: EntryOf<'clarifications'>;
  code: string;
  /** `published`, or `withdrawn` (withdrawn outright or past `publicUntil`). Drafts never get a code. */
  status: 'published' | 'withdrawn';
}

/** Every notice that is or was public, with its verification code. */
export async function verifiableNotices(): Promise<VerifiableNotice[]> {
  const all = (await getCollection('clarifications')) as EntryOf<'clarifications'>[];
  return all
    .map((entry) => ({ entry, status: effectiveStatus(entry.data, siteConfig.today) }))
    .filter((item): item is { entry: EntryOf<'clarifications'>; status: 'published' | 'withdrawn' } => item.status !== 'draft')
    .map(({ entry, status }) => ({ entry, status, code: verificationCodeFor(entry.data, entry.body ?? '') }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
