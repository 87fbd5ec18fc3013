import { beforeAll, describe, expect, it } from 'vitest';
import satori from 'satori';
import { textBlock } from '../../src/cards/elements.ts';
import { loadCardFonts, type LoadedFonts } from '../../src/cards/fonts.ts';
import { clampText, formatClarifiedPoint } from '../../src/cards/text.ts';

describe('clampText', () => {
  it('keeps text that fits', () => {
    expect(clampText('石灰吟', 10)).toBe('石灰吟');
  });
  it('cuts to the budget and adds "…", dropping punctuation before it', () => {
    const clamped = clampText('一二三四五，六七八九十', 7);
    expect(clampText('一'.repeat(200), 46)).toBe(`${'一'.repeat(45)}…`);
    expect(clamped).toBe('一二三四五…');
    expect([...clamped].length).toBeLessThanOrEqual(7);
  });
  it('counts Latin narrower than hanzi and collapses whitespace', () => {
    expect(clampText('abc  def', 10)).toBe('abc def');
    expect(clampText('a'.repeat(20), 6)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('notice wording', () => {
  it('wraps an allegation as 经核查，反映……问题失实', () => {
    expect(formatClarifiedPoint('其在村集体工程发包中收受好处')).toBe('经核查，反映其在村集体工程发包中收受好处的问题失实');
    expect(formatClarifiedPoint('反映其在低保评定中优亲厚友的问题。')).toBe('经核查，反映其在低保评定中优亲厚友的问题失实');
    expect(formatClarifiedPoint('经核查，反映其违规建房问题失实。')).toBe('经核查，反映其违规建房问题失实');
  });
});

describe('Chinese line breaking (kinsoku) with the card text style', () => {
  let fonts: LoadedFonts;
  beforeAll(async () => {
    fonts = await loadCardFonts();
  });

  const FORBIDDEN_AT_LINE_START = '，。、；：！？）」』》';
  const text =
    '经核查，反映某某同志（村党支部书记）在项目中“优亲厚友”问题失实；反映其《报告》存在虚假：不属实！是否属实？经查「不属实」『确认』。' +
    [...FORBIDDEN_AT_LINE_START].map((char) => `一二${char}`).join('');

  /** First character of every line of `text` laid out `width` px wide. */
  async function lineStarts(width: number): Promise<string[]> {
    const element = textBlock('test', text, { width, fontSize: 20, fontFamily: 'noto-sans-sc' });
    const svg = await satori(element as unknown as Parameters<typeof satori>[0], {
      width: 800,
      height: 1200,
      fonts: [{ name: 'noto-sans-sc', data: fonts.faces[0]!.data, weight: 400, style: 'normal' }],
      embedFont: false,
    });
    const starts = new Map<string, string>();
    for (const match of svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
      if (!starts.has(match[1]!)) starts.set(match[1]!, match[2]!);
    }
    return [...starts.values()].map((run) => [...run][0]!);
  }

  it('never starts a line with closing punctuation, at any width', async () => {
    let lines = 0;
    for (let width = 200; width <= 560; width += 9) {
      const starts = await lineStarts(width);
      lines += starts.length;
      for (const start of starts) expect(FORBIDDEN_AT_LINE_START, `width ${width}`).not.toContain(start);
    }
    expect(lines).toBeGreaterThan(200); // the layout really wrapped, many times
  });
});
