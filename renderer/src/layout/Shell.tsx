import { AppShell, Box, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import {
  type HotkeyItem,
  useDisclosure,
  useElementSize,
  useHotkeys,
  useMediaQuery,
  useMergedRef,
} from '@mantine/hooks';
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
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { FirstStartDialog } from '../features/settings/FirstStartDialog.js';
import { YearTurnBanner } from '../features/settings/YearTurnBanner.js';
import { useApiMutation } from '../api/hooks.js';
import { useUndoShortcut } from '../components/undo.js';
import { NotificationStack } from './NotificationStack.js';
import { usePageTitle } from './usePageTitle.js';

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
/** The bar with the menu button on a narrow window (or at high zoom), where the navigation folds away. */
const headerHeight = 56;
/** Below this width (48em, Mantine's "sm") the side navigation becomes a menu: 400 % zoom leaves 320 px. */
const narrowQuery = '(max-width: 47.99em)';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // The notices start under the navigation links: measured, so a longer list of areas moves them down.
  const links = useElementSize<HTMLDivElement>();
  const [nav, setNav] = useState<HTMLDivElement | null>(null);
  const navRef = useMergedRef(links.ref, setNav);
  const linksBottom = nav && links.height > 0 ? nav.getBoundingClientRect().bottom : null;
  const narrow = useMediaQuery(narrowQuery) ?? false;
  const [menuOpen, { toggle: toggleMenu, close: closeMenu }] = useDisclosure(false);
  const main = useRef<HTMLElement>(null);
  usePageTitle(main);
  useUndoShortcut();
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
  // A link taken from the folded menu closes it again.
  useEffect(() => closeMenu(), [location.pathname, closeMenu]);

  return (
    <AppShell
      header={{ height: headerHeight, collapsed: !narrow }}
      navbar={{ width: navbarWidth, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }}
      padding={narrow ? 'sm' : 'lg'}
    >
      <AppShell.Header px="sm">
        <Group h="100%" gap="sm" wrap="nowrap">
          <Burger
            opened={menuOpen}
            onClick={toggleMenu}
            aria-label={t('nav.menu')}
            aria-expanded={menuOpen}
            aria-controls="app-navigation"
          />
          <Text fw={700}>{t('app.name')}</Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')} id="app-navigation">
        <Stack gap={2} mb="md" px="sm" pt="xs" visibleFrom="sm">
          <Text fw={700} size="xl" component="p">
            {t('app.name')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Box ref={navRef}>
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
        </Box>
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
      <AppShell.Main ref={main}>
        <YearTurnBanner />
        <FirstStartDialog />
        <NotificationStack
          width={narrow ? Math.min(navbarWidth, window.innerWidth) - 16 : navbarWidth - 16}
          top={narrow ? headerHeight + 8 : linksBottom === null ? null : linksBottom + 12}
        />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
