import { Button, Group, Stack, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RegisterTable } from './RegisterTable.js';
import { WatchPanel } from './WatchPanel.js';

/** The agreements area: what needs attention on top, the register below. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useHotkeys([['mod+n', () => void navigate('/agreements/new')]]);
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t('agreements.title')}</Title>
        <Button component={Link} to="/agreements/new" leftSection={<IconPlus size={18} aria-hidden />}>
          {t('agreements.new')}
        </Button>
      </Group>
      <WatchPanel />
      <Title order={2} size="h3" mt="sm">
        {t('agreements.register.title')}
      </Title>
      <RegisterTable />
    </Stack>
  );
}
