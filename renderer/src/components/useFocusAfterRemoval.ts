import { useEffect, useRef } from 'react';

/**
 * Keeps keyboard focus when a row goes away (a client crossed off, taken off
 * the waiting list): once the row is gone, focus moves to the row now in its
 * place (or the last one), else to the quick-book field of the same shift.
 * Rows carry `data-row`; focus placed elsewhere meanwhile is left alone.
 */
export function useFocusAfterRemoval<T extends HTMLElement>(keys: readonly number[]) {
  const container = useRef<T>(null);
  const leaving = useRef<{ key: number; index: number } | null>(null);
  const present = keys.join(',');

  useEffect(() => {
    const gone = leaving.current;
    if (!gone || present.split(',').includes(String(gone.key))) return;
    leaving.current = null;
    const root = container.current;
    const active = document.activeElement;
    const lost = active === null || active === document.body || (root?.contains(active) ?? false);
    if (!root || !lost) return;
    const rows = root.querySelectorAll<HTMLElement>('[data-row]');
    const row = rows[Math.min(gone.index, rows.length - 1)];
    const target =
      row?.querySelector<HTMLElement>('button') ??
      root.closest('section')?.querySelector<HTMLElement>('[role="combobox"]') ??
      null;
    target?.focus();
  }, [present]);

  /** Called before the row with this key, at this place, is removed. */
  const willRemove = (key: number, index: number) => {
    leaving.current = { key, index };
  };
  return [container, willRemove] as const;
}
