/**
 * Sorting a table by a column, with a script: each sortable header gets a button; pressing it
 * sorts the rows by that column's `data-sort` values (or text), ascending then descending, and
 * says so in `aria-sort`. Without a script the table reads as it was built.
 */
export function enhanceSortableTables(root: Document): void {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
    for (const header of headers) {
      const column = [...header.parentElement!.children].indexOf(header);
      const button = root.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = header.textContent;
      button.setAttribute('aria-label', header.dataset['sortLabel'] ?? header.textContent ?? '');
      header.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const value = (row: HTMLTableRowElement) => {
          const cell = row.cells[column];
          return cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '';
        };
        const rows = [...body.rows].sort((a, b) => collator.compare(value(a), value(b)) * (ascending ? 1 : -1));
        body.append(...rows);
      });
    }
  }
}
