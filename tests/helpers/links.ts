/**
 * A link checker over a built site: every internal link, asset and anchor of every page (and
 * every URL of the sitemap and the RSS feeds, and every url() of the stylesheets) must lead to a
 * file of the site, under its base path. The site's own absolute URLs (canonical, og:image) are
 * checked like the rest; links to other sites are not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site-files.ts';

export interface BrokenLink {
  /** The file the link is in, relative to dist/. */
  file: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src|action|poster|data-poster|data-share-url)="([^"]*)"/g;
const SOCIAL_META = /<meta (?:property|name)="(?:og:image|og:url|twitter:image)" content="([^"]*)"/g;
const SRCSET = /\bsrcset="([^"]*)"/g;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
const ID = /\bid="([^"]+)"/g;
const decodeEntities = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The site-relative path of a page file: `cases/index.html` → `/base/cases/`. */
const urlOf = (base: string, file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

export function checkLinks(dist: string, options: { base: string; site: string }): BrokenLink[] {
  const { base, site } = options;
  const files = listFiles(dist);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let known = ids.get(file);
    if (!known) {
      known = new Set([...readFileSync(join(dist, file), 'utf8').matchAll(ID)].map((m) => m[1]!));
      ids.set(file, known);
    }
    return known;
  };
  const broken: BrokenLink[] = [];

  const check = (file: string, raw: string) => {
    const link = decodeEntities(raw.trim());
    if (link === '' || /^(?:mailto|tel|data|javascript):/i.test(link)) return;
    let url: URL;
    try {
      url = new URL(link, `${site}${urlOf(base, file)}`);
    } catch {
      return;
    }
    // Another site's link is not followed: no network at test time.
    if (`${url.protocol}//${url.host}` !== site) return;
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      broken.push({ file, link, reason: `outside the base path ${base}` });
      return;
    }
    const relative = path.slice(base.length);
    const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    const full = join(dist, target);
    if (!existsSync(full) || statSync(full).isDirectory()) {
      broken.push({ file, link, reason: existsSync(full) ? 'a folder without its trailing slash' : 'no such file' });
      return;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
      broken.push({ file, link, reason: `no element with id "${anchor}"` });
  };

  for (const file of files) {
    if (file.endsWith('.html')) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const [, value] of [...html.matchAll(ATTRIBUTE), ...html.matchAll(SOCIAL_META)]) check(file, value!);
      for (const [, set] of html.matchAll(SRCSET)) for (const candidate of set!.split(',')) check(file, candidate.trim().split(/\s+/)[0]!);
    } else if (file.endsWith('.css')) {
      for (const [, value] of readFileSync(join(dist, file), 'utf8').matchAll(CSS_URL)) check(file, value!);
    } else if (/^sitemap-(?:index|\d+)\.xml$/.test(file) || /(?:^|\/)rss\.xml$/.test(file)) {
      const xml = readFileSync(join(dist, file), 'utf8');
      for (const [, value] of [...xml.matchAll(/<loc>([^<]+)<\/loc>/g), ...xml.matchAll(/<link>([^<]+)<\/link>/g)]) check(file, value!);
    }
  }
  return broken;
}
