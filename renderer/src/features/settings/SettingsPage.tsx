import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgreementSettingsForm } from './AgreementSettingsForm.js';
import { AttendanceSettingsForm } from './AttendanceSettingsForm.js';
import { CoordinatorSettings } from './CoordinatorSettings.js';
import { EmployerForm } from './EmployerForm.js';
import { HolidaysPanel } from './HolidaysPanel.js';
import { LanguageSettings } from './LanguageSettings.js';
import { ParametersPanel } from './ParametersPanel.js';
import { PrivacySettingsForm } from './PrivacySettingsForm.js';
import { ScheduleSettingsTab } from '../schedule/settings/ScheduleSettingsTab.js';
import { VaultSettings } from '../vault/VaultSettings.js';

const tabs = [
  'employer',
  'parameters',
  'holidays',
  'agreements',
  'schedule',
  'attendance',
  'privacy',
  'language',
  'coordinator',
] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const current = tabs.find((tab) => tab === params.get('tab')) ?? 'employer';
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs value={current} onChange={(tab) => setParams(tab ? { tab } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {/* Nine tabs in one row down to 1024 px wide, in either language; below the lg breakpoint a step smaller. */}
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab} fz={{ base: 'sm', lg: 'md' }} px={{ base: 'xs', lg: 'sm' }}>
              {t(`settings.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="employer">
          <EmployerForm />
        </Tabs.Panel>
        <Tabs.Panel value="parameters">
          <ParametersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="holidays">
          <HolidaysPanel />
        </Tabs.Panel>
        <Tabs.Panel value="agreements">
          <AgreementSettingsForm />
        </Tabs.Panel>
        <Tabs.Panel value="schedule">
          <ScheduleSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="attendance">
          <AttendanceSettingsForm />
        </Tabs.Panel>
        <Tabs.Panel value="privacy">
          <PrivacySettingsForm />
        </Tabs.Panel>
        <Tabs.Panel value="language">
          <LanguageSettings />
        </Tabs.Panel>
        <Tabs.Panel value="coordinator">
          <CoordinatorSettings />
          <VaultSettings />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
