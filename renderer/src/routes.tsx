import type { ComponentType } from 'react';
import { createBrowserRouter, createRoutesFromElements, Navigate, Outlet, Route, type RouteObject } from 'react-router';
import { CurrentWeekRedirect, WeekPage } from './features/schedule/WeekPage.js';
import { Shell } from './layout/Shell.js';

/**
 * A page's code loads when its route is first visited, so opening the app runs
 * only the week board's, the screen it opens on (and builds only the zod
 * schemas of the forms that board can show).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return async () => ({ Component: (await load())[name] });
}

const today = () => import('./features/today/TodayPage.js');

/** The app's routes: one list for the page's router and for browser mode's first screen (entry-server.tsx). */
export function appRoutes(): RouteObject[] {
  return createRoutesFromElements(
    <Route
      element={
        <Shell>
          <Outlet />
        </Shell>
      }
    >
      <Route path="/" element={<CurrentWeekRedirect />} />
      <Route path="/week" element={<CurrentWeekRedirect />} />
      <Route path="/week/:year/:week" element={<WeekPage />} />
      <Route path="/today" lazy={page(today, 'TodayRedirect')} />
      <Route path="/today/:date" lazy={page(today, 'TodayPage')} />
      <Route path="/clients" lazy={page(() => import('./features/clients/ClientsPage.js'), 'ClientsPage')} />
      <Route path="/clients/new" lazy={page(() => import('./features/clients/NewClientPage.js'), 'NewClientPage')} />
      <Route
        path="/clients/:id"
        lazy={page(() => import('./features/clients/ClientDetailPage.js'), 'ClientDetailPage')}
      />
      <Route
        path="/agreements"
        lazy={page(() => import('./features/agreements/AgreementsPage.js'), 'AgreementsPage')}
      />
      <Route
        path="/agreements/new"
        lazy={page(() => import('./features/agreements/NewAgreementPage.js'), 'NewAgreementPage')}
      />
      <Route
        path="/agreements/:id"
        lazy={page(() => import('./features/agreements/AgreementDetailPage.js'), 'AgreementDetailPage')}
      />
      <Route
        path="/agreements/:id/edit"
        lazy={page(() => import('./features/agreements/EditAgreementPage.js'), 'EditAgreementPage')}
      />
      <Route path="/pay" lazy={page(() => import('./features/pay/PayPage.js'), 'PayRedirect')} />
      <Route path="/pay/:month" lazy={page(() => import('./features/pay/PayPage.js'), 'PayPage')} />
      <Route path="/cash" lazy={page(() => import('./features/cash/CashPage.js'), 'CashPage')} />
      <Route path="/audit" lazy={page(() => import('./features/privacy/AuditLogPage.js'), 'AuditLogPage')} />
      <Route path="/settings" lazy={page(() => import('./features/settings/SettingsPage.js'), 'SettingsPage')} />
      <Route path="/data" lazy={page(() => import('./features/data/DataPage.js'), 'DataPage')} />
      <Route path="*" element={<Navigate to="/week" replace />} />
    </Route>,
  );
}

/** A data router, so a page with unsaved changes can ask before it is left (useBlocker). */
export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}
