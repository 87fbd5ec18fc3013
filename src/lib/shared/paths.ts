/**
 * Every internal URL goes through these helpers so a site deployed under a `base` path keeps
 * working links, and absolute URLs (og:image, QR codes, feeds) all derive from one `site`.
 */
import {
  CULTURE_AUDIENCE_SLUGS,
  CULTURE_FORM_SLUGS,
  type CultureAudience,
  type CultureForm,
  type EntryKind,
} from '../../schemas/vocabulary.ts';

export function withBase(base: string, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return `${base}${clean}`;
}

export function absoluteUrl(site: string, base: string, path: string): string {
  return `${site}${withBase(base, path)}`;
}

export const entryPath = (kind: EntryKind, id: string) => `${kind}/${id}/`;
export const cardPath = (kind: EntryKind | 'site', id: string, format: 'og' | 'poster') =>
  kind === 'site' ? `cards/site/${format}.png` : `cards/${kind}/${id}/${format}.png`;
export const listPath = (kind: EntryKind, page = 1) => (page <= 1 ? `${kind}/` : `${kind}/page/${page}/`);
export const organPath = (id: string) => `organs/${id}/`;
export const glossaryPath = (id?: string) => (id ? `glossary/${id}/` : 'glossary/');
export const verifyPath = (code?: string) => (code ? `v/${code.toLowerCase()}/` : 'v/');
/** An organ's electronic seal beside its packs (never on the site): `print/seals/<organ>.<png|svg>`. */
export const sealPath = (organ: string, file: string): string => `print/seals/${organ}${/\.svg$/i.test(file) ? '.svg' : '.png'}`;
/** A public board's pack for one month: `print/board/<place id>/<YYYY-MM>/`. */
export const boardPackPath = (place: string, month: string) => `print/board/${place}/${month}/`;
/** The large-type board version (公开栏大字版) of one notice. */
export const boardNoticePath = (id: string) => `print/notice/${id}/`;
/** A poster print page, A4 or A3. */
export const posterPrintPath = (kind: EntryKind, id: string, size: 'a4' | 'a3' = 'a4') =>
  `print/poster/${kind}/${id}/${size === 'a3' ? 'a3/' : ''}`;
/** A keyword's place on the keyword index (/cases/keywords/). */
export const keywordAnchor = (keyword: string) => `kw-${keyword}`;
/** Culture items of one form, and for one audience. */
export const cultureFormPath = (form: CultureForm) => `culture/form/${CULTURE_FORM_SLUGS[form]}/`;
export const cultureAudiencePath = (audience: CultureAudience) => `culture/audience/${CULTURE_AUDIENCE_SLUGS[audience]}/`;
