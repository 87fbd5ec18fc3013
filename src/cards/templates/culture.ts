/**
 * 廉洁文化 card in LXGW WenKai (楷体) on rice paper with a cinnabar seal: a poem (诗词) shows
 * title, 〔朝代〕作者 and its first lines; other forms (家风家训, 廉洁故事, 海报 …) show the
 * title and summary in the same design.
 */
import { box, column, textBlock, type CardElement } from '../elements.ts';
import { COLORS } from '../palette.ts';
import { CARDS } from '../../strings/cards.ts';
import { clampText } from '../text.ts';
import { formatAuthor, formatDateZh } from '../../lib/shared/format.ts';
import type { CardFormat, CardInput } from '../types.ts';
import { footer, frame, page, qrBlock, spacer } from './shared.ts';

function isPoem(input: CardInput): boolean {
  return (input.lines?.length ?? 0) > 0;
}

function seal(size: number): CardElement {
  return box(
    {
      width: size,
      height: size,
      backgroundColor: COLORS.cinnabar,
      borderRadius: 6,
      alignItems: 'center',
      justifyContent: 'center',
      flexShrink: 0,
    },
    [textBlock('template', CARDS.cultureSeal, { color: COLORS.white, fontSize: Math.round(size * 0.36), letterSpacing: 2 })],
  );
}

function labelRow(input: CardInput, fontSize: number, sealSize: number): CardElement {
  const label = input.form ? `${CARDS.cultureLabel} · ${input.form}` : CARDS.cultureLabel;
  return box({ alignItems: 'center', justifyContent: 'space-between', flexShrink: 0 }, [
    textBlock(input.form ? 'form' : 'template', label, { fontSize, color: COLORS.cinnabar, letterSpacing: 2 }, 1),
    seal(sealSize),
  ]);
}

function poemBody(
  input: CardInput,
  options: { titleSize: number; titleLines: number; authorSize: number; lineSize: number; maxLines: number; charsPerLine: number },
): CardElement[] {
  const lines = (input.lines ?? []).slice(0, options.maxLines);
  return [
    textBlock(
      'title',
      clampText(input.title, options.titleLines * options.charsPerLine * (options.lineSize / options.titleSize)),
      { fontSize: options.titleSize, lineHeight: 1.35, textAlign: 'center' },
      options.titleLines,
    ),
    input.author
      ? textBlock(
          'author',
          formatAuthor(input.author),
          { fontSize: options.authorSize, color: COLORS.paperMuted, textAlign: 'center', marginTop: 10 },
          1,
        )
      : null,
    column(
      { marginTop: Math.round(options.lineSize * 0.7), alignItems: 'stretch', flexShrink: 0 },
      lines.map((line, index) =>
        textBlock(
          `lines[${index}]`,
          clampText(line, options.charsPerLine),
          { fontSize: options.lineSize, lineHeight: 1.7, textAlign: 'center', letterSpacing: 2 },
          1,
        ),
      ),
    ),
  ].filter((element): element is CardElement => element !== null);
}

function proseBody(
  input: CardInput,
  options: { titleSize: number; titleLines: number; textSize: number; textLines: number; charsPerLine: number },
): CardElement[] {
  return [
    textBlock(
      'title',
      clampText(input.title, options.titleLines * options.charsPerLine * (options.textSize / options.titleSize)),
      { fontSize: options.titleSize, lineHeight: 1.35, textAlign: 'center' },
      options.titleLines,
    ),
    textBlock(
      'summary',
      clampText(input.summary, options.textLines * options.charsPerLine),
      { fontSize: options.textSize, lineHeight: 1.7, marginTop: Math.round(options.textSize * 0.9) },
      options.textLines,
    ),
  ];
}

export function cultureCard(input: CardInput, format: CardFormat): CardElement {
  return format === 'og' ? cultureOg(input) : culturePoster(input);
}

function cultureOg(input: CardInput): CardElement {
  const body = isPoem(input)
    ? poemBody(input, { titleSize: 50, titleLines: 1, authorSize: 28, lineSize: 36, maxLines: 4, charsPerLine: 26 })
    : proseBody(input, { titleSize: 50, titleLines: 2, textSize: 30, textLines: 3, charsPerLine: 34 });
  return page('og', { fontFamily: 'kai', backgroundColor: COLORS.paper, color: COLORS.paperInk, padding: 20 }, [
    frame(COLORS.cinnabar, 2, [
      column({ padding: '24px 40px 0', flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
        labelRow(input, 26, 64),
        column({ flexShrink: 0, marginTop: 4 }, body),
        spacer(),
      ]),
      footer({
        siteName: input.siteName,
        organName: input.organName,
        date: formatDateZh(input.date),
        fontSize: 22,
        color: COLORS.paperInk,
        accent: COLORS.cinnabar,
        padding: '12px 40px 14px',
        borderColor: COLORS.cinnabar,
      }),
    ]),
  ]);
}

function culturePoster(input: CardInput): CardElement {
  const body = isPoem(input)
    ? poemBody(input, { titleSize: 76, titleLines: 2, authorSize: 38, lineSize: 50, maxLines: 7, charsPerLine: 16 })
    : proseBody(input, { titleSize: 72, titleLines: 3, textSize: 40, textLines: 8, charsPerLine: 21 });
  return page('poster', { fontFamily: 'kai', backgroundColor: COLORS.paper, color: COLORS.paperInk, padding: 36 }, [
    frame(COLORS.cinnabar, 3, [
      column({ padding: '40px 64px 0', flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
        labelRow(input, 32, 96),
        column({ flexShrink: 0, marginTop: 24 }, body),
        spacer(),
        box({ alignItems: 'flex-end', justifyContent: 'space-between', flexShrink: 0, paddingBottom: 32 }, [
          column({ flexShrink: 1, minWidth: 0, marginRight: 40 }, [
            textBlock('siteName', input.siteName, { fontSize: 36, color: COLORS.cinnabar, lineHeight: 1.4 }, 1),
            textBlock('organName', input.organName, { fontSize: 30, lineHeight: 1.4, marginTop: 8 }, 2),
            textBlock('date', formatDateZh(input.date), { fontSize: 28, marginTop: 8, color: COLORS.paperMuted }),
          ]),
          qrBlock(input.url, CARDS.scanToRead, [], { target: 220, fontSize: 26, color: COLORS.paperInk }),
        ]),
      ]),
    ]),
  ]);
}
