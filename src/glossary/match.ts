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

/** The earliest occurrence in `text` of a name of a term not in `done`; the longest name wins a tie. */
export function firstOccurrence(
  text: string,
  names: readonly TermName[],
  done: ReadonlySet<string>,
): { index: number; match: TermName } | undefined {
  let best: { index: number; match: TermName } | undefined;
  for (const candidate of names) {
    if (done.has(candidate.term.id)) continue;
    const index = text.indexOf(candidate.name);
    if (index === -1) continue;
    if (!best || index < best.index || (index === best.index && candidate.name.length > best.match.name.length))
      best = { index, match: candidate };
  }
  return best;
}

/** Whether `text` uses the term, under its name or an alias. */
export const usesTerm = (text: string, term: GlossaryTerm): boolean => termNames([term]).some(({ name }) => text.includes(name));
