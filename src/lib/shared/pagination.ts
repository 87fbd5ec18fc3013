/** Splits a list into numbered pages; page 1 lives at the list's own URL. */
export interface PageSlice<T> {
  page: number;
  totalPages: number;
  items: T[];
  total: number;
}

export function paginate<T>(items: readonly T[], pageSize: number): PageSlice<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: totalPages }, (_, index) => ({
    page: index + 1,
    totalPages,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    total: items.length,
  }));
}
