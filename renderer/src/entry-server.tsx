/**
 * Browser mode's door draws the week board into the page it sends
 * (core/doors/http.ts), from the same answers it sends with it, so the board
 * is on screen before the page's code has loaded; the page then takes it
 * over (App.tsx renderApp). Built apart from the page (vite build --ssr) and
 * given to the door by whoever starts it (core/doors/first-screen.ts).
 */
import { languageOf, type FirstAnswer } from '@contract/first-reads.js';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppFrame, createQueryClient } from './App.js';
import { seedFirstAnswers } from './api/firstAnswers.js';
import { i18n } from './i18n/index.js';
import { appRoutes } from './routes.js';

// One per language, made once: the page's own instance stays in Czech until the page changes it.
const languages = { cs: i18n.cloneInstance({ lng: 'cs' }), en: i18n.cloneInstance({ lng: 'en' }) };

/**
 * The markup of the screen at `pathname` drawn from `answers` (the page's
 * JSON block), or null when it cannot be drawn here: a page whose code
 * loads on demand.
 */
export function drawFirstScreen(pathname: string, answers: FirstAnswer[]): string | null {
  const router = createMemoryRouter(appRoutes(), { initialEntries: [pathname] });
  if (!router.state.initialized) {
    router.dispose();
    return null;
  }
  const queryClient = createQueryClient();
  seedFirstAnswers(queryClient, answers);
  try {
    return renderToString(
      <AppFrame language={languages[languageOf(answers)]} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppFrame>,
    );
  } finally {
    queryClient.clear();
    router.dispose();
  }
}
