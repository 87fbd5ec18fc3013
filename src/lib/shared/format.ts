/**
 * Formatting shared by pages, cards, feeds and open data: the one place a date or an author is
 * written out (ARCHITECTURE.md, "Rules live once").
 */

/** `2024-03-12` → `2024年3月12日`, the form of official Chinese documents. Throws on an impossible day. */
export function formatDateZh(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
    throw new RangeError(`expected a YYYY-MM-DD calendar day, found "${isoDay}"`);
  }
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** `{ name: '于谦', dynasty: '明' }` → `〔明〕于谦`, as anthologies print it (brackets typed by the editor are kept once). */
export function formatAuthor(author: { name: string; dynasty: string }): string {
  const dynasty = author.dynasty.trim().replace(/^[〔［[(（]|[〕］\])）]$/gu, '');
  return dynasty ? `〔${dynasty}〕${author.name.trim()}` : author.name.trim();
}

/** `2024-03` → `2024年3月`; a full day is written as formatDateZh writes it. */
export function formatMonthOrDayZh(value: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (!month) return formatDateZh(value);
  if (Number(month[2]) < 1 || Number(month[2]) > 12) throw new RangeError(`expected a YYYY-MM month, found "${value}"`);
  return `${Number(month[1])}年${Number(month[2])}月`;
}
