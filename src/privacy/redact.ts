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

/** What `readLetter` found in a notice letter, to fill the draft's front matter. */
export interface NoticeLetter {
  /** The first line when it reads as a title (short, no sentence mark at its end). */
  title: string | undefined;
  /** The text without title, 文号, 主送 and 落款: the site prints its own number and signature. */
  body: string;
  /** Which parts were dropped, for the editor's report. */
  dropped: Array<'docNumber' | 'addressee' | 'signature'>;
  /** The letter's date from its 落款 (YYYY-MM-DD), if it has one. */
  date: string | undefined;
  /** The alias the letter uses for its subject: the one it is addressed to, else the most frequent. */
  alias: string | undefined;
  /** The letter says the report was made under the reporter's real name (实名举报, 实名反映). */
  realNameReport: boolean;
  /** The allegations, one per item (一是…二是…, （一）…, 1.…), or the clause after 反映. */
  allegations: string[];
}

/** 潆纪澄〔2024〕3号, 明纪发[2024]12号: a 文号 line. */
const DOC_NUMBER_LINE = /^[\u3400-\u9fff]{1,16}[〔[［(（]\d{4}[〕\]］)）]第?\d{1,4}号$/u;
/** 蒋某同志：, 某镇党委：: the 主送 line, the only line of a letter that ends in a colon. */
const ADDRESSEE_LINE = /^[^。；，,;\n]{1,30}[：:]$/u;
const CHINESE_DIGITS = '〇一二三四五六七八九';
/** 2024年5月8日 or 二〇二四年五月八日: a date line of the 落款. */
const DATE_LINE = /^([0-9〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/u;
/** An organ line of the 落款: short, no sentence mark (明溪区纪委监委, 中共明溪区纪律检查委员会). */
const ORGAN_LINE = /^[\u3400-\u9fff（）()〖〗]{2,30}$/u;
/** A person's alias in the redacted body: 蒋某, 蒋某某, 蒋某甲. */
const ALIAS = /([\u3400-\u9fff])某(?:某|[甲乙丙丁戊己庚辛壬癸])?/gu;

function chineseNumber(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  if (value.length === 4) return Number([...value].map((ch) => (ch === '零' ? 0 : CHINESE_DIGITS.indexOf(ch))).join(''));
  // 十, 十二, 二十, 二十八
  const [tens, ones] = value.includes('十') ? value.split('十') : ['', value];
  return (value.includes('十') ? (tens ? CHINESE_DIGITS.indexOf(tens) : 1) * 10 : 0) + (ones ? CHINESE_DIGITS.indexOf(ones) : 0);
}

function isoDate(line: string): string | undefined {
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const [year, month, day] = [chineseNumber(m[1]!), chineseNumber(m[2]!), chineseNumber(m[3]!)];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Markers of enumerated allegations: 一是, （一）, 1. 1、 */
const ITEM_MARK = /(?:^|[：:；;。\n])\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)]|\d{1,2}[.、．])/gu;

function allegationsOf(body: string): string[] {
  const marks = [...body.matchAll(ITEM_MARK)];
  if (marks.length >= 2) {
    return marks
      .map((m, k) => {
        const from = m.index + m[0].length;
        const to = k + 1 < marks.length ? marks[k + 1]!.index + 1 : body.length;
        return body
          .slice(from, to)
          .split(/[。\n]/u)[0]!
          .replace(/[；;。，,\s]+$/u, '')
          .trim();
      })
      .filter((item) => item.length > 0);
  }
  // 反映你在……任上，为亲属……办理低保。 → 反映其在……任上，为亲属……办理低保
  const reported = /反映[，,：:]?(?:称)?(?:你|其|该同志|他|她)?([^。\n]{4,120})/u.exec(body);
  // A clause that states the finding (…的问题失实) is no allegation.
  if (!reported || /失实|不属实|属实|查无实据/u.test(reported[1]!)) return [];
  return [`反映其${reported[1]!.replace(/^(?:存在|有)?以下问题[：:]?/u, '').replace(/[；;，,]+$/u, '')}`];
}

/**
 * Reads the parts of a redacted notice letter (issue 19): the title, the 文号 line, the 主送 line
 * (蒋某同志：), the 落款 (organ lines and the date at its end), and from the body the alias, 实名举报
 * and the allegations. Works on marked text too; what it returns for the front matter is unmarked.
 */
export function readLetter(text: string): NoticeLetter {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const dropped: NoticeLetter['dropped'] = [];
  const plain = (line: string) => acceptMarks(line).trim();
  let first = lines.findIndex((line) => line.trim().length > 0);
  let title: string | undefined;
  if (first >= 0) {
    const candidate = plain(lines[first]!);
    if ([...candidate].length <= 60 && !/[。；;：:]$/u.test(candidate) && !DOC_NUMBER_LINE.test(candidate)) {
      title = candidate;
      lines.splice(first, 1);
    }
  }
  // The 文号 and the 主送 stand before the body's first sentence.
  first = lines.findIndex((line) => line.trim().length > 0);
  if (first >= 0 && DOC_NUMBER_LINE.test(plain(lines[first]!))) {
    lines.splice(first, 1);
    dropped.push('docNumber');
    first = lines.findIndex((line) => line.trim().length > 0);
  }
  let addressee: string | undefined;
  if (first >= 0 && ADDRESSEE_LINE.test(plain(lines[first]!))) {
    addressee = plain(lines[first]!);
    lines.splice(first, 1);
    dropped.push('addressee');
  }
  // The 落款: a date line at the end, and the organ lines right above it.
  let date: string | undefined;
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim().length === 0) last--;
  if (last >= 0 && isoDate(plain(lines[last]!).replace(/\s/g, ''))) {
    date = isoDate(plain(lines[last]!).replace(/\s/g, ''));
    let top = last;
    while (top - 1 >= 0 && ORGAN_LINE.test(plain(lines[top - 1]!)) && last - top < 3) top--;
    lines.splice(top, last - top + 1);
    dropped.push('signature');
  }
  const body = lines.join('\n').trim();
  const unmarked = acceptMarks(body);
  const counts = new Map<string, number>();
  const aliasesIn = (value: string) => [...value.matchAll(ALIAS)].filter((m) => leadingSurname(m[1]!) === m[1]).map((m) => m[0]);
  for (const alias of aliasesIn(unmarked)) counts.set(alias, (counts.get(alias) ?? 0) + 1);
  const addressed = addressee ? aliasesIn(acceptMarks(addressee))[0] : undefined;
  const alias = addressed ?? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    title,
    body,
    dropped,
    date,
    alias,
    realNameReport: /实名(?:举报|反映|检举|控告|信访)/u.test(unmarked),
    allegations: allegationsOf(unmarked),
  };
}
