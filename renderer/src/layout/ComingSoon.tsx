import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An area that is not built yet says so instead of pretending. */
export function ComingSoon({ area }: { area: 'today' | 'pay' }) {
  const { t } = useTranslation();
  return (
    <Stack maw={640}>
      <Title order={1}>{t(`nav.${area}`)}</Title>
      <Paper withBorder p="xl">
        <Stack align="flex-start">
          <IconTools size={36} stroke={1.4} aria-hidden />
          <Title order={2} size="h3">
            {t('coming.title')}
          </Title>
          <Text>{t('coming.text', { area: t(`nav.${area}`) })}</Text>
          <Button component={Link} to="/clients" variant="light">
            {t('coming.toClients')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
