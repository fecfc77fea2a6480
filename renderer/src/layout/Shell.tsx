import { AppShell, Button, NavLink, Stack, Text, Title } from '@mantine/core';
import { type HotkeyItem, useElementSize, useHotkeys, useMergedRef } from '@mantine/hooks';
import {
  IconCalendarWeek,
  IconCash,
  IconDatabase,
  IconFileText,
  IconHistory,
  IconLock,
  IconReceipt,
  IconSettings,
  IconUserCheck,
  IconUsers,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { FirstStartDialog } from '../features/settings/FirstStartDialog.js';
import { YearTurnBanner } from '../features/settings/YearTurnBanner.js';
import { useApiMutation } from '../api/hooks.js';
import { NotificationStack } from './NotificationStack.js';

export const areas = [
  { path: '/week', key: 'week', icon: IconCalendarWeek },
  { path: '/today', key: 'today', icon: IconUserCheck },
  { path: '/clients', key: 'clients', icon: IconUsers },
  { path: '/agreements', key: 'agreements', icon: IconFileText },
  { path: '/pay', key: 'pay', icon: IconCash },
  { path: '/cash', key: 'cash', icon: IconReceipt },
  { path: '/audit', key: 'audit', icon: IconHistory },
  { path: '/settings', key: 'settings', icon: IconSettings },
  { path: '/data', key: 'data', icon: IconDatabase },
] as const;

/** The side navigation's width; the notification stack sits at its foot. */
export const navbarWidth = 220;

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // The notices start under the navigation links: measured, so a longer list of areas moves them down.
  const links = useElementSize<HTMLElement>();
  const [nav, setNav] = useState<HTMLElement | null>(null);
  const navRef = useMergedRef(links.ref, setNav);
  const linksBottom = nav && links.height > 0 ? nav.getBoundingClientRect().bottom : null;
  const location = useLocation();
  const navigate = useNavigate();
  const lock = useApiMutation('vault.lock', ['vault.status']);
  useHotkeys(
    [
      ...areas.map((area, index): HotkeyItem => [`alt+${index + 1}`, () => void navigate(area.path)]),
      ['mod+shift+L', () => lock.mutate({})],
    ],
    [],
  );

  return (
    <AppShell navbar={{ width: navbarWidth, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="sm" aria-label={t('app.name')}>
        <Stack gap={2} mb="md" px="sm" pt="xs">
          <Title order={2} size="h3">
            {t('app.name')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('app.tagline')}
          </Text>
        </Stack>
        <nav ref={navRef}>
          {areas.map((area) => (
            <NavLink
              key={area.key}
              component={RouterLink}
              to={area.path}
              label={t(`nav.${area.key}`)}
              leftSection={<area.icon size={22} stroke={1.6} aria-hidden />}
              active={location.pathname.startsWith(area.path)}
            />
          ))}
        </nav>
        <Stack mt="auto" px="sm" pb="xs" gap="xs">
          <Button
            variant="default"
            leftSection={<IconLock size={18} aria-hidden />}
            onClick={() => lock.mutate({})}
            title={t('vault.lockShortcut')}
          >
            {t('vault.lockNow')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('nav.shortcuts')}
          </Text>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <YearTurnBanner />
        <FirstStartDialog />
        <NotificationStack width={navbarWidth - 16} top={linksBottom === null ? null : linksBottom + 12} />
        <main>{children}</main>
      </AppShell.Main>
    </AppShell>
  );
}
