/**
 * Publication rules, in one place (ARCHITECTURE.md, "Invariants" and "Channels follow the notice"):
 *
 * - only `published` entries reach any output; an entry past its `publicUntil` day is out of every
 *   channel, judged by the build clock so builds are reproducible;
 * - a clarification reaches only the channels its `methods` name: the website (pages, search,
 *   feeds, open data, cards, posters) only with 网站, a board pack only with 公开栏. The scope of a
 *   clarification follows the scope of the harm, so a notice read out 在班子范围内 is never put on
 *   the internet;
 * - every notice that was ever issued keeps its verification record, whatever its channels, so a
 *   delivered or posted paper copy can be checked: current, 公开期满 or 已撤回.
 */
import type { Status } from '../schemas/vocabulary.ts';

export interface PublishableFields {
  status: Status;
  date: string;
  publicUntil?: string | undefined;
}

/** What a notice's channels are read from. */
export interface ChannelFields {
  methods: readonly string[];
}

/** The method that puts a notice on the website and everything made from it. */
export const WEB_METHOD = '网站';
/** The method that puts a notice in a board pack for its posting places. */
export const BOARD_METHOD = '公开栏';

/** Adds `days` to a YYYY-MM-DD day, in UTC so no time zone moves it. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The last day a notice is public: its own `publicUntil`, or, where it has none and the site sets
 * a default 公开期 (`defaultPublicDays`), its date plus that many days. Undefined: no end.
 */
export function publicUntilOf(entry: PublishableFields, defaultPublicDays?: number): string | undefined {
  if (entry.publicUntil !== undefined) return entry.publicUntil;
  return defaultPublicDays === undefined ? undefined : addDays(entry.date, defaultPublicDays);
}

/** The status an entry has on `today` (YYYY-MM-DD): expiry takes `published` out of every channel. */
export function effectiveStatus(entry: PublishableFields, today: string, defaultPublicDays?: number): Status {
  const until = publicUntilOf(entry, defaultPublicDays);
  if (entry.status === 'published' && until !== undefined && until < today) return 'withdrawn';
  return entry.status;
}

/**
 * What `/v/<code>/` says about a notice: `current` while published and within its 公开期,
 * `expired` once the 公开期 is over (still genuine), `withdrawn` when the organ withdrew it.
 * Undefined for a draft, which was never issued and has no record.
 */
export type VerificationState = 'current' | 'expired' | 'withdrawn';

export function verificationState(entry: PublishableFields, today: string, defaultPublicDays?: number): VerificationState | undefined {
  if (entry.status === 'draft') return undefined;
  if (entry.status === 'withdrawn') return 'withdrawn';
  return effectiveStatus(entry, today, defaultPublicDays) === 'published' ? 'current' : 'expired';
}

/** Whether a clarification goes on the website, and so into search, feeds, open data, cards and posters. */
export const onWebsite = (notice: ChannelFields): boolean => notice.methods.includes(WEB_METHOD);

/** Whether a clarification is printed in the board packs of its posting places. */
export const onBoard = (notice: ChannelFields): boolean => notice.methods.includes(BOARD_METHOD);

/** Scope wording that limits a clarification to a closed circle: no website, no public board. */
const CLOSED_SCOPE = /内部|班子范围|范围内说明|党组会议|不对外/;
/** Scope wording that names the website. */
const WEB_SCOPE = /网站|网上|网页|官网/;
/** Scope wording that names a public board. */
const BOARD_SCOPE = /公开栏|公示栏|宣传栏|张贴/;

/** One disagreement between a notice's recorded scope and its channels; see strings/content.ts. */
export type ScopeConflict =
  | { kind: 'closedScope'; method: string }
  | { kind: 'methodNotInScope'; method: string }
  | { kind: 'scopeNotInMethods'; method: string }
  | { kind: 'boardWithoutPlaces' }
  | { kind: 'placesWithoutBoard' };

/**
 * Where `scope` (what the organ decided) and `methods` (the channels the site uses) disagree.
 * A closed scope (内部通报, 班子范围) with 网站 or 公开栏 would spread the allegation further than
 * it went; a channel the scope does not name, or a scope naming a channel the methods lack, means
 * one of the two is wrong. "党组会议" alone is closed only when nothing wider is named beside it.
 */
export function scopeConflicts(notice: ChannelFields & { scope: string; postingPlaces?: readonly unknown[] | undefined }): ScopeConflict[] {
  const conflicts: ScopeConflict[] = [];
  const web = onWebsite(notice);
  const board = onBoard(notice);
  const scopeWeb = WEB_SCOPE.test(notice.scope);
  const scopeBoard = BOARD_SCOPE.test(notice.scope);
  const closed = CLOSED_SCOPE.test(notice.scope) && !scopeWeb && !scopeBoard;
  for (const [method, used, named] of [
    [WEB_METHOD, web, scopeWeb],
    [BOARD_METHOD, board, scopeBoard],
  ] as const) {
    if (used && closed) conflicts.push({ kind: 'closedScope', method });
    else if (used && !named) conflicts.push({ kind: 'methodNotInScope', method });
    if (named && !used) conflicts.push({ kind: 'scopeNotInMethods', method });
  }
  const places = notice.postingPlaces?.length ?? 0;
  if (board && places === 0) conflicts.push({ kind: 'boardWithoutPlaces' });
  if (!board && places > 0) conflicts.push({ kind: 'placesWithoutBoard' });
  return conflicts;
}
