/** Pieces every card template uses: the page, the footer, the QR block. */
import { box, column, textBlock, type CardElement, type CardStyle } from '../elements.ts';
import { COLORS } from '../palette.ts';
import { qrElement } from '../qr.ts';
import { CARD_SIZE, type CardFormat } from '../types.ts';

/**
 * The card's root: exact pixel size, column layout. Not `overflow: hidden`: the canvas already
 * clips at the same edges, and satori would mask every element under it (resvg then draws each
 * one on a layer of the card's size, which doubled the rasterising time).
 */
export function page(format: CardFormat, style: CardStyle, children: Array<CardElement | null | false>): CardElement {
  const { width, height } = CARD_SIZE[format];
  return column({ width, height, boxSizing: 'border-box', backgroundColor: COLORS.white, color: COLORS.ink, ...style }, children);
}

/** Space that takes what is left in a column (and clips nothing: its children are clamped). */
export function spacer(): CardElement {
  return box({ flexGrow: 1, flexShrink: 1, minHeight: 0 });
}

/**
 * A solid rule drawn as a plain box: same pixels as a CSS border on whole-pixel edges, but satori
 * draws a border as a stroke twice as wide clipped to the box, and resvg draws each clipped element
 * on a layer of its own. The culture frame (a border around the whole card) cost ~14 ms of the
 * og card's ~20 ms of rasterising that way, and each card's footer rule ~0.5 ms.
 */
export function rule(color: string, size: { width?: number; height?: number }): CardElement {
  return box({ ...size, backgroundColor: color, flexShrink: 0 });
}

/**
 * A frame of `width` px around `children` (the card's whole area), drawn as four rules: see
 * `rule` for why not a CSS border.
 */
export function frame(color: string, width: number, children: Array<CardElement | null | false>): CardElement {
  return column({ flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
    rule(color, { height: width }),
    box({ flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
      rule(color, { width }),
      column({ flexGrow: 1, flexShrink: 1, minWidth: 0, minHeight: 0 }, children),
      rule(color, { width }),
    ]),
    rule(color, { height: width }),
  ]);
}

/**
 * Footer line under a 2 px rule: site name and organ on the left, date on the right.
 * `color`/`accent` let each design use its own ink.
 */
export function footer(options: {
  siteName: string;
  organName: string;
  date: string;
  fontSize: number;
  color: string;
  accent: string;
  padding: string;
  borderColor: string;
}): CardElement {
  const { siteName, organName, date, fontSize, color, accent, padding, borderColor } = options;
  return column({ flexShrink: 0, fontSize, color }, [
    rule(borderColor, { height: 2 }),
    box(
      {
        flexShrink: 0,
        alignItems: 'center',
        justifyContent: 'space-between',
        padding,
      },
      [
        box({ alignItems: 'center', flexShrink: 1, minWidth: 0, marginRight: 24 }, [
          textBlock('siteName', siteName, { fontWeight: 700, color: accent, maxWidth: 420 }, 1),
          textBlock('template', '·', { margin: '0 12px' }),
          textBlock('organName', organName, { flexShrink: 1 }, 1),
        ]),
        textBlock('date', date, { whiteSpace: 'nowrap' }),
      ],
    ),
  ]);
}

/** QR code with a caption underneath (and optional smaller lines, e.g. the verification code). */
export function qrBlock(
  url: string,
  caption: string,
  extra: Array<{ field: string; text: string }>,
  options: { target: number; fontSize: number; color: string; fontFamily?: string },
): CardElement {
  const { element } = qrElement(url, options.target);
  return column({ alignItems: 'center', flexShrink: 0, ...(options.fontFamily ? { fontFamily: options.fontFamily } : {}) }, [
    box({ backgroundColor: COLORS.white, flexShrink: 0 }, [element]),
    textBlock('template', caption, { fontSize: options.fontSize, fontWeight: 700, color: options.color, marginTop: 8 }),
    ...extra.map((line) =>
      textBlock(
        line.field,
        line.text,
        { fontSize: Math.round(options.fontSize * 0.8), color: options.color, marginTop: 4, maxWidth: 320, textAlign: 'center' },
        1,
      ),
    ),
  ]);
}
