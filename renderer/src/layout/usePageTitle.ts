import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The window's title names the screen as its heading does ("Týden 50 –
 * Shiftbook"), so a screen reader announces where a link led and the task bar
 * tells windows apart. Read from the page's h1, so every screen, new ones
 * too, gets its title without saying it twice.
 */
export function usePageTitle(main: RefObject<HTMLElement | null>): void {
  const { t } = useTranslation();
  useEffect(() => {
    const root = main.current;
    if (!root) return undefined;
    const update = () => {
      const heading = root.querySelector('h1')?.textContent?.trim();
      const title = heading ? t('pageTitle.withScreen', { screen: heading }) : t('app.name');
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [main, t]);
}
