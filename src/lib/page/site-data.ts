/**
 * Page-side access to content (ARCHITECTURE.md, "Layers"): the collections of the content store,
 * which holds published entries only, in the order lists and feeds show them, and the lookups
 * pages share. Unit-tested with a mocked `astro:content` (tests/lib/site-data.test.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDateDesc } from '../../content/model.ts';
import type { EntryKind } from '../../schemas/vocabulary.ts';
import { loadSiteConfig } from '../node/config.ts';
import { verificationCodeFor } from '../../verify/code.ts';
import { composeKey, configInput, entryKey } from './cache-key.ts';

export const siteConfig = loadSiteConfig();

/**
 * Lookups every page repeats (organs by id, verification codes by notice) are computed once per
 * build: with thousands of pages each re-sorting thousands of records, the build would grow with
 * the square of the site. The dev server recomputes them, as content changes under it.
 */
const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return compute();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    memo.set(key, value);
  }
  return value;
}

export type EntryOf<K extends EntryKind> = CollectionEntry<K>;
export type AnyEntry = EntryOf<'clarifications'> | EntryOf<'cases'> | EntryOf<'culture'>;
export type OrganData = CollectionEntry<'organs'>['data'];

/** The published entries of one kind, newest first. */
export async function publishedOf<K extends EntryKind>(kind: K): Promise<EntryOf<K>[]> {
  // A copy, so a caller that sorts or filters in place never changes what the next one gets.
  return [...(await once(`published:${kind}`, async () => ((await getCollection(kind)) as EntryOf<K>[]).sort(byDateDesc)))];
}

/** Every published entry, newest first. */
export async function allPublished(): Promise<AnyEntry[]> {
  const [a, b, c] = await Promise.all([publishedOf('clarifications'), publishedOf('cases'), publishedOf('culture')]);
  return [...a, ...b, ...c].sort(byDateDesc);
}

export function organsById(): Promise<Map<string, OrganData>> {
  return once('organs', async () => new Map((await getCollection('organs')).map((organ) => [organ.data.id, organ.data])));
}

export type SeriesData = CollectionEntry<'series'>['data'];

/** The series of guiding cases, by id. */
export function seriesById(): Promise<Map<string, SeriesData>> {
  return once('series', async () => new Map((await getCollection('series')).map((item) => [item.data.id, item.data])));
}

export async function organName(id: string): Promise<string> {
  return (await organsById()).get(id)?.name ?? id;
}

/** The clarifications posted on public boards, oldest first: only board packs read them. */
export type BoardNoticeEntry = CollectionEntry<'boardNotices'>;

export async function boardNotices(): Promise<BoardNoticeEntry[]> {
  return [...(await once('board', async () => (await getCollection('boardNotices')).sort((a, b) => -byDateDesc(a, b))))];
}

/** The code a printed notice carries, from its text (verify/code.ts): the same on every channel. */
export function printedCodeOf(notice: EntryOf<'clarifications'> | BoardNoticeEntry): string {
  return verificationCodeFor(notice.data, notice.body ?? '');
}

/** A notice's verification record: its code, issuer, date, 文号 and state. */
export type VerificationRecord = CollectionEntry<'verifications'>['data'];

/** Every notice that was issued, whatever its channels, by code; only a current notice on the website carries its entry. */
export async function verificationRecords(): Promise<VerificationRecord[]> {
  return [
    ...(await once('verifications', async () =>
      (await getCollection('verifications')).map((record) => record.data).sort((a, b) => a.code.localeCompare(b.code)),
    )),
  ];
}

/** The verification code of a published notice. */
export async function verificationCodeOf(noticeId: string): Promise<string> {
  const codes = await once(
    'codes',
    async () => new Map((await verificationRecords()).flatMap((record) => (record.entry ? [[record.entry, record.code] as const] : []))),
  );
  const code = codes.get(noticeId);
  if (!code) throw new Error(`no verification record for clarifications/${noticeId}`);
  return code;
}

/**
 * The page frame as a key input: what BaseLayout shows on every page (the configuration, read from
 * mingjing.config.json with `fs`, so outside the module graph Astro hashes) and the host organ's
 * record (its name in the header and footer).
 */
function siteFrame(): Promise<string> {
  return once('frame', async () =>
    composeKey({ config: configInput(siteConfig), hostOrgan: (await organsById()).get(siteConfig.hostOrgan) ?? null }),
  );
}

/**
 * The `cacheKey` of a page (lib/page/cache-key.ts): the page frame and the named inputs the route
 * reads, each as plain data or as `entryKey(entry)`.
 */
export async function pageKey(inputs: Readonly<Record<string, unknown>>): Promise<string> {
  return composeKey({ frame: await siteFrame(), page: inputs });
}

/** Entries as a list shows them, as a key input: each entry with its issuer's record (its name in the list). */
export async function listedKey(entries: readonly AnyEntry[]): Promise<{ entry: string; organ: OrganData | undefined }[]> {
  const organs = await organsById();
  return entries.map((entry) => ({ entry: entryKey(entry), organ: organs.get(entry.data.organ) }));
}
