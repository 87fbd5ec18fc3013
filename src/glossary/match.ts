/**
 * Where glossary terms occur in text: one matcher for the Markdown step that links them
 * (plugin.ts) and for the term pages that list the entries using a term, so the two agree.
 */
import type { GlossaryTerm } from '../schemas/data.ts';

export interface TermName {
  /** The word as written: the term or one of its aliases. */
  name: string;
  term: GlossaryTerm;
}

/** Every name of every term, longest first: 澄清正名 is found before 澄清 at the same place. */
export function termNames(terms: readonly GlossaryTerm[]): TermName[] {
  return terms
    .flatMap((term) => [term.term, ...term.aliases].filter((name) => [...name].length >= 2).map((name) => ({ name, term })))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
}

const OPEN_TITLE = new Set(['《', '〈']);
const CLOSE_TITLE = new Set(['》', '〉']);

/**
 * For each position of `text`, whether it lies inside a title mark (《…》, or 〈…〉 within one).
 * A word in a title belongs to the title: 《中国共产党问责条例》 linked at 问责 would read
 * "问责 释义 条例". A text may hold only part of a title (the rest is in emphasis beside it):
 * a 》 with no 《 before it closes a title opened before the text, and a 《 never closed runs
 * to the end.
 */
export function insideTitle(text: string): boolean[] {
  const chars = [...text];
  const inside = Array.from({ length: text.length }, () => false);
  let depth = 0;
  let offset = 0;
  const marks: { at: number; depth: number }[] = [];
  for (const char of chars) {
    if (OPEN_TITLE.has(char)) depth += 1;
    else if (CLOSE_TITLE.has(char)) depth -= 1;
    marks.push({ at: offset, depth });
    offset += char.length;
  }
  // A close with no open lowers the depth below zero: everything before it was inside a title.
  const lowest = Math.min(0, ...marks.map((mark) => mark.depth));
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.at : text.length;
    const char = chars[i]!;
    const isInside = mark.depth - lowest > 0 || CLOSE_TITLE.has(char);
    for (let at = mark.at; at < end; at += 1) inside[at] = isInside;
  });
  return inside;
}

/** Index of the first occurrence of `name` in `text` outside a title mark, or -1. */
function indexOutsideTitles(text: string, name: string, inside: readonly boolean[]): number {
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
    if (!inside[index]) return index;
  }
  return -1;
}

/**
 * The earliest occurrence in `text` of a name of a term not in `done`, outside any title mark;
 * the longest name wins a tie.
 */
export function firstOccurrence(
  text: string,
  names: readonly TermName[],
  done: ReadonlySet<string>,
): { index: number; match: TermName } | undefined {
  let best: { index: number; match: TermName } | undefined;
  const inside = insideTitle(text);
  for (const candidate of names) {
    if (done.has(candidate.term.id)) continue;
    const index = indexOutsideTitles(text, candidate.name, inside);
    if (index === -1) continue;
    if (!best || index < best.index || (index === best.index && candidate.name.length > best.match.name.length))
      best = { index, match: candidate };
  }
  return best;
}

/** Whether `text` uses the term, under its name or an alias, outside a title mark (as the links do). */
export function usesTerm(text: string, term: GlossaryTerm): boolean {
  const inside = insideTitle(text);
  return termNames([term]).some(({ name }) => indexOutsideTitles(text, name, inside) !== -1);
}
