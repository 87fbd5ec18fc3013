/**
 * Ordinary words the name detector must not read as names (data/lexicon.ts, derived from jieba's
 * word list), as sets for constant-time lookups.
 */
import {
  IDIOMS,
  PREDICATE_STARTS,
  SURNAME_WORDS,
  WORDS_ENDING_IN_SURNAME,
  WORDS_NOT_GIVEN_NAMES,
  WORDS_STARTING_WITH_NAME_CHAR,
} from './data/lexicon.ts';

const toSet = (lines: readonly string[]) => new Set(lines.flatMap((line) => line.split(' ')));

const surnameWords = toSet(SURNAME_WORDS);
const endingInSurname = toSet(WORDS_ENDING_IN_SURNAME);
const startingWithNameChar = toSet(WORDS_STARTING_WITH_NAME_CHAR);
const notGivenNames = toSet(WORDS_NOT_GIVEN_NAMES);
const idioms = toSet(IDIOMS);
const predicateStarts = toSet(PREDICATE_STARTS);

/** An ordinary word or place that a surname plus name characters spell: 高明, 常年, 江山, 金华. */
export const isSurnameWord = (word: string) => surnameWords.has(word);

/** A two-character word whose second character is a surname: 经常, 对于, 方向. */
export const endsInSurname = (word: string) => endingInSurname.has(word);

/** A frequent two-character word whose first character is a likely name character: 明确, 国家. */
export const startsWithNameChar = (word: string) => startingWithNameChar.has(word);

/** An ordinary word that names almost never use as a given name: 台风, 春节, 承诺 (but not 建国). */
export const isNotAGivenName = (word: string) => notGivenNames.has(word);

/** A four-character idiom or set phrase: 有容乃大, 梅兰竹菊. */
export const isIdiom = (word: string) => idioms.has(word);

/** A frequent two-character verb, adverb or preposition: a predicate starts here (操心, 负责, 一直). */
export const startsPredicate = (word: string) => predicateStarts.has(word);
