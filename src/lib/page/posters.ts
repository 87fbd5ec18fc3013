/**
 * Which entries have a poster print page (/print/poster/<kind>/<id>/, A4, and …/a3/): every
 * published notice (its poster card, whose QR opens the verification page) and every culture
 * item with an image or marked printable.
 */
import { publishedOf, type EntryOf } from './site-data.ts';

export type PosterEntry = { kind: 'clarifications'; entry: EntryOf<'clarifications'> } | { kind: 'culture'; entry: EntryOf<'culture'> };

export async function posterEntries(): Promise<PosterEntry[]> {
  const [notices, culture] = await Promise.all([publishedOf('clarifications'), publishedOf('culture')]);
  return [
    ...notices.map((entry) => ({ kind: 'clarifications' as const, entry })),
    ...culture.filter((entry) => entry.data.image || entry.data.printable).map((entry) => ({ kind: 'culture' as const, entry })),
  ];
}

export const posterPaths = async () =>
  (await posterEntries()).map((poster) => ({ params: { kind: poster.kind, id: poster.entry.id }, props: { poster } }));
