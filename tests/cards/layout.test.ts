/**
 * Worst-case inputs (every field far too long) must still lay out inside the card: no text
 * below the bottom edge (or the culture cards' inner frame) and none past the right edge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCardFonts, type LoadedFonts } from '../../src/cards/fonts.ts';
import { renderCardSvg } from '../../src/cards/render.ts';
import { CARD_SIZE, type CardFormat, type CardInput } from '../../src/cards/types.ts';

const sentence = '关于对某镇某村党支部书记王某某被反映在村集体经济项目中违规操作问题，经核查失实予以澄清的通报。';
const long = (length: number): string => sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);

const base = {
  siteName: '明镜·某某市纪检监察澄清正名与容错纠错公开平台',
  organName: '中共某某省某某市某某区纪律检查委员会 某某市某某区监察委员会',
  date: '2024-12-31',
  url: 'https://mingjing.example.gov.cn/v/7K3M-Q9TX-ABCD-EFGH/',
};

const worstCases: CardInput[] = [
  {
    ...base,
    kind: 'clarifications',
    id: 'n',
    title: long(200),
    summary: long(120),
    docNumber: '某某纪澄〔2024〕第123号附件二补充说明',
    subjectAlias: '某某村经济合作社',
    subjectRole: long(60),
    points: [long(120), long(90), long(80), long(70)],
    verificationCode: '7K3M-Q9TX-ABCD-EFGH',
  },
  {
    ...base,
    kind: 'cases',
    id: 'c',
    title: long(200),
    summary: long(120),
    serial: '某某容错〔2024〕第12345号',
    gist: long(400),
    decision: '不予容错',
  },
  {
    ...base,
    kind: 'culture',
    id: 'p',
    title: long(60),
    summary: long(120),
    form: '诗词',
    author: { name: '欧阳修', dynasty: '北宋' },
    lines: Array.from({ length: 12 }, (_, index) => long(8 + index * 3)),
  },
  { ...base, kind: 'culture', id: 'f', title: long(200), summary: long(400), form: '廉洁故事' },
  { ...base, kind: 'site', id: 'site', title: long(20), summary: long(300) },
];

/** Culture cards draw a frame inset from the edge; text must stay inside it. */
const INSET: Record<CardFormat, number> = { og: 22, poster: 39 };

let fonts: LoadedFonts;
beforeAll(async () => {
  fonts = await loadCardFonts();
});

describe('worst-case layouts stay inside the card', () => {
  for (const input of worstCases) {
    for (const format of ['og', 'poster'] as const) {
      it(`${input.kind}/${input.id} ${format}`, async () => {
        const svg = await renderCardSvg(input, format, fonts, { embedFont: false });
        const { width, height } = CARD_SIZE[format];
        const inset = input.kind === 'culture' ? INSET[format] : 0;
        const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
        expect(texts.length).toBeGreaterThan(20);
        for (const [, x, y, w, , content] of texts) {
          expect(Number(y), `"${content}" below the bottom`).toBeLessThanOrEqual(height - inset);
          expect(Number(x) + Number(w), `"${content}" past the right edge`).toBeLessThanOrEqual(width - inset + 1);
        }
      });
    }
  }
});
