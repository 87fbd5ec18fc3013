/**
 * Page-side access to content (ARCHITECTURE.md, "Layers"): the collections of the content store,
 * which holds published entries only, in the order lists and feeds show them, and the lookups
 * pages share. Unit-tested with a mocked `astro:content` (tests/lib/site-data.test.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDateDesc } from '../../content/model.ts';
import type { EntryKind } from '../../schemas/vocabulary.ts';
import { loadSiteConfig } from '../node/config.ts';

export const siteConfig = loadSiteConfig();

export type EntryOf<K extends EntryKind> = CollectionEntry<K>;
export type AnyEntry = EntryOf<'clarifications'> | EntryOf<'cases'> | EntryOf<'culture'>;
export type OrganData = CollectionEntry<'organs'>['data'];

/** The published entries of one kind, newest first. */
export async function publishedOf<K extends EntryKind>(kind: K): Promise<EntryOf<K>[]> {
  return ((await getCollection(kind)) as EntryOf<K>[]).sort(byDateDesc);
}

/** Every published entry, newest first. */
export async function allPublished(): Promise<AnyEntry[]> {
  const [a, b, c] = await Promise.all([publishedOf('clarifications'), publishedOf('cases'), publishedOf('culture')]);
  return [...a, ...b, ...c].sort(byDateDesc);
}

export async function organsById(): Promise<Map<string, OrganData>> {
  const organs = await getCollection('organs');
  return new Map(organs.map((organ) => [organ.data.id, organ.data]));
}

export type SeriesData = CollectionEntry<'series'>['data'];

/** The series of guiding cases, by id. */
export async function seriesById(): Promise<Map<string, SeriesData>> {
  const series = await getCollection('series');
  return new Map(series.map((item) => [item.data.id, item.data]));
}

export async function organName(id: string): Promise<string> {
  return (await organsById()).get(id)?.name ?? id;
}

/** A notice's verification record: its code and whether it is still published. */
export type VerificationRecord = CollectionEntry<'verifications'>['data'];

/** Every notice that is or was public, by code; a withdrawn one carries no entry. */
export async function verificationRecords(): Promise<VerificationRecord[]> {
  return (await getCollection('verifications')).map((record) => record.data).sort((a, b) => a.code.localeCompare(b.code));
}

/** The verification code of a published notice. */
export async function verificationCodeOf(noticeId: string): Promise<string> {
  const record = (await verificationRecords()).find((item) => item.entry === noticeId);
  if (!record) throw new Error(`no verification record for clarifications/${noticeId}`);
  return record.code;
}
