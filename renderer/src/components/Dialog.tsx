import { Modal, type ModalProps } from '@mantine/core';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { returnFocusIfLost } from './focusReturn.js';

/** How many dialogs are open: the page behind stays inert until the last one closes. */
let openDialogs = 0;

/**
 * What last took focus, as a place to return to. A dialog opened from a menu
 * often mounts after the menu has gone and focus has dropped to the page, so
 * the opener is taken from here, read while the menu was still open.
 */
let lastFocused: HTMLElement | null = null;
document.addEventListener('focusin', (event) => {
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
 * removed rather than closed, which Mantine's own return does not see.
 */
export function Dialog({ opened, children, ...props }: ModalProps) {
  const { t } = useTranslation();
  useLayoutEffect(() => {
    if (!opened) return undefined;
    // Read before the dialog's focus trap moves focus into it.
    const opener = openerOf(document.activeElement) ?? lastFocused;
    const page = document.getElementById('root');
    openDialogs += 1;
    page?.setAttribute('inert', '');
    return () => {
      openDialogs -= 1;
      if (openDialogs === 0) page?.removeAttribute('inert');
      returnFocusIfLost(opener);
    };
  }, [opened]);
  return (
    <Modal opened={opened} returnFocus={false} closeButtonProps={{ 'aria-label': t('dialog.close') }} {...props}>
      {children}
    </Modal>
  );
}
