import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { amendmentInput, type Agreement } from '@contract/agreements/schemas.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { fieldErrors } from '../../lib/form.js';
import { fromTexts, toTexts, type TermTexts } from './termTexts.js';
import { TermsFields } from './TermsFields.js';

interface Props {
  agreement: Agreement;
  today: string;
  onClose: () => void;
}

/** Prepares an amendment from the terms in force, changing what the coordinator changes. */
export function AmendDialog({ agreement, today, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const amend = useApiMutation('agreements.amend', ['agreements.']);
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>(
    today > agreement.validFrom ? today : agreement.validFrom,
  );
  const [texts, setTexts] = useState<TermTexts>(() => toTexts(agreement.current, i18n.language));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const figures = useApiQuery(
    'settings.parametersOn',
    { date: effectiveFrom ?? today },
    { enabled: effectiveFrom !== null, retry: false },
  );

  const submit = async () => {
    setFailure(null);
    const input = { agreementId: agreement.id, effectiveFrom: effectiveFrom ?? '', note, ...fromTexts(texts) };
    const found = fieldErrors(amendmentInput, input, t) ?? {};
    if (texts.validTo === '') found.validTo = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await amend.mutateAsync(input);
      const seq = result.amendments.at(-1)?.seq ?? 0;
      notifications.show({ color: 'teal', message: t('agreements.amend.done', { seq }) });
      onClose();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.field) setErrors({ [apiError.field]: fieldText(apiError) });
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.amend.title', { number: agreement.number })}
      size="80rem"
      centered
    >
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Text>{t('agreements.amend.text')}</Text>
        <TermsFields
          texts={texts}
          onChange={setTexts}
          errors={errors}
          hints={{
            ...(figures.data
              ? {
                  minimum: { date: figures.data.validFrom, amount: figures.data.minWageHourly },
                  maxWeeklyMinutes: figures.data.maxAverageWeeklyMinutes,
                  noticeDays: figures.data.noticePeriodDays,
                }
              : {}),
          }}
          periodStart={
            <DateField
              label={t('fields.effectiveFrom')}
              value={effectiveFrom}
              onChange={setEffectiveFrom}
              error={errors.effectiveFrom}
              withAsterisk
            />
          }
        />
        <TextInput label={t('agreements.amend.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {figures.isError && <Alert color="red">{errorMessage(figures.error, t)}</Alert>}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={amend.isPending}>
            {t('agreements.amend.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
