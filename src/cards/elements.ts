/**
 * A tiny element-tree vocabulary for satori, without JSX: `{ type, props: { style, children } }`.
 *
 * Templates name a typeface by role (`fontFamily: 'sans' | 'serif' | 'kai'`) and tag each text
 * with the input field it comes from (`data-field`). `resolveCardTree` walks the tree once to
 * collect every text with its role and field (for the glyph check) and to replace the roles
 * with real satori family names (for WenKai: the slices the card's Kai text needs).
 */
import { NOTO_FAMILY, findMissingGlyphs, kaiFamiliesFor, type FontRole, type LoadedFonts } from './fonts.ts';

export type CardStyle = Record<string, string | number>;
export type CardChild = CardElement | string;

export interface CardElement {
  type: string;
  props: {
    style?: CardStyle;
    children?: CardChild | CardChild[];
    'data-field'?: string;
    [attribute: string]: unknown;
  };
}

/** A flex container (satori lays out every `div` with children as flex). */
export function box(style: CardStyle, children: Array<CardChild | null | undefined | false> = []): CardElement {
  const kept = children.filter((child): child is CardChild => child !== null && child !== undefined && child !== false);
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: kept } };
}

/** A column container. */
export function column(style: CardStyle, children: Array<CardChild | null | undefined | false> = []): CardElement {
  return box({ flexDirection: 'column', ...style }, children);
}

/**
 * One block of text from input field `field`, clamped to `lines` lines with "…" by satori.
 * Blocks never shrink in a flex column, so a clamp is never squeezed into a clip. The clamp is
 * satori's `lineClamp` on a block, which lays out only those lines; no `overflow: hidden`, which
 * would only add a clip and a mask per block for resvg to draw (tests/cards/layout.test.ts keeps
 * every text inside the card).
 */
export function textBlock(field: string, text: string, style: CardStyle, lines = 0): CardElement {
  const clamp: CardStyle = lines > 0 ? { lineClamp: lines } : {};
  return {
    type: 'div',
    props: {
      'data-field': field,
      style: { display: 'block', flexShrink: 0, wordBreak: 'normal', overflowWrap: 'break-word', ...clamp, ...style },
      children: text,
    },
  };
}

/** One piece of text as it will appear on the card. */
export interface CardTextRun {
  field: string;
  role: FontRole;
  text: string;
}

function isRole(value: unknown): value is FontRole {
  return value === 'sans' || value === 'serif' || value === 'kai';
}

function childrenOf(element: CardElement): CardChild[] {
  const { children } = element.props;
  if (children === undefined) return [];
  return Array.isArray(children) ? children : [children];
}

/** Every text of the tree with the font role and field it inherits. */
export function collectTextRuns(root: CardElement): CardTextRun[] {
  const runs: CardTextRun[] = [];
  const visit = (element: CardElement, role: FontRole, field: string): void => {
    const ownRole = element.props.style?.['fontFamily'];
    const currentRole = isRole(ownRole) ? ownRole : role;
    const currentField = element.props['data-field'] ?? field;
    for (const child of childrenOf(element)) {
      if (typeof child === 'string') runs.push({ field: currentField, role: currentRole, text: child });
      else visit(child, currentRole, currentField);
    }
  };
  visit(root, 'sans', 'template');
  return runs;
}

/** A character a card cannot draw, with where it comes from. */
export interface MissingGlyph {
  field: string;
  role: FontRole;
  char: string;
}

/** Characters of the tree's texts that their typeface has no glyph for. */
export function findMissingInTree(root: CardElement, fonts: LoadedFonts): MissingGlyph[] {
  const found: MissingGlyph[] = [];
  const seen = new Set<string>();
  for (const run of collectTextRuns(root)) {
    for (const char of findMissingGlyphs(run.text, fonts, run.role)) {
      const key = `${run.field}\u0000${run.role}\u0000${char}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ field: run.field, role: run.role, char });
    }
  }
  return found;
}

/**
 * Returns a copy of the tree ready for satori: roles become real family names and the
 * `data-field` tags are dropped. Also returns the WenKai slice families the card needs.
 */
export function resolveCardTree(root: CardElement, fonts: LoadedFonts): { element: CardElement; kaiFamilies: string[] } {
  const kaiText = collectTextRuns(root)
    .filter((run) => run.role === 'kai')
    .map((run) => run.text)
    .join('');
  const kaiFamilies = kaiFamiliesFor(kaiText, fonts);
  const families: Record<FontRole, string> = {
    sans: NOTO_FAMILY.sans,
    serif: NOTO_FAMILY.serif,
    // Satori picks, per character, the first listed family that has a glyph.
    kai: kaiFamilies.join(', ') || NOTO_FAMILY.serif,
  };
  const resolve = (element: CardElement): CardElement => {
    const { 'data-field': _field, style, children, ...rest } = element.props;
    const props: CardElement['props'] = { ...rest };
    if (style) {
      const fontFamily = style['fontFamily'];
      props.style = isRole(fontFamily) ? { ...style, fontFamily: families[fontFamily] } : style;
    }
    if (children !== undefined) {
      props.children = Array.isArray(children)
        ? children.map((child) => (typeof child === 'string' ? child : resolve(child)))
        : typeof children === 'string'
          ? children
          : resolve(children);
    }
    return { type: element.type, props };
  };
  return { element: resolve(root), kaiFamilies };
}
