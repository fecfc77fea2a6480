import { createBrowserRouter, createRoutesFromElements, Navigate, Outlet, Route } from 'react-router';
import { AgreementDetailPage } from './features/agreements/AgreementDetailPage.js';
import { AgreementsPage } from './features/agreements/AgreementsPage.js';
import { EditAgreementPage } from './features/agreements/EditAgreementPage.js';
import { NewAgreementPage } from './features/agreements/NewAgreementPage.js';
import { CashPage } from './features/cash/CashPage.js';
import { ClientDetailPage } from './features/clients/ClientDetailPage.js';
import { ClientsPage } from './features/clients/ClientsPage.js';
import { DataPage } from './features/data/DataPage.js';
import { NewClientPage } from './features/clients/NewClientPage.js';
import { PayPage, PayRedirect } from './features/pay/PayPage.js';
import { AuditLogPage } from './features/privacy/AuditLogPage.js';
import { CurrentWeekRedirect, WeekPage } from './features/schedule/WeekPage.js';
import { SettingsPage } from './features/settings/SettingsPage.js';
import { TodayPage, TodayRedirect } from './features/today/TodayPage.js';
import { Shell } from './layout/Shell.js';

/** A data router, so a page with unsaved changes can ask before it is left (useBlocker). */
export function createAppRouter() {
  return createBrowserRouter(
    createRoutesFromElements(
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
        <Route path="/today" element={<TodayRedirect />} />
        <Route path="/today/:date" element={<TodayPage />} />
        <Route path="/clients" element={<ClientsPage />} />
        <Route path="/clients/new" element={<NewClientPage />} />
        <Route path="/clients/:id" element={<ClientDetailPage />} />
        <Route path="/agreements" element={<AgreementsPage />} />
        <Route path="/agreements/new" element={<NewAgreementPage />} />
        <Route path="/agreements/:id" element={<AgreementDetailPage />} />
        <Route path="/agreements/:id/edit" element={<EditAgreementPage />} />
        <Route path="/pay" element={<PayRedirect />} />
        <Route path="/pay/:month" element={<PayPage />} />
        <Route path="/cash" element={<CashPage />} />
        <Route path="/audit" element={<AuditLogPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/data" element={<DataPage />} />
        <Route path="*" element={<Navigate to="/week" replace />} />
      </Route>,
    ),
  );
}
