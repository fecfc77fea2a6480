import { Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { payParametersInput, type PayParameters } from '@contract/settings.js';
import { addDays } from '@contract/dates.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { dateText } from '@contract/present.js';
import { useContractForm } from '../../lib/form.js';
import { fromTexts, parameterGroups, toTexts, type ParameterTexts, type Unit } from './parameterFields.js';
import { Dialog } from '../../components/Dialog.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';

const unitSuffix = {
  money: 'Kč',
  rate: '%',
  hours: 'settings.parameters.hours',
  days: 'settings.parameters.days',
  years: 'settings.parameters.years',
  weeks: 'settings.parameters.weeks',
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
  const fields = useContractForm({
    schema: payParametersInput,
    defaultValues: initial,
    toInput: (texts: ParameterTexts) => fromTexts(texts, existing?.id),
  });
  const [deleting, setDeleting] = useState(false);
  const save = useApiMutation('settings.saveParameters', ['settings.']);
  const remove = useApiMutation('settings.deleteParameters', ['settings.']);
  const submit = fields.onSubmit(async (input) => {
    await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('common.saved') });
    onClose();
  });

  const del = async (id: number) => {
    await remove.mutateAsync({ id });
    notifications.show({ message: t('settings.parameters.deleted') });
    onClose();
  };

  const title = existing
    ? t('settings.parameters.editTitle', {
        from: dateText(lang, existing.validFrom),
        to: dateText(lang, existing.validTo),
      })
    : t('settings.parameters.newTitle');

  return (
    <Dialog opened onClose={onClose} title={title} size="xl" centered>
      <Stack component="form" onSubmit={(e) => void submit(e)}>
        <SimpleGrid cols={2}>
          {(['validFrom', 'validTo'] as const).map((name) => {
            const date = fields.value(name);
            return (
              <DateField
                key={name}
                {...date}
                label={t(`fields.${name}`)}
                onChange={(v) => date.onChange(v ?? '')}
                withAsterisk
              />
            );
          })}
        </SimpleGrid>
        {parameterGroups.map(({ group, fields: figures }) => (
          <Stack key={group} gap="xs">
            <Title order={3} size="h5">
              {t(`settings.parameters.groups.${group}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {figures.map(([name, unit]) => (
                <TextInput
                  key={name}
                  {...fields.text(name)}
                  label={t(`fields.${name}`)}
                  rightSection={
                    <span aria-hidden>
                      {unit === 'money' || unit === 'rate' ? unitSuffix[unit] : t(unitSuffix[unit])}
                    </span>
                  }
                  rightSectionWidth={48}
                  inputMode="decimal"
                  withAsterisk
                />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        <FormFailure message={fields.failure} />
        <Group justify="space-between">
          <Group>
            <Button type="submit" loading={fields.busy}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
          {existing && (
            <Button color="red" variant="subtle" onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Stack>
      {existing && (
        <ConfirmDialog
          opened={deleting}
          onClose={() => setDeleting(false)}
          title={t('settings.parameters.deleteTitle')}
          question={t('settings.parameters.deleteConfirm', {
            from: dateText(lang, existing.validFrom),
            to: dateText(lang, existing.validTo),
          })}
          confirmLabel={t('settings.parameters.deleteSubmit')}
          destructive
          onConfirm={() => del(existing.id)}
        />
      )}
    </Dialog>
  );
}
