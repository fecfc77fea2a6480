import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { agreementSettings, type AgreementSettings } from '@contract/agreements/settings.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { moneyForInput, parseMoney } from '../../lib/format.js';
import { useContractForm } from '../../lib/form.js';

type Texts = Record<keyof AgreementSettings, string>;

const trim = (text: string) => text.replace(/[.,]00$/, '').replace(/([.,]\d)0$/, '$1');

function toTexts(s: AgreementSettings, lang: string): Texts {
  return {
    workDescription: s.workDescription,
    workplace: s.workplace ?? '',
    weeklyMinutes: trim(moneyForInput(Math.round((s.weeklyMinutes * 100) / 60), lang)),
    advanceShareBp: trim(moneyForInput(s.advanceShareBp, lang)),
    noticeTerms: s.noticeTerms,
    shiftScheduling: s.shiftScheduling,
    signingPlace: s.signingPlace ?? '',
    additionalInformation: s.additionalInformation ?? '',
    workDescriptionEn: s.workDescriptionEn,
    noticeTermsEn: s.noticeTermsEn,
    shiftSchedulingEn: s.shiftSchedulingEn,
    additionalInformationEn: s.additionalInformationEn ?? '',
    watchDays: String(s.watchDays),
  };
}

const blankTexts: Texts = {
  workDescription: '',
  workplace: '',
  weeklyMinutes: '',
  advanceShareBp: '',
  noticeTerms: '',
  shiftScheduling: '',
  signingPlace: '',
  additionalInformation: '',
  workDescriptionEn: '',
  noticeTermsEn: '',
  shiftSchedulingEn: '',
  additionalInformationEn: '',
  watchDays: '',
};

function fromTexts(texts: Texts): Record<string, unknown> {
  const hours = parseMoney(texts.weeklyMinutes);
  return {
    ...texts,
    weeklyMinutes: hours === null ? Number.NaN : Math.round((hours * 60) / 100),
    advanceShareBp: parseMoney(texts.advanceShareBp) ?? Number.NaN,
    watchDays: /^\s*\d+\s*$/.test(texts.watchDays) ? Number(texts.watchDays) : Number.NaN,
  };
}

function Fields({ initial }: { initial: AgreementSettings | null }) {
  const { t, i18n } = useTranslation();
  const fields = useContractForm({
    schema: agreementSettings,
    defaultValues: initial ? toTexts(initial, i18n.language) : blankTexts,
    toInput: fromTexts,
  });
  const save = useApiMutation('agreements.saveSettings', ['agreements.']);
  const field = (name: keyof AgreementSettings, hint?: string) => ({
    ...fields.text(name),
    label: t(`fields.${name}`),
    description: hint,
  });
  const submit = fields.onSubmit(async (input) => {
    await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('common.saved') });
  });

  return (
    <Paper withBorder p="md" component="form" noValidate onSubmit={(e) => void submit(e)}>
      <Stack>
        <Text>{t('settings.agreements.intro')}</Text>
        <Textarea {...field('workDescription')} autosize minRows={2} withAsterisk />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('workplace', t('settings.agreements.workplaceHint'))} />
          <TextInput {...field('signingPlace', t('settings.agreements.signingPlaceHint'))} />
          <TextInput
            {...field('weeklyMinutes')}
            inputMode="decimal"
            rightSection={<span aria-hidden>{t('agreements.form.hours')}</span>}
            withAsterisk
          />
          <TextInput
            {...field('advanceShareBp', t('agreements.form.advanceHint'))}
            inputMode="decimal"
            rightSection={<span aria-hidden>{t('agreements.form.percent')}</span>}
            withAsterisk
          />
        </SimpleGrid>
        <Textarea {...field('noticeTerms')} autosize minRows={2} withAsterisk />
        <Textarea
          {...field('shiftScheduling', t('settings.agreements.shiftSchedulingHint'))}
          autosize
          minRows={2}
          withAsterisk
        />
        <Textarea
          {...field('additionalInformation', t('settings.agreements.additionalInformationHint'))}
          autosize
          minRows={2}
        />
        <Text fw={600}>{t('settings.agreements.englishTitle')}</Text>
        <Textarea {...field('workDescriptionEn')} autosize minRows={2} withAsterisk />
        <Textarea {...field('noticeTermsEn')} autosize minRows={2} withAsterisk />
        <Textarea {...field('shiftSchedulingEn')} autosize minRows={2} withAsterisk />
        <Textarea {...field('additionalInformationEn')} autosize minRows={2} />
        <TextInput {...field('watchDays', t('settings.agreements.watchDaysHint'))} inputMode="numeric" maw={420} />
        <FormFailure message={fields.failure} />
        <Group>
          <Button type="submit" loading={fields.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The programme's defaults and wording for agreements (Settings → Agreements). */
export function AgreementSettingsForm() {
  const { t, i18n } = useTranslation();
  const current = useApiQuery('agreements.getSettings', {});
  if (current.isError) {
    // The stored defaults are damaged: say so, and offer empty fields to enter them again.
    return (
      <Stack>
        <Alert color="red">{errorMessage(current.error, t)}</Alert>
        <Fields key="damaged" initial={null} />
      </Stack>
    );
  }
  if (!current.data) return null;
  return <Fields key={`${current.dataUpdatedAt}-${i18n.language}`} initial={current.data} />;
}
