/** Chooses the design for an input's kind. */
import type { CardElement } from '../elements.ts';
import type { CardFormat, CardInput } from '../types.ts';
import { caseCard } from './case.ts';
import { cultureCard } from './culture.ts';
import { noticeCard } from './notice.ts';
import { siteCard } from './site.ts';

/** The card's element tree, with font roles and field tags (see elements.ts). */
export function buildCardTree(input: CardInput, format: CardFormat): CardElement {
  switch (input.kind) {
    case 'clarifications':
      return noticeCard(input, format);
    case 'cases':
      return caseCard(input, format);
    case 'culture':
      return cultureCard(input, format);
    case 'site':
      return siteCard(input, format);
  }
}
