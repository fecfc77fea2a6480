import { dateText } from '@contract/present.js';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { payParametersInput, type PayParameters } from '@contract/settings.js';
import { addDays } from '@contract/dates.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/form.js';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';

import { fromTexts, parameterGroups, toTexts, type ParameterTexts, type Unit } from './parameterFields.js';

const unitSuffix = {
  money: 'Kč',
  rate: '%',
  hours: 'settings.parameters.hours',
  days: 'settings.parameters.days',
} as const satisfies Record<Unit, string>;

interface Props {
  existing: PayParameters | null;
  /** A new period starts as a copy of the latest one, a year later. */
  template: PayParameters | null;
  onClose: () => void;
}

export function ParametersForm({ existing, template, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const initial = existing
    ? toTexts(existing, lang)
    : template
      ? { ...toTexts(template, lang), validFrom: addDays(template.validTo, 1), validTo: addDays(template.validTo, 365) }
      : {};
  const [texts, setTexts] = useState<ParameterTexts>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useApiMutation('settings.saveParameters', ['settings.']);
  const remove = useApiMutation('settings.deleteParameters', ['settings.']);
  const set = (name: string, value: string) => setTexts((prev) => ({ ...prev, [name]: value }));

  const submit = async () => {
    setFailure(null);
    const input = fromTexts(texts, existing?.id);
    const refused = fieldErrors(payParametersInput, input, t);
    if (refused) {
      setErrors(refused);
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(input);
      notifications.show({ color: 'teal', message: t('common.saved') });
      onClose();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.field) setErrors({ [apiError.field]: fieldText(apiError) });
      setFailure(errorMessage(error, t));
    }
  };

  const del = async () => {
    if (!existing) return;
    if (
      !window.confirm(
        t('settings.parameters.deleteConfirm', {
          from: dateText(lang, existing.validFrom),
          to: dateText(lang, existing.validTo),
        }),
      )
    )
      return;
    try {
      await remove.mutateAsync({ id: existing.id });
      notifications.show({ message: t('settings.parameters.deleted') });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  const title = existing
    ? t('settings.parameters.editTitle', {
        from: dateText(lang, existing.validFrom),
        to: dateText(lang, existing.validTo),
      })
    : t('settings.parameters.newTitle');

  return (
    <Modal opened onClose={onClose} title={title} size="xl" centered>
      <Stack>
        <SimpleGrid cols={2}>
          <DateField
            label={t('fields.validFrom')}
            value={texts.validFrom ?? null}
            onChange={(v) => set('validFrom', v ?? '')}
            error={errors.validFrom}
            withAsterisk
          />
          <DateField
            label={t('fields.validTo')}
            value={texts.validTo ?? null}
            onChange={(v) => set('validTo', v ?? '')}
            error={errors.validTo}
            withAsterisk
          />
        </SimpleGrid>
        {parameterGroups.map(({ group, fields }) => (
          <Stack key={group} gap="xs">
            <Title order={3} size="h5">
              {t(`settings.parameters.groups.${group}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {fields.map(([name, unit]) => (
                <TextInput
                  key={name}
                  label={t(`fields.${name}`)}
                  value={texts[name] ?? ''}
                  onChange={(e) => set(name, e.currentTarget.value)}
                  rightSection={
                    <span aria-hidden>
                      {unit === 'money' || unit === 'rate' ? unitSuffix[unit] : t(unitSuffix[unit])}
                    </span>
                  }
                  rightSectionWidth={48}
                  inputMode="decimal"
                  error={errors[name]}
                  withAsterisk
                />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="space-between">
          <Group>
            <Button onClick={() => void submit()} loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
          {existing && (
            <Button color="red" variant="subtle" onClick={() => void del()}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
