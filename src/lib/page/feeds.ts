/** The site's feeds as endpoints build them: published entries of a kind, or of every kind, as RSS items. */
import { allPublished, organsById, publishedOf, siteConfig } from './site-data.ts';
import { feedItems, type FeedEntry, type FeedItem } from '../../feeds/rss.ts';
import { absoluteUrl, entryPath } from '../shared/paths.ts';
import type { EntryKind } from '../../schemas/vocabulary.ts';
import { ENTRY_KIND_LABELS } from '../../strings/pages.ts';

export async function siteFeedItems(kind?: EntryKind): Promise<FeedItem[]> {
  const organs = await organsById();
  const entries = kind ? await publishedOf(kind) : await allPublished();
  const feed: FeedEntry[] = entries.map((entry) => ({ kind: entry.collection, id: entry.id, data: entry.data }));
  return feedItems(
    feed,
    (k, id) => absoluteUrl(siteConfig.site, siteConfig.base, entryPath(k, id)),
    (k) => ENTRY_KIND_LABELS[k],
    (id) => organs.get(id)?.name ?? id,
  );
}
