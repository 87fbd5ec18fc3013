/**
 * Numbers in pasted text are written whole (13812345678), in groups (138 1234 5678) or with
 * hyphens (330206-19800101-1232), and by someone hiding them, with dots, commas, slashes or middle
 * dots (3301.0619.8807.2145.17). The number detectors share this tokenizer: a run is digit groups
 * joined by one or two separators; detectors then try whole groups, never split a group, because
 * digits that touch are one number.
 *
 * A space or hyphen is how numbers are ordinarily grouped; any other separator also joins dates
 * (2024.06.12), amounts (1,234,567) and section numbers, so a span across one is marked `unusual`
 * and only a number that proves itself strongly accepts it (detectors decide).
 */

export interface DigitGroup {
  start: number;
  end: number;
  text: string;
  /**
   * The group is a quantity, not an identifier: it ends a run and a unit follows (13500000000元,
   * 1200000000人次), or it starts a run after a currency sign. Spans touching it are skipped.
   */
  quantity: boolean;
  /** The separator before this group is not a space or hyphen (undefined for the first group). */
  unusualBefore?: boolean;
}

/** Letters, digits and `_` around a run mean it is part of an identifier, a URL slug or a code. */
const RUN = /(?<![0-9A-Za-z_])\d+(?:[ \-–—‐‑‒−.,·•・/|]{1,2}\d+)*(?:[Xx](?![0-9A-Za-z_]))?(?![0-9A-Za-z_])/g;
const PLAIN_SEPARATOR = /^(?:[ \-–—‐]|)$/;

const UNIT_AFTER = /^\s?(?:[元万亿人户件次个岁年月日时分秒%‰㎡米吨亩份家名位条册页字]|千米|公里|平方)/;
const CURRENCY_BEFORE = /[¥￥$]\s?$/;
/** Book and serial numbers carry their own check digits and are public: ISBN 978-7-… */
const PUBLICATION_CODE_BEFORE = /(?:ISBN|ISSN|CN)[\s:：-]*$/i;

/** Every run of digit groups in `text`, each as its groups with offsets. */
export function digitRuns(text: string): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  for (const match of text.matchAll(RUN)) {
    const base = match.index;
    if (PUBLICATION_CODE_BEFORE.test(text.slice(Math.max(0, base - 8), base))) continue;
    const groups: DigitGroup[] = [];
    let previousEnd = -1;
    for (const part of match[0].matchAll(/[0-9Xx]+/g)) {
      const start = base + part.index;
      const group: DigitGroup = { start, end: start + part[0].length, text: part[0], quantity: false };
      if (previousEnd >= 0) group.unusualBefore = !PLAIN_SEPARATOR.test(text.slice(previousEnd, start));
      groups.push(group);
      previousEnd = group.end;
    }
    const first = groups[0];
    const last = groups.at(-1);
    if (first && CURRENCY_BEFORE.test(text.slice(Math.max(0, first.start - 2), first.start))) first.quantity = true;
    if (last && UNIT_AFTER.test(text.slice(last.end, last.end + 3))) last.quantity = true;
    runs.push(groups);
  }
  return runs;
}

/** A candidate number made of groups i..j of one run. */
export interface DigitSpan {
  start: number;
  end: number;
  digits: string;
  /** Digits per group, in order. */
  groups: number[];
  /** Some group inside the span follows a separator other than a space or hyphen. */
  unusual: boolean;
}

/**
 * Walks a run left to right and, at each group, takes the longest span of whole groups that
 * `accept` likes. Longest first, so `+86 138 1234 5678` is one number, not `86` then a mobile.
 */
export function pickSpans(
  groups: readonly DigitGroup[],
  accept: (span: DigitSpan) => boolean,
  options: { ignoreQuantities?: boolean } = {},
): DigitSpan[] {
  const picked: DigitSpan[] = [];
  let i = 0;
  while (i < groups.length) {
    let taken = -1;
    for (let j = groups.length - 1; j >= i; j--) {
      const first = groups[i]!;
      const last = groups[j]!;
      if (!options.ignoreQuantities && (first.quantity || last.quantity)) continue;
      const digits = groups
        .slice(i, j + 1)
        .map((g) => g.text)
        .join('')
        .toUpperCase();
      // X is only ever the last character of an ID number; inside a span it is not a digit.
      if (digits.slice(0, -1).includes('X')) continue;
      const inside = groups.slice(i, j + 1);
      const span = {
        start: first.start,
        end: last.end,
        digits,
        groups: inside.map((g) => g.text.length),
        unusual: inside.slice(1).some((g) => g.unusualBefore === true),
      };
      if (accept(span)) {
        picked.push(span);
        taken = j;
        break;
      }
    }
    i = taken >= 0 ? taken + 1 : i + 1;
  }
  return picked;
}

/**
 * Convenience: apply `pickSpans` to every run of `text`. Numbers that prove themselves — an ID
 * check digit, a Luhn check — pass `ignoreQuantities`: no unit after them (…名下, …元) may hide them.
 */
export function findDigitSpans(
  text: string,
  accept: (span: DigitSpan) => boolean,
  options: { ignoreQuantities?: boolean } = {},
): DigitSpan[] {
  return digitRuns(text).flatMap((groups) => pickSpans(groups, accept, options));
}
