/**
 * 澄清正名 notice card: an official look — red band with the label in serif, the title in
 * Noto Serif SC, 文号, the subject, the clarified points, the date; the poster adds the
 * verification QR code and code.
 */
import { box, column, textBlock, type CardElement } from '../elements.ts';
import { COLORS } from '../palette.ts';
import { CARD_ORDINALS, CARDS } from '../../strings/cards.ts';
import { clampText, formatClarifiedPoint } from '../text.ts';
import { formatDateZh } from '../../lib/shared/format.ts';
import type { CardFormat, CardInput } from '../types.ts';
import { footer, page, qrBlock, spacer } from './shared.ts';

function subjectLine(input: CardInput): string | undefined {
  if (!input.subjectAlias) return undefined;
  const role = input.subjectRole ? `（${input.subjectRole}）` : '';
  return `${CARDS.noticeSubject}：${input.subjectAlias}${role}`;
}

function points(input: CardInput): string[] {
  return (input.points ?? []).map(formatClarifiedPoint);
}

export function noticeCard(input: CardInput, format: CardFormat): CardElement {
  return format === 'og' ? noticeOg(input) : noticePoster(input);
}

function noticeOg(input: CardInput): CardElement {
  const subject = subjectLine(input);
  const meta = [input.docNumber, subject].filter(Boolean).join('　');
  const shown = points(input).slice(0, 2);
  return page('og', { fontFamily: 'sans' }, [
    box(
      {
        backgroundColor: COLORS.red,
        color: COLORS.white,
        height: 104,
        flexShrink: 0,
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: '0 56px',
      },
      [
        textBlock('template', CARDS.noticeLabel, { fontFamily: 'serif', fontWeight: 700, fontSize: 46, letterSpacing: 8 }),
        textBlock('organName', input.organName, { fontSize: 26, maxWidth: 640, textAlign: 'right' }, 1),
      ],
    ),
    column({ padding: '36px 56px 0', flexGrow: 1, flexShrink: 1, minHeight: 0 }, [
      textBlock('title', clampText(input.title, 2 * 23), { fontFamily: 'serif', fontWeight: 700, fontSize: 46, lineHeight: 1.35 }, 2),
      meta
        ? textBlock(input.docNumber ? 'docNumber' : 'subjectAlias', meta, { fontSize: 24, color: COLORS.muted, marginTop: 14 }, 1)
        : null,
      shown.length > 0
        ? column(
            { marginTop: 20, flexShrink: 0 },
            shown.map((point, index) =>
              box({ alignItems: 'center', marginTop: index === 0 ? 0 : 8, flexShrink: 0 }, [
                box({ width: 10, height: 10, backgroundColor: COLORS.red, marginRight: 14, flexShrink: 0 }),
                textBlock(`points[${index}]`, clampText(point, 40), { fontSize: 26, flexShrink: 1 }, 1),
              ]),
            ),
          )
        : textBlock('summary', clampText(input.summary, 2 * 40), { fontSize: 26, lineHeight: 1.5, marginTop: 20 }, 2),
      spacer(),
    ]),
    footer({
      siteName: input.siteName,
      organName: input.organName,
      date: formatDateZh(input.date),
      fontSize: 22,
      color: COLORS.ink,
      accent: COLORS.red,
      padding: '16px 56px 20px',
      borderColor: COLORS.red,
    }),
  ]);
}

function noticePoster(input: CardInput): CardElement {
  const subject = subjectLine(input);
  const shown = points(input).slice(0, 3);
  const extra = input.verificationCode ? [{ field: 'verificationCode', text: `${CARDS.verificationCode} ${input.verificationCode}` }] : [];
  return page('poster', { fontFamily: 'sans' }, [
    column(
      {
        backgroundColor: COLORS.red,
        color: COLORS.white,
        height: 210,
        flexShrink: 0,
        alignItems: 'center',
        justifyContent: 'center',
        padding: '0 72px',
      },
      [
        textBlock('template', CARDS.noticeLabel, {
          fontFamily: 'serif',
          fontWeight: 700,
          fontSize: 88,
          letterSpacing: 24,
          marginRight: -24,
        }),
        textBlock('organName', input.organName, { fontSize: 32, marginTop: 6, textAlign: 'center' }, 1),
      ],
    ),
    column({ padding: '40px 80px 0', flexGrow: 1, flexShrink: 1, minHeight: 0, alignItems: 'stretch' }, [
      input.docNumber ? textBlock('docNumber', input.docNumber, { fontSize: 28, color: COLORS.muted, textAlign: 'center' }, 1) : null,
      textBlock(
        'title',
        clampText(input.title, 3 * 16),
        { fontFamily: 'serif', fontWeight: 700, fontSize: 54, lineHeight: 1.4, textAlign: 'center', marginTop: 20 },
        3,
      ),
      box({ justifyContent: 'center', marginTop: 24, flexShrink: 0 }, [box({ width: 120, height: 4, backgroundColor: COLORS.red })]),
      subject ? textBlock('subjectAlias', subject, { fontSize: 32, lineHeight: 1.5, marginTop: 28 }, 2) : null,
      shown.length > 0
        ? column(
            { marginTop: 16, flexShrink: 0 },
            shown.map((point, index) =>
              box({ marginTop: 14, flexShrink: 0 }, [
                textBlock('template', `${CARD_ORDINALS[index]}、`, {
                  fontSize: 30,
                  lineHeight: 1.55,
                  color: COLORS.red,
                  fontWeight: 700,
                  width: 60,
                }),
                textBlock(`points[${index}]`, clampText(point, 2 * 29), { fontSize: 30, lineHeight: 1.55, flexShrink: 1 }, 2),
              ]),
            ),
          )
        : textBlock('summary', clampText(input.summary, 4 * 29), { fontSize: 30, lineHeight: 1.6, marginTop: 24 }, 4),
      spacer(),
      box({ alignItems: 'flex-end', justifyContent: 'space-between', flexShrink: 0, paddingBottom: 32 }, [
        column({ flexShrink: 1, minWidth: 0, marginRight: 40 }, [
          textBlock('template', CARDS.noticeIssuer, { fontSize: 24, color: COLORS.muted }),
          textBlock('organName', input.organName, { fontSize: 34, fontWeight: 700, lineHeight: 1.4, marginTop: 6 }, 2),
          textBlock('date', formatDateZh(input.date), { fontSize: 30, marginTop: 10 }),
        ]),
        qrBlock(input.url, CARDS.scanToVerify, extra, { target: 240, fontSize: 26, color: COLORS.ink }),
      ]),
    ]),
    box(
      {
        backgroundColor: COLORS.red,
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
