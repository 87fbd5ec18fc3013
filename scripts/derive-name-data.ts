/**
 * `npm run derive:names`: regenerates the statistics the name detector uses, from the word list
 * that ships with the jieba segmenter (`@node-rs/jieba`, MIT; a devDependency, never loaded at
 * run time). Only aggregates leave this script — character scores and ordinary words — never a
 * person's name: jieba's list tags tens of thousands of real people's names, and those are
 * counted, not copied.
 *
 * Writes src/names/data/given-name-chars.ts and src/names/data/lexicon.ts. Run it again only when
 * the surname list or the thresholds below change; the output is deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../src/names/surnames.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'src/names/data');
const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
const JIEBA_VERSION = (JSON.parse(readFileSync(join(dirname(DICT), 'package.json'), 'utf8')) as { version: string }).version;

/** An ordinary word must be at least this frequent in jieba's list to count as one. */
const WORD_MIN_FREQ = 20;
/**
 * jieba tags many ordinary words `nr` (高明, 周全, 白鹭, 蒲公英, 唐太宗). Two-character ones this
 * frequent are mostly words; three-character ones this frequent are words or figures of history,
 * while a private person's name in the list is rare (王建国: 12).
 */
const NR_WORD_MIN_FREQ = { 2: 30, 3: 40 } as const;
/** A character must occur this often in given names before its score is trusted. */
const NAME_CHAR_MIN_COUNT = 3;
/** How many of the most frequent characters of ordinary text count as "common". */
const COMMON_CHARS = 3500;

const CJK = /^[\u3400-\u9fff]+$/u;
const single = new Set<string>(SINGLE_SURNAMES);
const compound = new Set<string>(COMPOUND_SURNAMES);

interface Word {
  word: string;
  chars: string[];
  freq: number;
  isName: boolean;
  tag: string;
}

const words: Word[] = readFileSync(DICT, 'utf8')
  .split('\n')
  .map((line) => line.split(' '))
  .filter((parts) => parts.length === 3 && CJK.test(parts[0]!))
  .map(([word, freq, tag]) => ({ word: word!, chars: [...word!], freq: Number(freq), isName: /^nr/.test(tag!), tag: tag! }));

/** The given-name part of a word that reads as surname + one or two characters, else undefined. */
function givenPart(chars: readonly string[]): string[] | undefined {
  if (chars.length >= 3 && compound.has(chars[0]! + chars[1]!)) return chars.length <= 4 ? chars.slice(2) : undefined;
  if (single.has(chars[0]!) && chars.length <= 3) return chars.slice(1);
  return undefined;
}

// Character frequency in ordinary text (every word but names, weighted by its frequency), and
// in given names (three-character `nr` words that start with a surname).
const textCount = new Map<string, number>();
const nameCount = new Map<string, number>();
/** How many names carry each two-character given name (建国, 秀英): counted, never listed. */
const givenNameUses = new Map<string, number>();
let textTotal = 0;
let nameTotal = 0;
for (const w of words) {
  if (w.isName) {
    const given = w.chars.length >= 3 ? givenPart(w.chars) : undefined;
    if (given && given.length === 2) {
      givenNameUses.set(given.join(''), (givenNameUses.get(given.join('')) ?? 0) + 1);
      for (const ch of given) {
        nameCount.set(ch, (nameCount.get(ch) ?? 0) + 1);
        nameTotal += 1;
      }
    }
    continue;
  }
  for (const ch of w.chars) {
    textCount.set(ch, (textCount.get(ch) ?? 0) + w.freq);
    textTotal += w.freq;
  }
}

/** Log-likelihood ratio of a character in given names against ordinary text, rounded to a step. */
const score = (ch: string) => Math.log(((nameCount.get(ch) ?? 0) + 1) / nameTotal) - Math.log(((textCount.get(ch) ?? 0) + 1) / textTotal);

// The most used given-name characters (国, 强, 明) are common in text too, so their ratio is low;
// their use in names alone makes them evidence.
const POPULAR_NAME_CHARS = 400;
const popular = new Set(
  [...nameCount]
    .sort((a, b) => b[1] - a[1])
    .slice(0, POPULAR_NAME_CHARS)
    .map(([ch]) => ch),
);
const buckets = new Map<number, string[]>();
for (const [ch, count] of [...nameCount].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (count < NAME_CHAR_MIN_COUNT) continue;
  const bucket = Math.max(popular.has(ch) && score(ch) >= -1.5 ? 1 : -3, Math.min(4, Math.round(score(ch))));
  if (!buckets.has(bucket)) buckets.set(bucket, []);
  buckets.get(bucket)!.push(ch);
}
const commonChars = [...textCount]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, COMMON_CHARS)
  .map(([ch]) => ch)
  .sort();

const bucketByChar = new Map([...buckets].flatMap(([bucket, chars]) => chars.map((ch) => [ch, bucket] as const)));
const commonSet = new Set(commonChars);
/** The same rule as canBeGivenNameChar in src/names/given-names.ts. */
const plausibleGiven = (ch: string) => {
  const bucket = bucketByChar.get(ch);
  if (bucket !== undefined) return bucket >= -1 || ch === '一';
  return !commonSet.has(ch);
};
const isOrdinaryWord = (w: Word) =>
  w.freq >= WORD_MIN_FREQ &&
  (!w.isName || ((w.chars.length === 2 || w.chars.length === 3) && w.freq >= NR_WORD_MIN_FREQ[w.chars.length as 2 | 3]));

// Ordinary words that a surname plus name characters happen to spell (高明, 常年, 江山, 金华 …).
const surnameWords = words
  .filter((w) => isOrdinaryWord(w))
  .filter((w) => {
    const given = givenPart(w.chars);
    return given !== undefined && given.length > 0 && given.every(plausibleGiven);
  })
  .map((w) => w.word);
// Two-character words that end in a surname character (经常, 对于, 方向): the surname belongs to
// the word before it, not to a name.
const endingInSurname = words
  .filter((w) => w.chars.length === 2 && isOrdinaryWord(w) && w.freq >= 50 && single.has(w.chars[1]!))
  .map((w) => w.word);
// Two-character words that start with a likely name character (明确, 国家, 华丽): a name's last
// character that also begins such a word may belong to the word, not the name.
const startingWithNameChar = words
  .filter((w) => w.chars.length === 2 && !w.isName && w.freq >= 300 && plausibleGiven(w.chars[0]!))
  .map((w) => w.word);

// Ordinary two-character words (台风, 春节, 承诺) that almost no name uses as its given name, unlike
// 建国 or 海燕: after a surname character they are the word, not a name (强台风, 从春节).
const notGivenNames = words
  .filter((w) => w.chars.length === 2 && w.freq >= 50 && w.chars.every(plausibleGiven) && (givenNameUses.get(w.word) ?? 0) < 2)
  .map((w) => w.word);

// Four-character idioms and set phrases (有容乃大, 梅兰竹菊, 方兴未艾) in which a surname character
// could start a name: inside one, it never does.
const idioms = words
  .filter(
    (w) =>
      w.chars.length === 4 &&
      !w.isName &&
      w.freq >= 5 &&
      w.chars.slice(0, 3).some((ch, k) => single.has(ch) && plausibleGiven(w.chars[k + 1]!)),
  )
  .map((w) => w.word);

// Frequent two-character verbs, adverbs, prepositions and time words (操心, 负责, 一直, 今年): what a
// predicate starts with, so a candidate name right before one is a subject (周飞操心的事). Only
// the words jieba tags v, d or p at least PREDICATE_MIN_FREQ times.
const PREDICATE_MIN_FREQ = 300;
// Time and place words (今年, 心里: tags t and s) open a predicate too: 陈洋今年5岁, 孔梅心里踏实了. Single characters count only
// when far more frequent (站, 走, 坐: PREDICATE_CHAR_MIN_FREQ).
const PREDICATE_CHAR_MIN_FREQ = 20000;
const predicateStarts = words
  .filter(
    (w) =>
      !w.isName &&
      ((w.chars.length === 2 && /^[vdpts]$/.test(w.tag) && w.freq >= PREDICATE_MIN_FREQ) ||
        (w.chars.length === 1 && /^[vp]$/.test(w.tag) && w.freq >= PREDICATE_CHAR_MIN_FREQ)),
  )
  .map((w) => w.word);

const unique = (list: string[]) => [...new Set(list)].sort();
const wrap = (list: string[], width = 30) => {
  const lines: string[] = [];
  for (let i = 0; i < list.length; i += width) lines.push(`  '${list.slice(i, i + width).join(' ')}',`);
  return lines.join('\n');
};
const header = (what: string) => `/**
 * ${what}
 *
 * Generated by \`npm run derive:names\` (scripts/derive-name-data.ts) from the word list of
 * @node-rs/jieba ${JIEBA_VERSION} (MIT). Do not edit by hand.
 */
`;

writeFileSync(
  join(OUT, 'given-name-chars.ts'),
  `${header('How strongly each character suggests a given name: the rounded log-likelihood ratio of the character in given names against ordinary text. Characters absent here occur in fewer than three given names.')}
export const GIVEN_NAME_SCORES: Readonly<Record<string, string>> = {
${[...buckets.keys()]
  .sort((a, b) => b - a)
  .map((bucket) => `  '${bucket}': '${buckets.get(bucket)!.join('')}',`)
  .join('\n')}
};

/** The ${COMMON_CHARS} most frequent characters of ordinary text. A character outside them is rare. */
export const COMMON_TEXT_CHARS = '${commonChars.join('')}';
`,
);

writeFileSync(
  join(OUT, 'lexicon.ts'),
  `${header('Ordinary words that matter to the name detector, one space-separated list per use.')}
/** Words that read like surname + given name but are ordinary words or places (高明, 常年, 江山). */
export const SURNAME_WORDS: readonly string[] = [
${wrap(unique(surnameWords))}
];

/** Two-character words ending in a surname character (经常, 对于): the surname belongs to them. */
export const WORDS_ENDING_IN_SURNAME: readonly string[] = [
${wrap(unique(endingInSurname))}
];

/** Frequent two-character words starting with a likely given-name character (明确, 国家). */
export const WORDS_STARTING_WITH_NAME_CHAR: readonly string[] = [
${wrap(unique(startingWithNameChar))}
];

/** Four-character idioms and set phrases with a surname character inside (有容乃大, 梅兰竹菊). */
export const IDIOMS: readonly string[] = [
${wrap(unique(idioms), 20)}
];

/** Ordinary words made of name characters that names almost never use as a given name (台风, 承诺). */
export const WORDS_NOT_GIVEN_NAMES: readonly string[] = [
${wrap(unique(notGivenNames))}
];

/** Frequent two-character verbs, adverbs and prepositions: the start of a predicate (操心, 负责, 一直). */
export const PREDICATE_STARTS: readonly string[] = [
${wrap(unique(predicateStarts))}
];
`,
);

console.log(
  JSON.stringify({
    nameChars: [...buckets.values()].reduce((n, list) => n + list.length, 0),
    surnameWords: unique(surnameWords).length,
    endingInSurname: unique(endingInSurname).length,
    startingWithNameChar: unique(startingWithNameChar).length,
    notGivenNames: unique(notGivenNames).length,
    idioms: unique(idioms).length,
    predicateStarts: unique(predicateStarts).length,
  }),
);
