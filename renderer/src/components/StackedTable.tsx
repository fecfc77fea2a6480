import { Table, type TableProps } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';

/**
 * Names every body and total cell after its column (`data-label`), so a row laid out as
 * a card can still say what each value is. The header row stays the one place
 * a column is named; the names follow it when rows or languages change.
 */
function labelCells(table: HTMLTableElement) {
  const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
    let column = 0;
    for (const cell of row.children) {
      const label = heads[column] ?? '';
      if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      column += cell instanceof HTMLTableCellElement ? cell.colSpan : 1;
    }
  }
}

/**
 * A data table that reflows: where its place is narrower than 40 rem (a small
 * window, or 200–400 % zoom) each row becomes a card of label and value pairs
 * under the row's first cell, so the page never scrolls sideways (WCAG 1.4.10).
 * The layout lives in app.css (`.stacked-table`); every list table uses this.
 */
export function StackedTable(props: TableProps) {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    labelCells(table);
    // Rows come and go without this component rendering again (a row's own state, a new page of the list).
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div className="stacked-table">
      <Table ref={ref} {...props} />
    </div>
  );
}
