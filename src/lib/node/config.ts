/**
 * Site configuration: `mingjing.config.json` at the project root, with environment overrides so
 * tests and deployments can build the same code against other content, URLs and clocks.
 *
 * - MINGJING_CONTENT_DIR  content folder (default: the file's `contentDir`, else `content/`; the
 *                         sample site's is `demo/content/`)
 * - MINGJING_DEMO         1 or 0: the sample site's marks on or off, whatever the file says
 * - MINGJING_SITE         absolute site URL used in og:image, QR codes, feeds and sitemap
 * - MINGJING_BASE         base path when the site is served from a sub-folder, e.g. `/mingjing/`
 * - MINGJING_NOW          build clock as YYYY-MM-DD, for `publicUntil` (reproducible builds, tests)
 * - MINGJING_FOOTER      the footer's lines as JSON (see FooterConfig), in place of the file's `footer`
 * - MINGJING_SITE_NAME    the site's name, in place of the file's `siteName` (tests of a renamed site)
 * - MINGJING_CACHE_DIR    build cache (Astro's content store and rendered cards), default
 *                         `node_modules/.astro`; separate builds that run at once need their own
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCalendarDate } from '../../schemas/fields.ts';
import { BUILD } from '../../strings/build.ts';

export interface SiteConfig {
  siteName: string;
  tagline: string;
  /** Organ id of the organ that runs the site; shown in the header and on site cards. */
  hostOrgan: string;
  /** Absolute origin (and path) the site is deployed at, without trailing slash. */
  site: string;
  /** Base path, always with leading and trailing slash. */
  base: string;
  /** Entries per list page. */
  pageSize: number;
  /** How many days a board pack asks for a notice to stay pinned up (张贴期限). */
  boardPostingDays: number;
  /**
   * The default 公开期 of a notice without `publicUntil`, in days from its date; undefined: a
   * notice without `publicUntil` stays public until it is withdrawn.
   */
  defaultPublicDays?: number | undefined;
  /**
   * Electronic seals (电子印章) by organ id: image files (PNG or SVG) relative to the project. A
   * board pack prints an organ's seal on its notices; without one the organ seals the paper. The
   * images go only to the packs beside the site (dist-print/), never onto the web.
   */
  seals: Record<string, string>;
  /** The sample site: a banner on every page, 样例·请勿张贴 on every print page, a mark on every card. */
  demo: boolean;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path of the build cache folder. */
  cacheDir: string;
  /** Build-time clock, YYYY-MM-DD. */
  today: string;
  projectRoot: string;
  /** A province portal's member sites, searched together from /portal/ (empty: no portal). */
  portal: PortalMember[];
  /** The lines a government site's footer carries; each shown only when set. */
  footer: FooterConfig;
}

/**
 * What 《政府网站发展指引》 asks a government site's footer to show: its 网站标识码, ICP备案 and
 * 公安备案 numbers, and who to contact about the site. Unset fields are not shown.
 */
export interface FooterConfig {
  /** 网站标识码: ten letters or digits, e.g. 3302000001 (a 部门 site's begins with bm). */
  siteCode?: string | undefined;
  /** ICP备案号, e.g. 浙ICP备12345678号 or 浙ICP备12345678号-1; links to the MIIT record search. */
  icp?: string | undefined;
  /** 公安机关备案号, e.g. 浙公网安备 33020302000001号; links to its record. */
  publicSecurity?: string | undefined;
  /** Contact lines as written, e.g. 主办：…; 地址：…; 网站联系电话：…. */
  contact: string[];
}

/** The formats of the footer's numbers, as issued (the check catches a number pasted into the wrong key). */
export const FOOTER_FORMATS = {
  siteCode: /^[0-9a-z]{10}$/i,
  icp: /^\p{Script=Han}ICP备\d{6,10}号(?:-\d{1,3})?$/u,
  publicSecurity: /^\p{Script=Han}公网安备\s?\d{14}号$/u,
} as const;

function footerConfig(raw: unknown, file: string): FooterConfig {
  if (raw === undefined) return { contact: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(BUILD.config.badFooter('footer', JSON.stringify(raw), file));
  const known = new Set(['siteCode', 'icp', 'publicSecurity', 'contact']);
  for (const key of Object.keys(raw)) if (!known.has(key)) throw new Error(BUILD.config.unknownFooterKey(key, file));
  const fields = raw as Record<string, unknown>;
  const footer: FooterConfig = { contact: [] };
  for (const key of ['siteCode', 'icp', 'publicSecurity'] as const) {
    const value = fields[key];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || !FOOTER_FORMATS[key].test(value.trim()))
      throw new Error(BUILD.config.badFooter(`footer.${key}`, String(value), file));
    footer[key] = value.trim();
  }
  const contact = fields['contact'] ?? [];
  if (!Array.isArray(contact) || contact.some((line) => typeof line !== 'string' || line.trim() === ''))
    throw new Error(BUILD.config.badFooter('footer.contact', JSON.stringify(contact), file));
  footer.contact = (contact as string[]).map((line) => line.trim());
  return footer;
}

/** A member site of a portal: its name, where it is served, and (for local testing) its built dist/. */
export interface PortalMember {
  id: string;
  name: string;
  /** The member site's address with its base path, ending in "/". */
  url: string;
  dist?: string | undefined;
}

function portalMembers(raw: unknown, file: string): PortalMember[] {
  if (raw === undefined) return [];
  const members = (raw as { members?: unknown }).members;
  if (!Array.isArray(members)) throw new Error(BUILD.config.badPortal('members', String(members), file));
  return members.map((member: Partial<PortalMember>, index) => {
    const where = `portal.members[${index}]`;
    if (typeof member.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(member.id))
      throw new Error(BUILD.config.badPortal(`${where}.id`, String(member.id), file));
    if (typeof member.name !== 'string' || member.name.trim() === '')
      throw new Error(BUILD.config.badPortal(`${where}.name`, String(member.name), file));
    if (typeof member.url !== 'string' || !/^https?:\/\/[^/]+(?:\/[^?#]*)?$/.test(member.url))
      throw new Error(BUILD.config.badPortal(`${where}.url`, String(member.url), file));
    return { id: member.id, name: member.name, url: member.url.endsWith('/') ? member.url : `${member.url}/`, dist: member.dist };
  });
}

function sealImages(raw: unknown, projectRoot: string, file: string): Record<string, string> {
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(BUILD.config.badSeal('seals', String(raw), file));
  const seals: Record<string, string> = {};
  for (const [organ, path] of Object.entries(raw)) {
    const absolute = typeof path === 'string' ? resolve(projectRoot, path) : '';
    if (!/^[a-z0-9][a-z0-9-]*$/.test(organ) || !/\.(?:png|svg)$/i.test(absolute) || !existsSync(absolute))
      throw new Error(BUILD.config.badSeal(`seals.${organ}`, String(path), file));
    seals[organ] = absolute;
  }
  return seals;
}

function positiveWhole(value: unknown, key: string, file: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new Error(BUILD.config.badNumber(key, String(value), file));
  return value;
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The configuration file, relative to the project root. */
export const CONFIG_FILE = 'mingjing.config.json';

export function loadSiteConfig(env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): SiteConfig {
  const file = resolve(projectRoot, CONFIG_FILE);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<SiteConfig>;
  const today = env['MINGJING_NOW'] ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(today)) {
    throw new Error(BUILD.config.badNow(today));
  }
  const site = (env['MINGJING_SITE'] ?? raw.site ?? 'http://localhost:4321').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(site)) {
    throw new Error(BUILD.config.badSite(site, file));
  }
  return {
    siteName: env['MINGJING_SITE_NAME'] ?? raw.siteName ?? BUILD.config.defaultSiteName,
    tagline: raw.tagline ?? '',
    hostOrgan: env['MINGJING_HOST_ORGAN'] ?? raw.hostOrgan ?? '',
    site,
    base: normaliseBase(env['MINGJING_BASE'] ?? raw.base ?? '/'),
    pageSize: raw.pageSize ?? 10,
    boardPostingDays: positiveWhole(raw.boardPostingDays ?? 7, 'boardPostingDays', file),
    ...(raw.defaultPublicDays === undefined ? {} : { defaultPublicDays: positiveWhole(raw.defaultPublicDays, 'defaultPublicDays', file) }),
    seals: sealImages((raw as { seals?: unknown }).seals, projectRoot, file),
    demo: env['MINGJING_DEMO'] === undefined ? raw.demo === true : env['MINGJING_DEMO'] === '1',
    contentDir: resolve(projectRoot, env['MINGJING_CONTENT_DIR'] ?? (raw as { contentDir?: string }).contentDir ?? 'content'),
    cacheDir: resolve(projectRoot, env['MINGJING_CACHE_DIR'] ?? 'node_modules/.astro'),
    today,
    projectRoot,
    portal: portalMembers(env['MINGJING_PORTAL'] ? JSON.parse(env['MINGJING_PORTAL']) : (raw as { portal?: unknown }).portal, file),
    footer: footerConfig(env['MINGJING_FOOTER'] ? JSON.parse(env['MINGJING_FOOTER']) : (raw as { footer?: unknown }).footer, file),
  };
}

/**
 * Whether `host` is a name reserved for examples and tests (RFC 2606, RFC 6761): example.com,
 * .org, .net and their subdomains, and the .example, .test, .invalid and .localhost domains. A QR
 * code printed for such a host leads nowhere, so a build that prints them says so.
 */
export function isReservedExampleHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return /(?:^|\.)example\.(?:com|org|net)$/.test(name) || /(?:^|\.)(?:example|test|invalid|localhost)$/.test(name) || name === 'localhost';
}
