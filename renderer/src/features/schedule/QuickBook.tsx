import { fullName, shortDateText } from '@contract/present.js';
import { Badge, Combobox, Group, Text, TextInput, useCombobox } from '@mantine/core';
import type { ClientSummary } from '@contract/clients.js';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.js';
import { wrappingBadge } from '../../components/wrappingBadge.js';
import type { ClientPick } from './useScheduleActions.js';

interface Props {
  /** The shift is full: picking puts the client on the waiting list. */
  full: boolean;
  /**
   * A booking is under way: a pick made now waits for it to end. The field
   * stays enabled, so focus stays in it for the next client.
   */
  busy: boolean;
  onPick: (client: ClientPick) => Promise<boolean>;
  inputRef?: Ref<HTMLInputElement>;
  /** Another purpose's label (a walk-in at the arrival desk). */
  label?: string;
}

/**
 * Type a few letters of a name, nickname or code; arrows and Enter pick.
 * The same search as the client register (diacritics do not matter).
 */
export function QuickBook({ full, busy, onPick, inputRef, label }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQueryState] = useState('');
  // What the field holds now, for a booking that ends after the next name was begun.
  const typed = useRef('');
  const setQuery = (text: string) => {
    typed.current = text;
    setQueryState(text);
  };
  /*
   * A pick made before it can be carried out: Enter before the matches for
   * what was typed are in, or while the last booking is still being saved.
   * It is kept and carried out once both are ready, so a quick Enter is
   * never lost; typing on drops it.
   */
  const waiting = useRef<{ clientId: number | null } | null>(null);
  // The text was given back during this key press (see pick).
  const givenBack = useRef(false);
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  // The client the arrows moved to; the first match until they are used.
  const [arrowed, setArrowed] = useState<number | null>(null);
  const listId = useId();
  const optionId = (clientId: number) => `${listId}-${clientId}`;
  const searching = debounced.length >= 2;
  const results = useApiQuery(
    'clients.list',
    { query: debounced, limit: 8 },
    { enabled: searching, placeholderData: (previous) => previous },
  );
  const options = searching ? (results.data?.items ?? []) : [];
  // Who of those offered is blocked for no-shows: the schedule decides, the picker only marks.
  const offeredIds = options.map((o) => o.id);
  const noShows = useApiQuery(
    'schedule.noShows',
    { clientIds: offeredIds },
    { enabled: offeredIds.length > 0, placeholderData: (previous) => previous },
  );
  const blockedUntil = new Map((noShows.data ?? []).map((n) => [n.clientId, n.blockedUntil]));

  const activeIndex = Math.max(
    0,
    options.findIndex((o) => o.id === arrowed),
  );
  const active = options[activeIndex];
  // Enter takes the highlighted match once the matches are in and are for what was typed.
  const current = debounced === query.trim() && results.isSuccess && !results.isPlaceholderData;

  useEffect(() => {
    if (options.length > 0) combobox.selectFirstOption();
    // Only when the results change; the store itself is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results.data]);

  /*
   * The field empties the moment a client is picked, so the next name can be
   * typed while the booking is saved; if it does not go through (a refusal,
   * or a reason not given), the text comes back unless something new was typed.
   */
  const pick = async (client: ClientSummary) => {
    const pickedFor = typed.current;
    setQuery('');
    combobox.closeDropdown();
    const done = await onPick({ id: client.id, name: fullName(client) });
    if (!done && typed.current === '') {
      setQuery(pickedFor);
      // The Esc that closed the reason dialog (which hears it first) then reaches this field: it must not empty it again.
      givenBack.current = true;
      window.setTimeout(() => {
        givenBack.current = false;
      }, 0);
    }
  };

  // The kept pick: the client it named, or the highlighted match (Enter), once the matches are current and no booking runs.
  const carryOut = () => {
    const wanted = waiting.current;
    if (!wanted || busy || !current) return;
    waiting.current = null;
    const client = wanted.clientId === null ? active : options.find((o) => o.id === wanted.clientId);
    if (client) void pick(client);
  };
  // Runs when what a kept pick waits for changes; the pick and the options are read as they are then.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(carryOut, [busy, current, results.data]);
  const wantPick = (clientId: number | null) => {
    waiting.current = { clientId };
    carryOut();
  };

  return (
    <Combobox
      store={combobox}
      // Its list is built when first opened, not with the board: one field per shift.
      keepMounted={false}
      onOptionSubmit={(value) => {
        const client = options.find((o) => String(o.id) === value);
        if (client) wantPick(client.id);
      }}
    >
      {/* The arrows are handled here, so the field always names the option they highlight. */}
      <Combobox.Target
        withExpandedAttribute
        withKeyboardNavigation={false}
        aria-activedescendant={combobox.dropdownOpened && active ? optionId(active.id) : undefined}
      >
        <TextInput
          ref={inputRef}
          label={label ?? (full ? t('schedule.book.labelWaiting') : t('schedule.book.label'))}
          placeholder={t('schedule.book.placeholder')}
          leftSection={<IconUserPlus size={18} aria-hidden />}
          value={query}
          aria-busy={busy || undefined}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setArrowed(null);
            waiting.current = null;
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length > 0) {
              event.preventDefault();
              const next = (activeIndex + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
              combobox.openDropdown();
              combobox.selectOption(next);
              setArrowed(options[next]?.id ?? null);
            }
            if (event.key === 'Escape' && !givenBack.current) {
              setQuery('');
              waiting.current = null;
              combobox.closeDropdown();
            }
            if (event.key === 'Enter' && query.trim().length >= 2) {
              event.preventDefault();
              wantPick(arrowed);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!searching || results.data === undefined}>
        <Combobox.Options aria-label={t('schedule.book.matches')}>
          {options.length === 0 ? (
            <Combobox.Empty>{t('schedule.book.noMatch')}</Combobox.Empty>
          ) : (
            options.map((client) => (
              <Combobox.Option value={String(client.id)} key={client.id} id={optionId(client.id)}>
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {fullName(client)}
                    {client.nickname ? ` (${client.nickname})` : ''}
                  </Text>
                  <Text size="xs" c={client.suspended ? 'orange' : undefined} opacity={0.8} ta="right">
                    {client.suspended ? `${client.code} · ${t('clients.status.suspended')}` : client.code}
                  </Text>
                </Group>
                {/* Under the name, whole: the block's end date is what the coordinator needs to read. */}
                {blockedUntil.get(client.id) && (
                  <Badge size="xs" color="red" variant="light" styles={wrappingBadge}>
                    {t('schedule.booking.noShowBlockShort', {
                      date: shortDateText(i18n.language, blockedUntil.get(client.id) ?? ''),
                    })}
                  </Badge>
                )}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
