/**
 * What the card renderer needs from an entry. The Astro build integration maps each published
 * entry to one `CardInput` (plus one for the site itself) and hands the list to
 * `renderAllCards` (pipeline.ts). Plain JSON data: it is hashed for the cache and posted to
 * worker threads as is.
 */
import type { CASE_DECISIONS } from '../schemas/vocabulary.ts';

/** The entry collection a card belongs to; `site` is the home page's card. */
export type CardKind = 'clarifications' | 'cases' | 'culture' | 'site';

/** The two card formats: an Open Graph image (1200×630) and a printable poster (1080×1440, A4 ratio ≈ 3:4). */
export type CardFormat = 'og' | 'poster';

/** Pixel size of each format. */
export const CARD_SIZE: Readonly<Record<CardFormat, { readonly width: number; readonly height: number }>> = {
  og: { width: 1200, height: 630 },
  poster: { width: 1080, height: 1440 },
};

/** The case decisions a badge can show: the schema vocabulary. */
export type CaseDecision = (typeof CASE_DECISIONS)[number];

export interface CardInput {
  kind: CardKind;
  /** Entry file name without extension; `site` for the site card. Names the output folder. */
  id: string;
  /** Every card shows the site name and the issuing organ. */
  siteName: string;
  organName: string;
  title: string;
  summary: string;
  /** `YYYY-MM-DD`; printed as 2024年3月12日. */
  date: string;
  /** Absolute URL the poster's QR code opens (for notices: the verification URL). */
  url: string;

  // clarifications (澄清正名通知)
  /** 文号, e.g. 某纪澄〔2024〕3号. */
  docNumber?: string;
  /** Anonymized alias of the person or organization, e.g. 王某某. */
  subjectAlias?: string;
  /** Role of the subject, e.g. 村党支部书记. */
  subjectRole?: string;
  /** The allegations clarified as false (失实), one sentence each. */
  points?: string[];

  // cases (容错纠错指导性案例 and 典型案例)
  /** 案例编号. */
  serial?: string;
  /** 指导性案例 or 典型案例, by the effect of the case's series. */
  caseKind?: string;
  /** 要旨: the rule the case teaches. */
  gist?: string;
  /** 认定结果, shown as a coloured badge: 免予问责 / 从轻问责 / 减轻问责 / 不予容错. */
  decision?: string;

  // culture (廉洁文化)
  /** 体裁: 诗词, 家风家训, 廉洁故事, 海报 …; 诗词 gets the poem layout. */
  form?: string;
  /** Author of a poem, with dynasty (printed 〔明〕于谦). */
  author?: { name: string; dynasty: string };
  /** First lines of a poem, one string per line. */
  lines?: string[];

  /** Notices: the verification code, shown small on the poster. */
  verificationCode?: string;
}
