/**
 * RSS 2.0 feeds (through @astrojs/rss): one for everything and one per kind of entry, built from
 * published entries only. Dates are days of issue, at midnight Beijing time.
 */
import type { EntryKind } from '../schemas/vocabulary.ts';

export interface FeedEntry {
  kind: EntryKind;
  id: string;
  data: { title: string; date: string; summary: string; organ: string; tags: string[] };
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** How many entries a feed carries: the newest. */
export const FEED_LENGTH = 50;

export const feedDate = (day: string): Date => new Date(`${day}T00:00:00+08:00`);

export function feedItems(
  entries: readonly FeedEntry[],
  link: (kind: EntryKind, id: string) => string,
  kindLabel: (kind: EntryKind) => string,
  organName: (id: string) => string,
): FeedItem[] {
  return [...entries]
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
    .slice(0, FEED_LENGTH)
    .map((entry) => ({
      title: entry.data.title,
      link: link(entry.kind, entry.id),
      pubDate: feedDate(entry.data.date),
      description: entry.data.summary,
      categories: [kindLabel(entry.kind), organName(entry.data.organ), ...entry.data.tags],
    }));
}

/** Pages the sitemap leaves out: verification pages (for people holding a notice), print pages, 404. */
export const inSitemap = (url: string, base: string): boolean => {
  const path = new URL(url).pathname.slice(base.length - 1);
  return !/^\/(?:v|print)\//.test(path) && !/^\/404\/?$/.test(path);
};
