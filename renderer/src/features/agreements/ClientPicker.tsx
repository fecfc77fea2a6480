import { listName } from '@contract/present.js';
import { Combobox, Paper, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.js';

/**
 * The client a new agreement is for: type a few letters, Enter takes the first
 * match. Enter always picks from the list the search gave for what is typed now;
 * pressed before that list arrives, it picks once it is there. As a `filter`
 * (the change log) it is one field among others: not framed, not required, not
 * taking the focus on arrival.
 */
export function ClientPicker({ onPick, filter }: { onPick: (id: number) => void; filter?: { label: string } }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const [debounced] = useDebouncedValue(typed, 150);
  // The text an Enter was pressed for while its matches were still coming.
  const [enterFor, setEnterFor] = useState<string | null>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const list = useApiQuery(
    'clients.list',
    { query: debounced, limit: 30 },
    { placeholderData: (previous) => previous },
  );
  const items = list.data?.items ?? [];
  const answered = debounced === typed && list.data !== undefined && !list.isPlaceholderData;
  const first = answered && typed !== '' ? items[0] : undefined;

  useEffect(() => {
    if (first) combobox.selectFirstOption();
    // Only when the answer changes; the store itself is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first]);

  useEffect(() => {
    if (first && enterFor === typed) onPick(first.id);
  }, [first, enterFor, typed, onPick]);

  const picker = (
    <Combobox store={combobox} onOptionSubmit={(value) => onPick(Number(value))}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={filter?.label ?? t('agreements.form.client')}
          placeholder={t('agreements.form.clientPlaceholder')}
          value={query}
          autoFocus={!filter}
          autoComplete="off"
          withAsterisk={!filter}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setEnterFor(null);
            // A highlight belongs to the list of the previous text: Enter must not take it.
            combobox.resetSelectedOption();
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || combobox.getSelectedOptionIndex() >= 0 || typed === '') return;
            event.preventDefault();
            if (first) onPick(first.id);
            else if (!answered) setEnterFor(typed);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={list.data === undefined}>
        <Combobox.Options aria-label={t('agreements.form.clientMatches')} mah={320} style={{ overflowY: 'auto' }}>
          {items.length === 0 ? (
            <Combobox.Empty>{t('clients.noMatch', { query })}</Combobox.Empty>
          ) : (
            items.map((c) => (
              <Combobox.Option value={String(c.id)} key={c.id}>
                {`${listName(c)} (${c.code})`}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
  return filter ? (
    picker
  ) : (
    <Paper withBorder p="md">
      {picker}
    </Paper>
  );
}
