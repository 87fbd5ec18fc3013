/** The site's own card (home page): site name, organ and a tagline from the summary. */
import { box, column, textBlock, type CardElement } from '../elements.ts';
import { COLORS } from '../palette.ts';
import { CARDS } from '../../strings/cards.ts';
import { clampText } from '../text.ts';
import type { CardFormat, CardInput } from '../types.ts';
import { page, qrBlock, spacer } from './shared.ts';

/** A plain circle outline, the "mirror" (明镜) motif. */
function mirror(size: number): CardElement {
  return box({
    width: size,
    height: size,
    borderRadius: size / 2,
    border: `${Math.round(size / 30)}px solid rgba(255,255,255,0.35)`,
    flexShrink: 0,
  });
}

export function siteCard(input: CardInput, format: CardFormat): CardElement {
  const og = format === 'og';
  const white = { color: COLORS.white };
  return page(
    format,
    { fontFamily: 'sans', backgroundColor: COLORS.deepRed, ...white, padding: og ? '64px 72px 48px' : '120px 88px 72px' },
    [
      box({ justifyContent: 'space-between', alignItems: 'flex-start', flexShrink: 0 }, [
        column({ flexShrink: 1, minWidth: 0 }, [
          textBlock(
            'siteName',
            input.siteName,
            { fontFamily: 'serif', fontWeight: 700, fontSize: og ? 96 : 128, lineHeight: 1.2, letterSpacing: 6 },
            og ? 1 : 2,
          ),
          box({ width: og ? 96 : 140, height: 6, backgroundColor: COLORS.white, marginTop: og ? 20 : 32, flexShrink: 0 }),
        ]),
        mirror(og ? 150 : 220),
      ]),
      textBlock(
        'summary',
        clampText(input.summary, og ? 2 * 30 : 4 * 22),
        { fontSize: og ? 34 : 42, lineHeight: 1.6, marginTop: og ? 28 : 56 },
        og ? 2 : 4,
      ),
      spacer(),
      og
        ? null
        : box({ justifyContent: 'center', flexShrink: 0, marginBottom: 56 }, [
            box({ backgroundColor: COLORS.white, padding: 20, borderRadius: 8, flexShrink: 0 }, [
              qrBlock(input.url, CARDS.scanToRead, [], { target: 260, fontSize: 28, color: COLORS.ink }),
            ]),
          ]),
      textBlock('organName', input.organName, { fontSize: og ? 30 : 40, fontWeight: 700 }, 1),
      textBlock('template', CARDS.siteLabel, { fontSize: og ? 24 : 30, marginTop: 12, letterSpacing: 2 }, 1),
    ],
  );
}
