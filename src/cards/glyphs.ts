/**
 * The "every character has a glyph" rule (src/cards/README.md): satori draws a character its
 * font lacks as nothing at all, so the build fails instead, naming entry, field and character.
 */
import { collectTextRuns, findMissingInTree } from './elements.ts';
import { type FontRole, type LoadedFonts } from './fonts.ts';
import { buildCardTree } from './templates/index.ts';
import type { CardFormat, CardInput } from './types.ts';
import { CARD_ERRORS, FONT_ROLE_NAMES } from '../strings/cards.ts';

/** One character of one entry's field that its card font cannot draw. */
export interface GlyphProblem {
  /** `${kind}/${id}`, e.g. `clarifications/2024-003`. */
  entry: string;
  field: string;
  role: FontRole;
  char: string;
  /** `U+4EC9` form. */
  codePoint: string;
}

/** `U+XXXX` (at least four hex digits, upper case). */
export function formatCodePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Thrown before any card is rendered when some character has no glyph. Lists every problem. */
export class MissingGlyphError extends Error {
  override name = 'MissingGlyphError';
  readonly problems: readonly GlyphProblem[];

  constructor(problems: readonly GlyphProblem[]) {
    const lines = problems.map((problem) =>
      CARD_ERRORS.missingGlyph(problem.entry, problem.field, problem.char, problem.codePoint, FONT_ROLE_NAMES[problem.role]),
    );
    super(CARD_ERRORS.missingGlyphs(problems.length, lines.join('\n')));
    this.problems = problems;
  }
}

const FORMATS: readonly CardFormat[] = ['og', 'poster'];

/**
 * Glyph problems of one input: every text drawn on its og card and poster (after clamping —
 * exactly what the reader would see), template strings included. Each problem once.
 */
export function findCardGlyphProblems(input: CardInput, fonts: LoadedFonts): GlyphProblem[] {
  const entry = `${input.kind}/${input.id}`;
  const seen = new Set<string>();
  const problems: GlyphProblem[] = [];
  for (const format of FORMATS) {
    for (const { field, role, char } of findMissingInTree(buildCardTree(input, format), fonts)) {
      const key = `${field}\u0000${role}\u0000${char}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ entry, field, role, char, codePoint: formatCodePoint(char) });
    }
  }
  return problems;
}

/** Checks every input; throws `MissingGlyphError` listing all problems of all inputs. */
export function assertCardGlyphs(inputs: readonly CardInput[], fonts: LoadedFonts): void {
  const problems = inputs.flatMap((input) => findCardGlyphProblems(input, fonts));
  if (problems.length > 0) throw new MissingGlyphError(problems);
}

/**
 * Every text the og card and the poster of `input` draw, by field: exactly what satori receives
 * after the templates clamp, split and join, which the privacy check reads before anything is drawn.
 */
export function cardTexts(input: CardInput): { field: string; text: string }[] {
  return FORMATS.flatMap((format) => collectTextRuns(buildCardTree(input, format)).map(({ field, text }) => ({ field, text })));
}
