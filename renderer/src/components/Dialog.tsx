import { Modal, type ModalProps } from '@mantine/core';
import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { returnFocusIfLost, rowPlaceOf } from './focusReturn.js';

/**
 * The open dialogs, newest last: the page behind stays inert until the last one
 * closes, and only the newest closes on Escape. Mantine's modals each listen for
 * Escape on the window, so one press over a question asked from a dialog (delete
 * this period?) would otherwise close the dialog under it too, with what was typed there.
 */
const open: symbol[] = [];
const watchers = new Set<() => void>();
const watch = (watcher: () => void) => {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
};
const changed = () => watchers.forEach((watcher) => watcher());

/**
 * What last took focus, as a place to return to. A dialog opened from a menu
 * often mounts after the menu has gone and focus has dropped to the page, so
 * the opener is taken from here, read while the menu was still open.
 */
let lastFocused: HTMLElement | null = null;
// Not in browser mode's door, which draws the first screen without a document (entry-server.tsx).
globalThis.document?.addEventListener('focusin', (event) => {
  lastFocused = openerOf(event.target instanceof Element ? event.target : null);
});

/**
 * Where focus goes back to: the button that opened the dialog, or, when that
 * was an item of a menu that has closed since, the button of that menu.
 */
function openerOf(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const menu = active.closest('[role="menu"]');
  const menuButton = menu?.id ? document.querySelector<HTMLElement>(`[aria-controls="${menu.id}"]`) : null;
  return menuButton ?? active;
}

/**
 * Every dialog of the app: Mantine's modal with a named close button, the
 * page behind it inert (a screen reader reads only the dialog), and focus
 * returned to what opened it when it closes — also when the dialog is
 * removed rather than closed, which Mantine's own return does not see, and
 * to the next row when what opened it went with its row (a deletion).
 */
export function Dialog({ opened, children, closeOnEscape = true, ...props }: ModalProps) {
  const { t } = useTranslation();
  const [self] = useState(() => Symbol('dialog'));
  const newest = useSyncExternalStore(
    watch,
    () => open[open.length - 1] === self,
    () => false,
  );
  useLayoutEffect(() => {
    if (!opened) return undefined;
    // Read before the dialog's focus trap moves focus into it.
    const opener = openerOf(document.activeElement) ?? lastFocused;
    // A row's delete button goes with its row: focus then goes to the row now in its place.
    const place = rowPlaceOf(opener);
    const page = document.getElementById('root');
    open.push(self);
    changed();
    page?.setAttribute('inert', '');
    return () => {
      open.splice(open.indexOf(self), 1);
      changed();
      if (open.length === 0) page?.removeAttribute('inert');
      returnFocusIfLost(opener, place);
    };
  }, [opened, self]);
  return (
    <Modal
      opened={opened}
      returnFocus={false}
      closeOnEscape={closeOnEscape && newest}
      closeButtonProps={{ 'aria-label': t('dialog.close') }}
      {...props}
    >
      {children}
    </Modal>
  );
}
