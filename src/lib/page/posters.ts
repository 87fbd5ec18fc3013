/**
 * Which entries have a poster print page (/print/poster/<kind>/<id>/, A4, and …/a3/): every
 * published notice (its poster card, whose QR opens the verification page) and every culture
 * item with an image or marked printable.
 */
import { organsById, pageKey, publishedOf, verificationCodeOf, type EntryOf } from './site-data.ts';
import { entryKey } from './cache-key.ts';

export type PosterEntry = { kind: 'clarifications'; entry: EntryOf<'clarifications'> } | { kind: 'culture'; entry: EntryOf<'culture'> };

export async function posterEntries(): Promise<PosterEntry[]> {
  const [notices, culture] = await Promise.all([publishedOf('clarifications'), publishedOf('culture')]);
  return [
    ...notices.map((entry) => ({ kind: 'clarifications' as const, entry })),
    ...culture.filter((entry) => entry.data.image || entry.data.printable).map((entry) => ({ kind: 'culture' as const, entry })),
  ];
}

export const posterPaths = async () => {
  const organs = await organsById();
  return Promise.all(
    (await posterEntries()).map(async (poster) => ({
      params: { kind: poster.kind, id: poster.entry.id },
      props: { poster },
      // The entry, its issuer, and a notice's verification code (its poster's QR) (cache-key.ts).
      cacheKey: await pageKey({
        entry: entryKey(poster.entry),
        organ: organs.get(poster.entry.data.organ),
        code: poster.kind === 'clarifications' ? await verificationCodeOf(poster.entry.id) : null,
      }),
    })),
  );
};
