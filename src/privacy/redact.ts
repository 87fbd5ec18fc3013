/**
 * The redaction assistant's core (`npm run redact`): turns the text of a raw notice, with real
 * names and numbers, into anonymised text, and lists every replacement masked for the editor.
 *
 * - Each distinct person gets one alias throughout: 姓某, then 姓某某 for a second person with the
 *   same surname, then 姓某甲, 姓某乙 … Every later mention of the same full name gets the same alias.
 * - ID, phone, bank card, plate, e-mail, QQ and WeChat numbers are removed ("（略）").
 * - Addresses are cut to the district: 家住澄江区解放北路88号 → 家住澄江区.
 * - A unit spelled out next to an alias is generalised: 云岙镇石塘村党支部书记李某 → 某镇某村党支部书记李某,
 *   and so is every other named place below the county once the text names people.
 *
 * The result is checked again by the same gate; what the gate still finds is returned as
 * findings, never silently published. Nothing here returns or logs a raw value except the
 * redacted text itself.
 */
import { aliasFor, leadingSurname } from '../names/index.ts';
import { generaliseReidentification, namedLocalPlaces } from './detectors/reidentify.ts';
import { collectMatches } from './matches.ts';
import { maskValue } from './mask.ts';
import { scanText } from './scan.ts';
import type { Finding, FindingKind, ScanOptions } from './types.ts';

/** What stands where a number was. */
export const REMOVED = '（略）';

export interface Replacement {
  kind: FindingKind;
  /** The masked original (蒋**, 138****5678): safe to print. */
  masked: string;
  /** What the text says now (蒋某, （略）, 澄江区). */
  replacement: string;
  /** How many times it was replaced. */
  count: number;
}

export interface RedactionResult {
  text: string;
  replacements: Replacement[];
  /** What the gate still finds in the redacted text (masked): the editor must look at these. */
  remaining: Finding[];
}

const NUMBER_KINDS: ReadonlySet<FindingKind> = new Set([
  'id-card',
  'mobile',
  'landline',
  'email',
  'bank-card',
  'plate',
  'qq',
  'wechat',
  'denylist',
]);
const COUNTY_LEVEL_END = /[省市区县州旗]$/u;

/** Applies `edits` (non-overlapping, any order) to `text`. */
function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; value: string }>): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, edit.start)}${edit.value}${out.slice(edit.end)}`;
  return out;
}

export function redactText(source: string, options: ScanOptions = {}): RedactionResult {
  const tally = new Map<string, Replacement>();
  const note = (kind: FindingKind, original: string, replacement: string) => {
    const masked = maskValue(kind, original);
    const key = `${kind}\u0000${masked}\u0000${replacement}`;
    const entry = tally.get(key) ?? { kind, masked, replacement, count: 0 };
    entry.count += 1;
    tally.set(key, entry);
  };

  // 1. Names: one alias per distinct full name, in order of first appearance.
  const first = collectMatches(source, options);
  const aliasOf = new Map<string, string>();
  const perSurname = new Map<string, number>();
  for (const match of first.filter((m) => m.kind === 'name' || m.kind === 'denylist')) {
    if (aliasOf.has(match.value)) continue;
    const surname = leadingSurname(match.value) || match.value.slice(0, 1);
    const index = perSurname.get(surname) ?? 0;
    perSurname.set(surname, index + 1);
    aliasOf.set(match.value, aliasFor(surname, index));
  }
  // Every mention of a detected name, also where the detector alone would not have flagged it.
  const names = [...aliasOf.keys()].sort((a, b) => b.length - a.length);
  const nameEdits: Array<{ start: number; end: number; value: string }> = [];
  for (let at = 0; at < source.length; at++) {
    const name = names.find((n) => source.startsWith(n, at));
    if (!name) continue;
    nameEdits.push({ start: at, end: at + name.length, value: aliasOf.get(name)! });
    note('name', name, aliasOf.get(name)!);
    at += name.length - 1;
  }
  let text = applyEdits(source, nameEdits);

  // 2. Numbers and addresses, on the text with aliases in place.
  const edits: Array<{ start: number; end: number; value: string }> = [];
  for (const match of collectMatches(text, options)) {
    if (NUMBER_KINDS.has(match.kind)) {
      edits.push({ start: match.start, end: match.end, value: REMOVED });
      note(match.kind, match.value, REMOVED);
    } else if (match.kind === 'address') {
      // Cut to the district: what the match covers lies below it; with no district before it, say nothing.
      const value = COUNTY_LEVEL_END.test(text.slice(0, match.start)) ? '' : REMOVED;
      edits.push({ start: match.start, end: match.end, value });
      note('address', match.value, value || '（删至区县）');
    }
  }
  text = applyEdits(text, edits);

  // 3. Units that identify the person behind an alias: 云岙镇石塘村党支部书记李某 → 某镇某村党支部书记李某.
  const unitEdits = collectMatches(text, options)
    .filter((match) => match.kind === 'reidentify')
    .map((match) => {
      const value = generaliseReidentification(match.value);
      note('reidentify', match.value, value);
      return { start: match.start, end: match.end, value };
    });
  text = applyEdits(text, unitEdits);

  // 4. Once people are named by alias, every named place below the county goes too.
  if (aliasOf.size > 0) {
    const placeEdits = namedLocalPlaces(text).map((place) => {
      note('reidentify', text.slice(place.start, place.end + place.suffix.length), `某${place.suffix}`);
      return { start: place.start, end: place.end, value: '某' };
    });
    text = applyEdits(text, placeEdits);
  }

  return { text, replacements: [...tally.values()], remaining: scanText(text, '（脱敏稿）', options) };
}
