/**
 * Puts focus back on `to` once what held it has gone (a dialog, a notice),
 * unless focus has already landed somewhere on purpose (a next field, a row).
 * It waits a turn: the browser drops focus to the page's body only once the
 * holder has actually left the page.
 */
export function returnFocusIfLost(to: HTMLElement | null): void {
  window.setTimeout(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && to?.isConnected) to.focus();
  }, 0);
}
