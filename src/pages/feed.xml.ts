/** `/feed.xml`: Atom feed of the 50 newest published entries. */
import type { APIRoute } from 'astro';
import { buildAtomFeed } from '../feeds/atom.ts';
import { allPublished, organsById, siteConfig } from '../lib/page/site-data.ts';
import { absoluteUrl, entryPath } from '../lib/shared/paths.ts';
import { ENTRY_KIND_LABELS } from '../strings/pages.ts';

export const GET: APIRoute = async () => {
  const organs = await organsById();
  const entries = (await allPublished()).slice(0, 50);
  const url = (path: string) => absoluteUrl(siteConfig.site, siteConfig.base, path);
  const xml = buildAtomFeed({
    title: siteConfig.siteName,
    siteUrl: url(''),
    feedUrl: url('feed.xml'),
    updated: entries[0]?.data.date ?? siteConfig.today,
    items: entries.map((entry) => ({
      title: entry.data.title,
      url: url(entryPath(entry.collection, entry.id)),
      date: entry.data.date,
      summary: entry.data.summary,
      category: ENTRY_KIND_LABELS[entry.collection],
      author: organs.get(entry.data.organ)?.name ?? entry.data.organ,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
