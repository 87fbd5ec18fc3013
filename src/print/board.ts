/**
 * Community-board print packs (公开栏张贴材料): one per public board (张贴地点) and month, holding
 * the notices posted on that board that month, in date order. Built from the published notices
 * whose methods include 公开栏 (content/publication.ts), so a draft, a withdrawn notice or one whose
 * scope has no board is never printed for one, and a board without notices has no pack.
 */

export interface BoardNotice {
  id: string;
  data: { organ: string; date: string; postingPlaces: readonly { id: string; name: string }[] };
}

export interface BoardPack<N extends BoardNotice> {
  /** The board's id (the pack's address) and the name printed as 张贴地点. */
  place: { id: string; name: string };
  /** YYYY-MM */
  month: string;
  /** Oldest first: the order they are pinned up in. */
  notices: N[];
}

export const monthOf = (day: string): string => day.slice(0, 7);

/** Every pack: boards by id, each board's months newest first. A notice on two boards is in both. */
export function boardPacks<N extends BoardNotice>(notices: readonly N[]): BoardPack<N>[] {
  const packs = new Map<string, BoardPack<N>>();
  for (const notice of notices) {
    for (const place of notice.data.postingPlaces) {
      const key = `${place.id}/${monthOf(notice.data.date)}`;
      const pack = packs.get(key) ?? { place: { id: place.id, name: place.name }, month: monthOf(notice.data.date), notices: [] };
      pack.notices.push(notice);
      packs.set(key, pack);
    }
  }
  for (const pack of packs.values()) pack.notices.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return [...packs.values()].sort((a, b) => a.place.id.localeCompare(b.place.id) || b.month.localeCompare(a.month));
}
