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
  'coordinator',
] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The language had a tab of its own; an old link to it opens where it is now.
  const asked = params.get('tab') === 'language' ? 'coordinator' : params.get('tab');
  const current = tabs.find((tab) => tab === asked) ?? 'employer';
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs value={current} onChange={(tab) => setParams(tab ? { tab } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {/* Eight tabs in one row down to 1024 px wide, in either language; below the lg breakpoint a step smaller. */}
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
        <Tabs.Panel value="coordinator">
          {/* What belongs to the person at the PC: the name changes are signed with, the language, the password. */}
          <Stack>
            <CoordinatorSettings />
            <LanguageSettings />
            <VaultSettings />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
