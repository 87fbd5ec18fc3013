/** Formatting shared by pages, cards and feeds. */

/** 2024-03-12 → 2024年3月12日, the form used in official Chinese documents. */
export function formatDateZh(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 〔明〕于谦: dynasty in hexagonal brackets, as anthologies print it. */
export function formatAuthor(author: { name: string; dynasty: string }): string {
  return `〔${author.dynasty}〕${author.name}`;
}

export function yearOf(isoDay: string): string {
  return isoDay.slice(0, 4);
}
