import { dateText, listName, moneyText } from '@contract/present.js';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { WatchLists } from '@contract/agreements/watch.js';
import { IconAlertTriangle, IconCalendarDue, IconUserExclamation } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';

import { MinimumWageDialog } from './MinimumWageDialog.js';

const shown = 6;

function Card(props: { title: string; count: number; icon: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={props.title}>
      <Stack gap="sm" h="100%">
        <Group gap="xs" wrap="nowrap">
          {props.icon}
          <Title order={2} size="h5" style={{ flex: 1 }}>
            {props.title}
          </Title>
          <Badge color={props.count > 0 ? 'orange' : 'teal'} variant="light" size="md">
            {props.count}
          </Badge>
        </Group>
        <Stack gap={8} style={{ flex: 1 }}>
          {props.children}
        </Stack>
        {props.footer}
      </Stack>
    </Paper>
  );
}

function More({ total }: { total: number }) {
  const { t } = useTranslation();
  return total > shown ? (
    <Text size="sm" c="dimmed">
      {t('agreements.watch.more', { count: total - shown })}
    </Text>
  ) : null;
}

function Ending({ watch }: { watch: WatchLists }) {
  const { t, i18n } = useTranslation();
  const items = watch.endingSoon;
  return (
    <Card
      title={t('agreements.watch.endingTitle', { count: watch.watchDays })}
      count={items.length}
      icon={<IconCalendarDue size={22} aria-hidden />}
    >
      {items.length === 0 && <Text c="dimmed">{t('agreements.watch.endingEmpty', { count: watch.watchDays })}</Text>}
      {items.slice(0, shown).map((a) => (
        <Stack key={a.id} gap={0}>
          <Anchor component={Link} to={`/agreements/${a.id}`} fw={600}>
            {listName(a)} · {a.number}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('agreements.watch.lastDay', { date: a.lastDay ? dateText(i18n.language, a.lastDay) : '' })} ·{' '}
            {a.followUp
              ? t('agreements.watch.followUp', { number: a.followUp.number })
              : t('agreements.watch.noFollowUp')}
          </Text>
        </Stack>
      ))}
      <More total={items.length} />
    </Card>
  );
}

function Without({ watch }: { watch: WatchLists }) {
  const { t } = useTranslation();
  const items = watch.withoutAgreement;
  return (
    <Card
      title={t('agreements.watch.withoutTitle')}
      count={items.length}
      icon={<IconUserExclamation size={22} aria-hidden />}
    >
      {items.length === 0 ? (
        <Text c="dimmed">{t('agreements.watch.withoutEmpty')}</Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('agreements.watch.withoutHint')}
        </Text>
      )}
      {items.slice(0, shown).map((c) => (
        <Group key={c.clientId} justify="space-between" wrap="nowrap" gap="xs">
          <Stack gap={0}>
            <Anchor component={Link} to={`/clients/${c.clientId}`} fw={600}>
              {listName(c)}
            </Anchor>
            {c.pending && (
              <Anchor component={Link} to={`/agreements/${c.pending.id}`} size="sm" c="dimmed">
                {t('agreements.watch.pending', {
                  number: c.pending.number,
                  state: t(`agreements.stateBadge.${c.pending.state}`),
                })}
              </Anchor>
            )}
          </Stack>
          {!c.pending && (
            <Button
              component={Link}
              to={`/agreements/new?client=${c.clientId}`}
              variant="light"
              size="sm"
              style={{ flexShrink: 0 }}
            >
              {t('agreements.watch.create')}
            </Button>
          )}
        </Group>
      ))}
      <More total={items.length} />
    </Card>
  );
}

function BelowMinimum({ watch }: { watch: WatchLists }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [planFrom, setPlanFrom] = useState<string | null>(null);
  const items = watch.belowMinimum;
  const next = watch.nextParameters;
  const from = items[0]?.from ?? next?.validFrom ?? null;
  return (
    <Card
      title={t('agreements.watch.belowTitle')}
      count={items.length}
      icon={<IconAlertTriangle size={22} aria-hidden />}
      footer={
        from && items.length > 0 ? (
          <Button variant="filled" onClick={() => setPlanFrom(from)}>
            {t('agreements.watch.prepare')}
          </Button>
        ) : null
      }
    >
      {next && (
        <Text size="sm" c="dimmed">
          {t('agreements.watch.nextKnown', {
            date: dateText(lang, next.validFrom),
            minimum: moneyText(lang, next.minWageHourly),
          })}
        </Text>
      )}
      {items.length === 0 && (
        <Text c="dimmed">{next ? t('agreements.watch.belowEmpty') : t('agreements.watch.belowNoNext')}</Text>
      )}
      {items.slice(0, shown).map((a) => (
        <Stack key={a.id} gap={0}>
          <Anchor component={Link} to={`/agreements/${a.id}`} fw={600}>
            {listName(a)} · {a.number}
          </Anchor>
          <Text size="sm" c={a.pending ? 'dimmed' : 'red.8'}>
            {t('agreements.watch.belowItem', {
              date: dateText(lang, a.from),
              rate: moneyText(lang, a.rate),
              minimum: moneyText(lang, a.minimum),
            })}
            {a.pending ? ` · ${t('agreements.watch.belowPending', { seq: a.pending.seq })}` : ''}
          </Text>
        </Stack>
      ))}
      <More total={items.length} />
      {planFrom && <MinimumWageDialog initialFrom={planFrom} onClose={() => setPlanFrom(null)} />}
    </Card>
  );
}

/** What needs the coordinator's attention, above the register. */
export function WatchPanel() {
  const { t } = useTranslation();
  const watch = useApiQuery('agreements.watch', {});
  if (watch.isError) return <Alert color="red">{errorMessage(watch.error, t)}</Alert>;
  if (!watch.data) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} aria-label={t('agreements.watch.title')}>
      <Ending watch={watch.data} />
      <Without watch={watch.data} />
      <BelowMinimum watch={watch.data} />
    </SimpleGrid>
  );
}
