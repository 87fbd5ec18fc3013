/**
 * Card colours. Every text/background pair used by a template is listed in `TEXT_PAIRS` and
 * tested for WCAG 2.2 AA contrast (≥ 4.5:1; tests/cards/palette.test.ts).
 */
import type { CaseDecision } from './types.ts';

export const COLORS = {
  white: '#ffffff',
  ink: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#d9d9d9',
  /** Official red of notices. */
  red: '#b00000',
  /** Site card background. */
  deepRed: '#9e0b0b',
  /** Case study accent. */
  navy: '#1d3b5c',
  navyTint: '#eef2f7',
  /** Culture cards: rice paper, ink and cinnabar. */
  paper: '#f7f1e3',
  paperInk: '#2b2118',
  paperMuted: '#5b4636',
  cinnabar: '#a3261b',
} as const;

/** Badge colours per case decision (white text on the colour). */
export const DECISION_COLORS: Readonly<Record<CaseDecision, string>> = {
  不予问责: '#0f5a5a',
  免予问责: '#1b6b3a',
  从轻问责: '#1f4f8f',
  减轻问责: '#7a4b00',
  不予容错: '#a11616',
};
/** Badge colour for a decision outside the vocabulary. */
export const DECISION_FALLBACK_COLOR = '#444444';

/** Every (text, background) pair the templates draw. */
export const TEXT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  [COLORS.ink, COLORS.white],
  [COLORS.muted, COLORS.white],
  [COLORS.red, COLORS.white],
  [COLORS.white, COLORS.red],
  [COLORS.white, COLORS.deepRed],
  [COLORS.navy, COLORS.white],
  [COLORS.white, COLORS.navy],
  [COLORS.navy, COLORS.navyTint],
  [COLORS.ink, COLORS.navyTint],
  [COLORS.paperInk, COLORS.paper],
  [COLORS.paperMuted, COLORS.paper],
  [COLORS.cinnabar, COLORS.paper],
  [COLORS.white, COLORS.cinnabar],
  ...Object.values(DECISION_COLORS).map((color) => [COLORS.white, color] as const),
  [COLORS.white, DECISION_FALLBACK_COLOR],
];

function relativeLuminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
