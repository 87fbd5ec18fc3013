/**
 * The validated content model: what every output is built from (ARCHITECTURE.md, "One
 * pipeline"). Only published entries are in it; a notice that was public and is no longer leaves
 * only its verification record.
 */
import type { CaseSeries, GlossaryTerm, Organ, YearlyStats } from '../schemas/data.ts';
import type { EntryKind } from '../schemas/vocabulary.ts';
import { isHistoricalPeriod } from '../names/index.ts';
import { internalNoteSpans } from './front-matter.ts';
import type { ValidEntry } from './validate.ts';
import type { VerificationState } from './publication.ts';

export type { ValidEntry } from './validate.ts';

/** A published entry of kind `K`: its validated data, its body, and where it came from. */
export type PublishedEntry<K extends EntryKind = EntryKind> = ValidEntry<K>;

/**
 * What `/v/<code>/` needs about a notice that was issued, whatever its channels: its code, issuer,
 * date, 文号 and state, so a delivered or posted paper copy can be checked. No title, alias,
 * allegation or text: a notice that is not on the website must not appear there through its record.
 */
export interface Verification {
  code: string;
  organ: string;
  date: string;
  docNumber?: string;
  state: VerificationState;
  /** The last day of its 公开期, where it has one. */
  publicUntil?: string;
  /** The notice's id while it is current and on the website: the record links to its page. */
  entry?: string;
}

export interface ContentModel {
  /**
   * Entries on the website, newest first (ties by id, so every build orders them alike): every
   * published case and culture item, and the published clarifications whose methods include 网站.
   * Pages, search, feeds, open data, cards and posters are made from this list only.
   */
  published: PublishedEntry[];
  /** Published clarifications whose methods include 公开栏, for their boards' packs, oldest first. */
  boardNotices: PublishedEntry<'clarifications'>[];
  verifications: Verification[];
  organs: Organ[];
  glossary: GlossaryTerm[];
  series: CaseSeries[];
  stats: YearlyStats[];
}

/**
 * A follow-up visit's internal note is never published, like a draft, so neither the gate nor any
 * output reads it: its value, and only its value as the YAML parser locates it
 * (`followUps[].internalNote`), is blanked out character for character, so every other finding
 * keeps its line and column.
 */
export function withoutInternalNotes(source: string): string {
  return blankSpans(source, internalNoteSpans(source));
}

/** `source` with the characters of `spans` (from `internalNoteSpans`) blanked, line breaks kept. */
export function blankSpans(source: string, spans: readonly (readonly [number, number])[]): string {
  let out = source;
  for (const [start, end] of spans) out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  return out;
}

/**
 * An entry as it may be published: a follow-up visit keeps its date and method, and loses its
 * internal note, which no store, page, card or file ever receives (not even the source text the
 * loader digests). `publicSource` is `withoutInternalNotes(entry.source)` where the caller has it.
 */
export function publicEntry<E extends ValidEntry>(entry: E, publicSource?: string): E {
  if (entry.kind !== 'clarifications') return entry;
  const data = entry.data as ValidEntry<'clarifications'>['data'];
  return { ...entry, source: publicSource ?? withoutInternalNotes(entry.source), data: { ...data, followUps: data.followUps.map(({ date, method }) => ({ date, method })) } } as E;
}

/** Newest first; ties broken by id so the order (and the output) is stable across builds. */
export function byDateDesc<T extends { id: string; data: { date: string } }>(a: T, b: T): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/** The published entries of one kind, in model order. */
export function publishedOfKind<K extends EntryKind>(model: ContentModel, kind: K): PublishedEntry<K>[] {
  return model.published.filter((entry): entry is PublishedEntry<K> => entry.kind === kind);
}

/** Names that may appear in an entry: its `publicNames`, and a culture item's historical author (names/vouched.ts). */
export function publicNamesOf(entry: ValidEntry): string[] {
  const names = [...entry.data.publicNames];
  if (entry.kind === 'culture' && entry.data.author && isHistoricalPeriod(entry.data.author.dynasty)) names.push(entry.data.author.name);
  return names;
}
