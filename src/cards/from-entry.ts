/**
 * Maps published entries to card inputs: what each card shows is chosen here, from the
 * validated entry data, so the renderer never sees a draft or an unvalidated field.
 */
import type { ContentModel, PublishedEntry } from '../content/model.ts';
import type { SiteConfig } from '../lib/node/config.ts';
import { absoluteUrl, entryPath, verifyPath } from '../lib/shared/paths.ts';
import { isVerse } from '../lib/shared/verse.ts';
import { CASE_KIND_BY_EFFECT } from '../schemas/vocabulary.ts';
import { CARDS } from '../strings/cards.ts';
import { DEMO, PAGES } from '../strings/pages.ts';
import type { CardInput } from './types.ts';

/** The site name every card prints; on the sample site it carries the demo mark. */
const cardSiteName = (config: SiteConfig) => (config.demo ? DEMO.cardSiteName(config.siteName) : config.siteName);

/** Verse lines of a Markdown body: one per source line, markup and hard-break marks removed. */
export function verseLines(body: string, max = 8): string[] {
  return body
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/\\$/, '')
        .replace(/^[#>*\-\s]+/, '')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter((line) => line.length > 0 && !line.startsWith('import ') && !line.startsWith('<'))
    .slice(0, max);
}

/** What a card needs from the rest of the model: the verification code of a notice, a case's series. */
export interface CardLookups {
  verificationCode: (noticeId: string) => string;
  seriesTitle: (seriesId: string) => string;
  /** 指导性案例 for a 参照 series, 典型案例 for a 参考 one. */
  caseKind: (seriesId: string) => string;
}

export function cardInputForEntry(entry: PublishedEntry, organName: string, config: SiteConfig, lookups: CardLookups): CardInput {
  const base: CardInput = {
    kind: entry.kind,
    id: entry.id,
    siteName: cardSiteName(config),
    organName,
    title: entry.data.title,
    summary: entry.data.summary,
    date: entry.data.date,
    url: absoluteUrl(config.site, config.base, entryPath(entry.kind, entry.id)),
  };
  switch (entry.kind) {
    case 'clarifications': {
      const { data } = entry;
      // A notice's poster leads to its verification page and prints the code beside the QR.
      const code = lookups.verificationCode(entry.id);
      return {
        ...base,
        url: absoluteUrl(config.site, config.base, verifyPath(code)),
        verificationCode: code,
        ...(data.docNumber ? { docNumber: data.docNumber } : {}),
        subjectAlias: data.subject.alias,
        subjectRole: data.subject.role,
        points: data.allegations.map((allegation) => allegation.summary),
      };
    }
    case 'cases':
      return {
        ...base,
        serial: PAGES.caseSerial(lookups.seriesTitle(entry.data.series), entry.data.number, entry.data.batch),
        caseKind: lookups.caseKind(entry.data.series),
        gist: entry.data.gist,
        decision: entry.data.decision,
      };
    case 'culture': {
      const { data } = entry;
      return {
        ...base,
        form: data.form,
        ...(data.author ? { author: data.author } : {}),
        ...(isVerse(data.form) ? { lines: verseLines(entry.body) } : {}),
      };
    }
  }
}

/** One input per published entry plus the site card, which home and list pages share. */
export function cardInputsForSite(model: ContentModel, config: SiteConfig, tagline: string): CardInput[] {
  const names = new Map(model.organs.map((organ) => [organ.id, organ.name]));
  const codes = new Map(model.verifications.flatMap((record) => (record.entry ? [[record.entry, record.code] as const] : [])));
  const codeOf = (noticeId: string) => {
    const code = codes.get(noticeId);
    if (!code) throw new Error(`no verification record for clarifications/${noticeId}`);
    return code;
  };
  const series = new Map(model.series.map((item) => [item.id, item]));
  const lookups: CardLookups = {
    verificationCode: codeOf,
    seriesTitle: (id) => series.get(id)?.title ?? id,
    caseKind: (id) => {
      const effect = series.get(id)?.effect;
      return effect ? CASE_KIND_BY_EFFECT[effect] : CARDS.caseSubLabel;
    },
  };
  const inputs = model.published.map((entry) => cardInputForEntry(entry, names.get(entry.data.organ) ?? entry.data.organ, config, lookups));
  inputs.push({
    kind: 'site',
    id: 'site',
    siteName: cardSiteName(config),
    organName: names.get(config.hostOrgan) ?? config.hostOrgan,
    title: config.siteName,
    summary: tagline,
    // The newest entry's date, not the clock: two builds of the same content stay identical.
    date:
      model.published
        .map((entry) => entry.data.date)
        .sort()
        .at(-1) ?? config.today,
    url: absoluteUrl(config.site, config.base, ''),
  });
  return inputs;
}
