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
  /** The same text with every replacement marked 〖…〗 for review. */
  marked: string;
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

/**
 * Marks around every replacement in the draft (〖蒋某〗, 〖（略）〗, and 〖〗 where text was cut), so
 * the editor can review each one. `npm run redact -- --accept <draft>` removes them
 * (`acceptMarks`); they are characters no notice uses, so a search for 〖 finds every one.
 */
export const MARK_OPEN = '〖';
export const MARK_CLOSE = '〗';

interface Edit {
  start: number;
  end: number;
  value: string;
}
interface Span {
  start: number;
  end: number;
}

/**
 * Narrows an edit to what it changes (云岙镇石塘村党支部书记李某 → 某镇某村党支部书记李某 changes only
 * 云岙镇石塘 → 某镇某), so that everything else stays unmarked and byte for byte.
 */
function narrow(text: string, edit: Edit): Edit | undefined {
  const old = text.slice(edit.start, edit.end);
  if (old === edit.value) return undefined;
  let head = 0;
  while (head < old.length && head < edit.value.length && old[head] === edit.value[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < edit.value.length - head &&
    old[old.length - 1 - tail] === edit.value[edit.value.length - 1 - tail]
  )
    tail++;
  return { start: edit.start + head, end: edit.end - tail, value: edit.value.slice(head, edit.value.length - tail) };
}

/**
 * Applies `edits` (non-overlapping, any order) to `text`, and carries the marked spans of the
 * earlier steps over to the new text, adding one span per edit: the whole edit (〖陈某〗), or with
 * `narrowed` only the characters it changes (〖某镇某〗村党支部书记).
 */
function applyEdits(text: string, edits: readonly Edit[], marks: Span[], narrowed = false): { text: string; marks: Span[] } {
  const sorted = edits
    .map((edit) => (narrowed ? narrow(text, edit) : text.slice(edit.start, edit.end) === edit.value ? undefined : edit))
    .filter((edit): edit is Edit => edit !== undefined)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  const placed: Span[] = [];
  for (const edit of sorted) {
    out += text.slice(from, edit.start);
    placed.push({ start: out.length, end: out.length + edit.value.length });
    out += edit.value;
    from = edit.end;
  }
  out += text.slice(from);
  // An old span's ends in the new text: shifted by the edits before them, or onto the edit they fall in.
  const delta = (edit: Edit) => edit.value.length - (edit.end - edit.start);
  const mapStart = (at: number) => {
    let shift = 0;
    for (const [k, edit] of sorted.entries()) {
      if (edit.end <= at) shift += delta(edit);
      else if (edit.start <= at) return placed[k]!.start;
      else break;
    }
    return at + shift;
  };
  const mapEnd = (at: number) => {
    let shift = 0;
    for (const [k, edit] of sorted.entries()) {
      if (edit.end <= at) shift += delta(edit);
      else if (edit.start < at) return placed[k]!.end;
      else break;
    }
    return at + shift;
  };
  const carried = marks.map((m) => ({ start: mapStart(m.start), end: Math.max(mapStart(m.start), mapEnd(m.end)) }));
  return { text: out, marks: mergeSpans([...carried, ...placed]) };
}

/** Overlapping spans as one; spans that only touch stay apart (〖某镇〗〖某村〗 is two reviews). */
function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = out.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** `text` with every span wrapped in 〖…〗. */
function withMarks(text: string, marks: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const mark of marks) {
    out += `${text.slice(from, mark.start)}${MARK_OPEN}${text.slice(mark.start, mark.end)}${MARK_CLOSE}`;
    from = mark.end;
  }
  return out + text.slice(from);
}

/** The reviewed draft: every 〖…〗 replaced by what it holds (〖〗 by nothing). */
export const acceptMarks = (text: string) => text.replace(/〖([^〖〗\n]*)〗/gu, '$1');

/** True when `text` still has a review mark. */
export const hasMarks = (text: string) => /[〖〗]/u.test(text);

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
  const nameEdits: Edit[] = [];
  for (let at = 0; at < source.length; at++) {
    const name = names.find((n) => source.startsWith(n, at));
    if (!name) continue;
    nameEdits.push({ start: at, end: at + name.length, value: aliasOf.get(name)! });
    note('name', name, aliasOf.get(name)!);
    at += name.length - 1;
  }
  let { text, marks } = applyEdits(source, nameEdits, []);

  // 2. Numbers and addresses, on the text with aliases in place.
  const edits: Edit[] = [];
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
  ({ text, marks } = applyEdits(text, edits, marks));

  // 3. Units that identify the person behind an alias: 云岙镇石塘村党支部书记李某 → 某镇某村党支部书记李某.
  const unitEdits = collectMatches(text, options)
    .filter((match) => match.kind === 'reidentify')
    .map((match) => {
      const value = generaliseReidentification(match.value);
      note('reidentify', match.value, value);
      return { start: match.start, end: match.end, value };
    });
  ({ text, marks } = applyEdits(text, unitEdits, marks, true));

  // 4. Once people are named by alias, every named place below the county goes too.
  if (aliasOf.size > 0) {
    const placeEdits = namedLocalPlaces(text).map((place) => {
      note('reidentify', text.slice(place.start, place.end + place.suffix.length), `某${place.suffix}`);
      return { start: place.start, end: place.end, value: '某' };
    });
    ({ text, marks } = applyEdits(text, placeEdits, marks, true));
  }

  return { text, marked: withMarks(text, marks), replacements: [...tally.values()], remaining: scanText(text, '（脱敏稿）', options) };
}
