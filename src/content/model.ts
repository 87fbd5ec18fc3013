/**
 * The validated content model: what every output is built from (ARCHITECTURE.md, "One
 * pipeline"). Only published entries are in it; a notice that was public and is no longer leaves
 * only its verification record.
 */
import type { GlossaryTerm, Organ, YearlyStats } from '../schemas/data.ts';
import type { EntryKind } from '../schemas/vocabulary.ts';
import type { ValidEntry } from './validate.ts';

export type { ValidEntry } from './validate.ts';

/** A published entry of kind `K`: its validated data, its body, and where it came from. */
export type PublishedEntry<K extends EntryKind = EntryKind> = ValidEntry<K>;

/**
 * What `/v/<code>/` needs about a notice that is or was public. A withdrawn or expired notice keeps
 * only its code, its issuer and that it was withdrawn: no title, alias or text.
 */
export interface Verification {
  code: string;
  organ: string;
  status: 'published' | 'withdrawn';
  /** The notice's id while it is published. */
  entry?: string;
}

export interface ContentModel {
  /** Published entries of every kind, newest first (ties by id, so every build orders them alike). */
  published: PublishedEntry[];
  verifications: Verification[];
  organs: Organ[];
  glossary: GlossaryTerm[];
  stats: YearlyStats[];
}

/** Newest first; ties broken by id so the order (and the output) is stable across builds. */
export function byDateDesc<T extends { id: string; data: { date: string } }>(a: T, b: T): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/** The published entries of one kind, in model order. */
export function publishedOfKind<K extends EntryKind>(model: ContentModel, kind: K): PublishedEntry<K>[] {
  return model.published.filter((entry): entry is PublishedEntry<K> => entry.kind === kind);
}

/** Names that may appear in an entry: its `publicNames`, and a culture item's historical author. */
export function publicNamesOf(entry: ValidEntry): string[] {
  const names = [...entry.data.publicNames];
  if (entry.kind === 'culture' && entry.data.author) names.push(entry.data.author.name);
  return names;
}
