/**
 * Share cards (ARCHITECTURE.md, "Outputs"): the public entry of this folder.
 * The Astro build integration calls `loadCardFonts` / `renderAllCards`; everything else here is
 * internal to the renderer.
 */
export type { CardFormat, CardInput, CardKind } from './types.ts';
export { CARD_SIZE } from './types.ts';
export { findMissingGlyphs, loadCardFonts, type FontRole, type LoadedFonts } from './fonts.ts';
export { findCardGlyphProblems, MissingGlyphError, type GlyphProblem } from './glyphs.ts';
export { renderCard, TEMPLATE_VERSION } from './render.ts';
export { renderAllCards, type CardRunOptions, type CardRunResult } from './pipeline.ts';
export { qrElement, qrModules } from './qr.ts';
export { cardInputForEntry, cardInputsForSite, verseLines } from './from-entry.ts';
