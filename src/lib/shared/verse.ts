/**
 * Which culture forms are verse (their lines are the text), decided once for pages and cards.
 */
import type { CULTURE_FORMS } from '../../schemas/vocabulary.ts';

type CultureForm = (typeof CULTURE_FORMS)[number];

const VERSE_FORMS: ReadonlySet<CultureForm> = new Set(['诗词', '三句半']);
/** Family mottos are a list of sayings: not verse, but each keeps its own line. */
const LINE_FORMS: ReadonlySet<CultureForm> = new Set([...VERSE_FORMS, '家风家训']);

/** A poem or a 三句半: set line by line on the page, its first lines printed on the card. */
export const isVerse = (form: string): boolean => VERSE_FORMS.has(form as CultureForm);

/** Whether the page keeps the body's line breaks. */
export const keepsLineBreaks = (form: string): boolean => LINE_FORMS.has(form as CultureForm);

/** A classical poem: centred and set in Kai on the page. */
export const isPoem = (form: string): boolean => form === ('诗词' satisfies CultureForm);
