/**
 * Puts focus back on `to` once what held it has gone (a dialog, a notice),
 * unless focus has already landed somewhere on purpose (a next field, a row).
 * It waits a turn: the browser drops focus to the page's body only once the
 * holder has actually left the page.
 */
export function returnFocusIfLost(to: HTMLElement | null, place: RowPlace | null = null): void {
  window.setTimeout(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!lost) return;
    if (to?.isConnected) to.focus();
    else if (place?.list.isConnected) {
      // The row went (deleted after the question): the row now in its place, or the last one.
      const rows = place.list.children;
      rows[Math.min(place.index, rows.length - 1)]?.querySelector<HTMLElement>('button, a[href]')?.focus();
    }
  }, 0);
}

/** Where a row's button sits: its list (a table's body, a list) and the row's place in it. */
export interface RowPlace {
  list: Element;
  index: number;
}

/** The place of the row holding `element`, if it is in one, read while the row is still there. */
export function rowPlaceOf(element: HTMLElement | null): RowPlace | null {
  const row = element?.closest('tr, li');
  const list = row?.parentElement;
  return row && list ? { list, index: Array.from(list.children).indexOf(row) } : null;
}
