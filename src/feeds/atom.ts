/** An Atom feed of the newest published entries, for readers and other sites to follow. */
import { escapeXml } from './xml.ts';

export interface FeedItem {
  title: string;
  url: string;
  date: string;
  summary: string;
  category: string;
  author: string;
}

export function buildAtomFeed(options: {
  title: string;
  siteUrl: string;
  feedUrl: string;
  updated: string;
  items: readonly FeedItem[];
}): string {
  const { title, siteUrl, feedUrl, updated, items } = options;
  const entries = items.map(
    (item) => `  <entry>
    <title>${escapeXml(item.title)}</title>
    <link href="${escapeXml(item.url)}"/>
    <id>${escapeXml(item.url)}</id>
    <updated>${item.date}T00:00:00+08:00</updated>
    <author><name>${escapeXml(item.author)}</name></author>
    <category term="${escapeXml(item.category)}"/>
    <summary>${escapeXml(item.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeXml(title)}</title>
  <link href="${escapeXml(siteUrl)}"/>
  <link rel="self" href="${escapeXml(feedUrl)}"/>
  <id>${escapeXml(siteUrl)}</id>
  <updated>${updated}T00:00:00+08:00</updated>
${entries.join('\n')}
</feed>
`;
}
