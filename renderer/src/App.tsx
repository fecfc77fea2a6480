import { drawnMark, languageOf } from '@contract/first-reads.js';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/cs';
import 'dayjs/locale/en-gb';
import type { i18n as I18n } from 'i18next';
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { seedFirstAnswers } from './api/firstAnswers.js';
import type { Drawn } from './firstReads.js';
import { VaultGate } from './features/vault/VaultGate.js';
import { LanguageSync } from './layout/LanguageSync.js';
import { createAppRouter } from './routes.js';
import { i18n } from './i18n/index.js';
import { theme } from './theme.js';

/** One cache per page (and per first screen browser mode's door draws, entry-server.tsx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
}

function Localised({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  return (
    <DatesProvider settings={{ locale: current.language === 'en' ? 'en-gb' : 'cs', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

/**
 * Lets the drawn first screen be used once the page has taken it over: a
 * click before then would reach nothing. First in the tree, so a dialog open
 * from the start makes the page inert again after this.
 */
function TakenOver() {
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    if (!root?.hasAttribute(drawnMark)) return;
    root.removeAttribute(drawnMark);
    root.removeAttribute('inert');
  }, []);
  return null;
}

/**
 * Everything around the pages (language, cache, theme, the lock, dates),
 * with the router inside: the page's own, or the one browser mode's door
 * draws the first screen with. One tree for both, so the page takes over
 * what the door drew without drawing it again.
 */
export function AppFrame({
  language,
  queryClient,
  children,
}: {
  language: I18n;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <TakenOver />
      <I18nextProvider i18n={language}>
        <QueryClientProvider client={queryClient}>
          <MantineProvider theme={theme}>
            <VaultGate>
              <LanguageSync />
              <Localised>{children}</Localised>
            </VaultGate>
          </MantineProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  );
}

/**
 * Draws the app into #root. When browser mode's door sent the first screen
 * already drawn (with the answers it was drawn from, #root marked with the
 * address it was drawn at), the page takes it over (hydrates) from the same
 * answers in the same language at the same address, so what is on screen
 * stays; otherwise it draws from nothing.
 */
export async function renderApp(drawn: Drawn | null): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  if (drawn === null) {
    createRoot(root).render(app(createQueryClient()));
    return;
  }
  // "/" came with this week's board, drawn at its own address: the router starts there, as the page's redirect would.
  if (drawn.at !== window.location.pathname) window.history.replaceState(null, '', drawn.at);
  const queryClient = createQueryClient();
  seedFirstAnswers(queryClient, drawn.answers);
  await i18n.changeLanguage(languageOf(drawn.answers));
  hydrateRoot(root, app(queryClient));
}

const app = (queryClient: QueryClient) => (
  <AppFrame language={i18n} queryClient={queryClient}>
    <RouterProvider router={createAppRouter()} />
  </AppFrame>
);
