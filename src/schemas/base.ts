/**
 * The fields every entry shares, whatever its kind (ARCHITECTURE.md, "Content model").
 * `status` defaults to `draft`: nothing becomes public unless its file says so.
 */
import { z } from 'astro/zod';
import { FIELDS } from '../strings/content.ts';
import { STATUSES } from './vocabulary.ts';
import { idRef, isoDay, oneOf, shortText, stringList, text } from './fields.ts';

export const SUMMARY_MAX = 120;

export const baseEntrySchema = z.object({
  /** Title as printed on the page, the card and in search results. */
  title: text(FIELDS.title),
  /** Date of issue; sorts lists and feeds. */
  date: isoDay(FIELDS.date),
  /** Issuing organ: an `id` of the organs data file. */
  organ: idRef(FIELDS.organ),
  /** One or two sentences for lists, meta description and cards. */
  summary: shortText(FIELDS.summary, SUMMARY_MAX),
  tags: stringList(FIELDS.tags).default([]),
  /** Publication state. Only `published` reaches any output. */
  status: oneOf(STATUSES, FIELDS.status).default('draft'),
  /** Names that may legitimately appear (an official acting in office, a historical poet). */
  publicNames: stringList(FIELDS.publicNames).default([]),
  /**
   * Words the privacy gate reads as names but that are not (高明, a place): the editor's reviewed
   * decision, kept with the content. Never a way to publish a real name: use publicNames for an
   * official acting in office, and an alias for everyone else.
   */
  notNames: stringList(FIELDS.notNames).default([]),
  /** Last day of public display; afterwards the entry is treated as withdrawn. */
  publicUntil: isoDay(FIELDS.publicUntil).optional(),
});
