/**
 * Property-based tests: generated, valid ID and card numbers embedded in random Chinese text
 * must be found with the right kind at the right place; a corrupted ID check digit must not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesLuhn } from '../../src/privacy/detectors/bank-card.ts';
import { PROVINCE_CODES, idCheckDigit } from '../../src/privacy/detectors/id-card.ts';
import { scanText } from '../../src/privacy/scan.ts';
import { isSurname } from '../../src/names/index.ts';
import { ALPHABET } from '../../src/verify/normalise.ts';

/** Filler characters that are neither surnames, digits nor cue words, so they cannot form data. */
const FILLER = [...'的了在是这们工作情问题开展认真推进要求，。、；：“”（）！？ \n'];
it('filler holds no surname character', () => {
  expect(FILLER.filter((ch) => isSurname(ch))).toEqual([]);
});
const filler = fc.string({ unit: fc.constantFrom(...FILLER), maxLength: 30 });
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

const first17 = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    area: digits(4),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
    sequence: digits(3),
  })
  .map(({ province, area, birth, sequence }) => `${province}${area}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`);

const validId = first17.map((head) => `${head}${idCheckDigit(head)}`);

/** A Luhn-valid number of `length` digits: a random body and its computed check digit. */
const luhnCard = (length: number) =>
  digits(length - 1)
    .filter((body) => !/^(\d)\1*$/.test(body))
    .map((body) => `${body}${[...'0123456789'].find((d) => passesLuhn(`${body}${d}`))}`);

function locate(text: string, start: number) {
  const before = text.slice(0, start);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

const grouped = (n: string) => n.replace(/(\d{4})(?=\d)/g, '$1 ');

describe('property: generated numbers in random text', () => {
  it('finds every valid 18-digit ID number as id-card, at the right place', () => {
    fc.assert(
      fc.property(filler, validId, filler, (before, id, after) => {
        const text = `${before}${id}${after}`;
        const findings = scanText(text, 'p.md');
        expect(findings).toEqual([
          { file: 'p.md', ...locate(text, before.length), kind: 'id-card', excerpt: `${id.slice(0, 4)}**********${id.slice(-4)}` },
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds IDs written in groups of 6-8-4 with spaces or hyphens', () => {
    fc.assert(
      fc.property(filler, validId, fc.constantFrom(' ', '-'), filler, (before, id, sep, after) => {
        const text = `${before}${id.slice(0, 6)}${sep}${id.slice(6, 14)}${sep}${id.slice(14)}${after}`;
        expect(scanText(text, 'p.md').map((f) => f.kind)).toEqual(['id-card']);
      }),
      { numRuns: 200 },
    );
  });

  /** Writes digits as an editor might paste them: ASCII or full-width, grouped by any separator. */
  const written = (digitsText: string, groups: readonly number[], separator: string, fullWidth: boolean) => {
    const parts: string[] = [];
    let at = 0;
    for (const size of groups) {
      parts.push(digitsText.slice(at, at + size));
      at += size;
    }
    if (at < digitsText.length) parts.push(digitsText.slice(at));
    const text = parts.filter(Boolean).join(separator);
    return fullWidth ? text.replace(/[0-9X]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)) : text;
  };
  const separator = fc.constantFrom('', ' ', '-', '\u3000');
  /** What may follow a number in a sentence, quantity words included: none of them may hide it. */
  const tail = fc.constantFrom('', '名下', '名', '元', '人次', '年', '号', '，', '。');

  it('finds valid ID numbers in every spacing and width, whatever unit follows them', () => {
    fc.assert(
      fc.property(
        filler,
        validId,
        fc.constantFrom([6, 8, 4], [3, 3, 4, 4, 4], [18], [6, 4, 4, 4]),
        separator,
        fc.boolean(),
        tail,
        (before, id, groups, sep, wide, after) => {
          const text = `${before}${written(id, groups, sep, wide)}${after}`;
          expect(scanText(text, 'p.md').map((f) => f.kind)).toEqual(['id-card']);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds Luhn-valid card numbers in every spacing and width, whatever unit follows them', () => {
    fc.assert(
      fc.property(
        filler,
        fc.oneof(luhnCard(16), luhnCard(19)),
        fc.constantFrom([4, 4, 4, 4], [4, 4, 4, 4, 3], [6, 13]),
        separator,
        fc.boolean(),
        tail,
        (before, card, groups, sep, wide, after) => {
          const text = `${before}${written(card, groups, sep, wide)}${after}`;
          expect(scanText(text, 'p.md').map((f) => f.kind)).toEqual(['bank-card']);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('decision: a corrupted check digit is never id-card; it is reported only if it genuinely passes Luhn, as bank-card', () => {
    fc.assert(
      fc.property(filler, first17, fc.constantFrom(...'0123456789X'), filler, (before, head, check, after) => {
        fc.pre(check !== idCheckDigit(head));
        const wrong = `${head}${check}`;
        const kinds = scanText(`${before}${wrong}${after}`, 'p.md').map((f) => f.kind);
        expect(kinds).toEqual(passesLuhn(wrong) ? ['bank-card'] : []);
      }),
      { numRuns: 300 },
    );
  });

  it.each([16, 19])('finds every Luhn-valid %i-digit card as bank-card, whole and in groups of four', (length) => {
    fc.assert(
      fc.property(filler, luhnCard(length), fc.boolean(), filler, (before, card, group, after) => {
        const written = group ? grouped(card) : card;
        const text = `${before}${written}${after}`;
        const findings = scanText(text, 'p.md');
        expect(findings.map((f) => ({ kind: f.kind, line: f.line, column: f.column }))).toEqual([
          { kind: 'bank-card', ...locate(text, before.length) },
        ]);
        expect(findings[0]?.excerpt.replaceAll(' ', '').endsWith(card.slice(-4))).toBe(true);
        expect(findings[0]?.excerpt).not.toContain(card);
      }),
      { numRuns: 200 },
    );
  });

  it('finds generated mobile numbers with any prefix and grouping as mobile', () => {
    fc.assert(
      fc.property(
        filler,
        fc.constantFrom(...'3456789'),
        digits(9),
        fc.constantFrom('', '+86', '+86 ', '86', '86-'),
        fc.constantFrom('plain', 'spaced', 'hyphenated'),
        filler,
        (before, second, rest, prefix, style, after) => {
          const n = `1${second}${rest}`;
          const body =
            style === 'plain'
              ? n
              : `${n.slice(0, 3)}${style === 'spaced' ? ' ' : '-'}${n.slice(3, 7)}${style === 'spaced' ? ' ' : '-'}${n.slice(7)}`;
          const findings = scanText(`${before}${prefix}${body}${after}`, 'p.md');
          expect(findings.map((f) => f.kind)).toEqual(['mobile']);
          expect(findings[0]?.excerpt).toContain(`${n.slice(0, 3)}****${n.slice(-4)}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('verification codes', () => {
  // Every code the site can issue, in every place it prints one: the gate must never stop a build
  // on a notice's own code, which no editor can change (it follows from the notice's text).
  const code = fc
    .array(fc.constantFrom(...ALPHABET), { minLength: 8, maxLength: 8 })
    .map((c) => `${c.slice(0, 4).join('')}-${c.slice(4).join('')}`);
  it('are never reported, in any of the forms the site prints', () => {
    fc.assert(
      fc.property(code, (value) => {
        const slug = value.toLowerCase();
        const text = `核验码：${value}\n核验码 ${value.replace('-', '')}\nhttps://mingjing.example.gov.cn/v/${slug}/\n<strong data-board-code>${value}</strong>`;
        expect(scanText(text, 'page.html')).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['VXKA-X0F2', '2VXG-TPEQ', 'QQ12-3456', 'WX12-3456', 'V0XQ-Q123'])('%s in particular', (value) => {
    expect(scanText(`核验码：${value}，网址 /v/${value.toLowerCase()}/`, 'page.html')).toEqual([]);
  });
});
