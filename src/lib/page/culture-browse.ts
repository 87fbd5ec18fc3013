/**
 * Browsing the culture section by form (体裁) and by audience (适用对象): the values that have
 * published items, with their counts and their items, in the vocabulary's order.
 */
import { publishedOf, type EntryOf } from './site-data.ts';
import { CULTURE_AUDIENCES, CULTURE_FORMS, type CultureAudience, type CultureForm } from '../../schemas/vocabulary.ts';

export interface CultureGroups {
  forms: { form: CultureForm; items: EntryOf<'culture'>[] }[];
  audiences: { audience: CultureAudience; items: EntryOf<'culture'>[] }[];
}

export async function cultureGroups(): Promise<CultureGroups> {
  const items = await publishedOf('culture');
  return {
    forms: CULTURE_FORMS.map((form) => ({ form, items: items.filter((item) => item.data.form === form) })).filter(
      (group) => group.items.length > 0,
    ),
    audiences: CULTURE_AUDIENCES.map((audience) => ({
      audience,
      items: items.filter((item) => item.data.audience.includes(audience)),
    })).filter((group) => group.items.length > 0),
  };
}

/**
 * The home page's featured item: chosen from the build date, so every build of one day shows the
 * same item and the choice moves on day by day through the published items.
 */
export function featuredOf<T extends { id: string }>(items: readonly T[], today: string): T | undefined {
  if (items.length === 0) return undefined;
  const day = Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  const sorted = [...items].sort((a, b) => a.id.localeCompare(b.id));
  return sorted[((day % sorted.length) + sorted.length) % sorted.length];
}
