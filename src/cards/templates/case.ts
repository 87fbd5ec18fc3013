/**
 * 容错纠错 guiding-case card: a study card in Noto Sans SC — case number, title, the decision as
 * a coloured badge (one colour per decision), and the gist (要旨).
 */
import { box, column, textBlock, type CardElement } from '../elements.ts';
import { COLORS, DECISION_COLORS, DECISION_FALLBACK_COLOR } from '../palette.ts';
import { CARDS } from '../../strings/cards.ts';
import { clampText } from '../text.ts';
import { formatDateZh } from '../../lib/shared/format.ts';
import type { CardFormat, CardInput } from '../types.ts';
import { footer, page, qrBlock, rule, spacer } from './shared.ts';

function decisionBadge(decision: string, fontSize: number): CardElement {
  return box({ alignItems: 'center', flexShrink: 0 }, [
    textBlock('template', CARDS.caseDecision, { fontSize: Math.round(fontSize * 0.8), color: COLORS.muted, marginRight: 16 }),
    textBlock(
      'decision',
      decision,
      {
        fontSize,
        fontWeight: 700,
        color: COLORS.white,
        backgroundColor: (DECISION_COLORS as Readonly<Record<string, string>>)[decision] ?? DECISION_FALLBACK_COLOR,
        padding: `${Math.round(fontSize * 0.25)}px ${Math.round(fontSize * 0.7)}px`,
        borderRadius: 8,
        letterSpacing: 2,
      },
      1,
    ),
  ]);
}

function gistBlock(input: CardInput, fontSize: number, lines: number, charsPerLine: number, marginTop: number): CardElement {
  const gist = input.gist ?? input.summary;
  // The bar on the left is a rule, not a CSS border (see `rule` in shared.ts).
  return box({ marginTop, flexShrink: 0 }, [
    rule(COLORS.navy, { width: 8 }),
    column(
      {
        backgroundColor: COLORS.navyTint,
        padding: `${Math.round(fontSize * 0.7)}px ${fontSize}px`,
        flexGrow: 1,
        flexShrink: 1,
        minWidth: 0,
      },
      [
        textBlock('template', CARDS.caseGist, {
          fontSize: Math.round(fontSize * 0.85),
          fontWeight: 700,
          color: COLORS.navy,
          marginBottom: 8,
        }),
        textBlock(
          input.gist ? 'gist' : 'summary',
          clampText(gist, lines * charsPerLine),
          { fontSize, lineHeight: 1.6, color: COLORS.ink },
          lines,
        ),
      ],
    ),
  ]);
}

export function caseCard(input: CardInput, format: CardFormat): CardElement {
  return format === 'og' ? caseOg(input) : casePoster(input);
}

function caseOg(input: CardInput): CardElement {
  return page('og', { fontFamily: 'sans' }, [
    column({ padding: '44px 56px 0', flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
      box({ alignItems: 'center', justifyContent: 'space-between', flexShrink: 0 }, [
        box({ alignItems: 'center' }, [
          textBlock('template', CARDS.caseLabel, {
            fontSize: 24,
            fontWeight: 700,
            color: COLORS.white,
            backgroundColor: COLORS.navy,
            padding: '4px 14px',
          }),
          textBlock('template', input.caseKind ?? CARDS.caseSubLabel, {
            fontSize: 24,
            fontWeight: 700,
            color: COLORS.navy,
            marginLeft: 12,
          }),
        ]),
        input.serial
          ? textBlock('serial', input.serial, { fontSize: 22, color: COLORS.muted, maxWidth: 560, textAlign: 'right' }, 1)
          : null,
      ]),
      textBlock('title', clampText(input.title, 2 * 24), { fontWeight: 700, fontSize: 44, lineHeight: 1.35, marginTop: 24 }, 2),
      box({ marginTop: 18, flexShrink: 0 }, [input.decision ? decisionBadge(input.decision, 28) : null]),
      gistBlock(input, 24, 2, 40, 20),
      spacer(),
    ]),
    footer({
      siteName: input.siteName,
      organName: input.organName,
      date: formatDateZh(input.date),
      fontSize: 22,
      color: COLORS.ink,
      accent: COLORS.navy,
      padding: '16px 56px 20px',
      borderColor: COLORS.navy,
    }),
  ]);
}

function casePoster(input: CardInput): CardElement {
  return page('poster', { fontFamily: 'sans' }, [
    column({ backgroundColor: COLORS.navy, color: COLORS.white, height: 200, flexShrink: 0, justifyContent: 'center', padding: '0 80px' }, [
      textBlock('template', `${CARDS.caseLabel}${input.caseKind ?? CARDS.caseSubLabel}`, {
        fontSize: 56,
        fontWeight: 700,
        letterSpacing: 4,
      }),
      input.serial ? textBlock('serial', input.serial, { fontSize: 28, marginTop: 10 }, 1) : null,
    ]),
    column({ padding: '48px 80px 0', flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
      textBlock('title', clampText(input.title, 3 * 17), { fontWeight: 700, fontSize: 54, lineHeight: 1.4 }, 3),
      box({ marginTop: 28, flexShrink: 0 }, [input.decision ? decisionBadge(input.decision, 38) : null]),
      gistBlock(input, 32, 7, 25, 36),
      spacer(),
      box({ alignItems: 'flex-end', justifyContent: 'space-between', flexShrink: 0, paddingBottom: 40 }, [
        column({ flexShrink: 1, minWidth: 0, marginRight: 40 }, [
          textBlock('organName', input.organName, { fontSize: 34, fontWeight: 700, lineHeight: 1.4 }, 2),
          textBlock('date', formatDateZh(input.date), { fontSize: 30, marginTop: 10 }),
        ]),
        qrBlock(input.url, CARDS.scanToRead, [], { target: 240, fontSize: 26, color: COLORS.ink }),
      ]),
    ]),
    box(
      {
        backgroundColor: COLORS.navy,
        color: COLORS.white,
        height: 64,
        flexShrink: 0,
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: 26,
      },
      [textBlock('siteName', input.siteName, { fontWeight: 700 }, 1)],
    ),
  ]);
}
