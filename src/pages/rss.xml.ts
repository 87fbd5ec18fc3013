/** `/rss.xml`: RSS 2.0 feed of the newest published entries of every kind. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteFeedItems } from '../lib/page/feeds.ts';
import { siteConfig } from '../lib/page/site-data.ts';
import { absoluteUrl } from '../lib/shared/paths.ts';
import { FEEDS } from '../strings/pages.ts';

export const GET: APIRoute = async () =>
  rss({
    title: FEEDS.allTitle(siteConfig.siteName),
    description: FEEDS.allDescription,
    site: absoluteUrl(siteConfig.site, siteConfig.base, ''),
    items: await siteFeedItems(),
    customData: '<language>zh-cn</language>',
  });
