/** The published subset of validated content, in the order lists and feeds show it. */
import { isPublic } from './publication.ts';
import type { ValidatedContent, ValidEntry } from '../validation/validate.ts';

/** Newest first; ties broken by id so the order (and the output) is stable across builds. */
export function byDateDesc<T extends { id: string; data: { date: string } }>(a: T, b: T): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

export function publishedEntries(content: ValidatedContent, today: string): ValidEntry[] {
  return content.entries.filter((entry) => isPublic(entry.data, today)).sort(byDateDesc);
}
