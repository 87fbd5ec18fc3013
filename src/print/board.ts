/**
 * Community-board print packs (公开栏张贴材料): for each organ, every month in which it published
 * notices, those notices in date order. Built from published entries only, so a draft or a
 * withdrawn notice can never be printed for a board, and a month without notices has no pack.
 */

export interface BoardNotice {
  id: string;
  data: { organ: string; date: string };
}

export interface BoardPack<N extends BoardNotice> {
  organ: string;
  /** YYYY-MM */
  month: string;
  /** Oldest first: the order they are pinned up in. */
  notices: N[];
}

export const monthOf = (day: string): string => day.slice(0, 7);

/** Every pack, by organ id, each organ's months newest first. */
export function boardPacks<N extends BoardNotice>(notices: readonly N[]): BoardPack<N>[] {
  const packs = new Map<string, BoardPack<N>>();
  for (const notice of notices) {
    const key = `${notice.data.organ}/${monthOf(notice.data.date)}`;
    const pack = packs.get(key) ?? { organ: notice.data.organ, month: monthOf(notice.data.date), notices: [] };
    pack.notices.push(notice);
    packs.set(key, pack);
  }
  for (const pack of packs.values()) pack.notices.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return [...packs.values()].sort((a, b) => a.organ.localeCompare(b.organ) || b.month.localeCompare(a.month));
}
