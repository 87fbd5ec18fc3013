/** `/<kind>/rss.xml`: RSS 2.0 feed of one kind of entry. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeedItems } from '../../lib/page/feeds.ts';
import { organsById, pageKey, publishedOf, siteConfig } from '../../lib/page/site-data.ts';
import { entryKey } from '../../lib/page/cache-key.ts';
import { absoluteUrl, listPath } from '../../lib/shared/paths.ts';
import { ENTRY_KINDS, type EntryKind } from '../../schemas/vocabulary.ts';
import { ENTRY_KIND_DESCRIPTIONS, ENTRY_KIND_LABELS, FEEDS } from '../../strings/pages.ts';

export const getStaticPaths = (async () => {
  const organs = [...(await organsById()).values()];
  return Promise.all(
    ENTRY_KINDS.map(async (kind) => ({
      params: { kind },
      props: { kind },
      // Every published entry of the kind and every organ an item may name (lib/page/cache-key.ts).
      cacheKey: await pageKey({ kind, entries: (await publishedOf(kind)).map(entryKey), organs }),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: EntryKind }> = async ({ props }) =>
  rss({
    title: FEEDS.kindTitle(siteConfig.siteName, ENTRY_KIND_LABELS[props.kind]),
    description: ENTRY_KIND_DESCRIPTIONS[props.kind],
    site: absoluteUrl(siteConfig.site, siteConfig.base, listPath(props.kind)),
    items: await siteFeedItems(props.kind),
    customData: '<language>zh-cn</language>',
  });
