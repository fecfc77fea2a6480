import { Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { clientInput, type ClientInput, type DuplicateMatch } from '@contract/clients.js';
import { useEffect, useId, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/FormFailure.js';
import { LeaveGuard } from '../../components/LeaveGuard.js';
import { useContractForm } from '../../lib/form.js';
import { DuplicateWarning, useDuplicateCheck } from './DuplicateWarning.js';
import { IdentityFields, AddressFields, InsuranceFields, PayFields, NotesField } from './ClientFields.js';

export const emptyClient: ClientInput = {
  code: '',
  firstName: '',
  lastName: '',
  nickname: '',
  birthDate: '',
  birthNumber: '',
  street: '',
  city: '',
  postcode: '',
  idDocumentNumber: '',
  healthInsurer: null,
  phone: '',
  paymentMethod: 'cash',
  bankAccount: '',
  taxDeclarationSigned: false,
  statePaysHealthInsurance: false,
  taxDeclarationSince: null,
  notes: '',
  allowDuplicate: false,
};

interface Props {
  initial: ClientInput;
  excludeId?: number;
  submitLabel: string;
  onSubmit: (values: ClientInput) => Promise<unknown>;
  onCancel?: () => void;
  /** A new client: typing starts in the first field. */
  autoFocus?: boolean;
}

/**
 * The client's details, checked by the contract's schema as each field is
 * left and again by the dispatcher on save. A likely duplicate is answered
 * here: the save is confirmed, not the refusal shown as an error.
 */
export function ClientForm({ initial, excludeId, submitLabel, onSubmit: saveClient, onCancel, autoFocus }: Props) {
  const { t } = useTranslation();
  const [refusedDuplicates, setRefusedDuplicates] = useState<DuplicateMatch[] | null>(null);
  const { form, onSubmit, failure, busy } = useContractForm({
    schema: clientInput,
    defaultValues: initial,
    mode: 'onTouched',
    onRefused: (error) => {
      if (error.code !== 'client.possibleDuplicate') return false;
      setRefusedDuplicates((error.params?.clients as DuplicateMatch[] | undefined) ?? []);
      return true;
    },
  });
  const duplicates = useDuplicateCheck(form.watch, excludeId);
  useEffect(() => {
    if (autoFocus) form.setFocus('firstName');
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = (allowDuplicate: boolean) =>
    onSubmit(async (values) => {
      await saveClient({ ...values, allowDuplicate });
      setRefusedDuplicates(null);
      form.reset(values);
    });
  const submit = save(false);
  const matches = refusedDuplicates ?? duplicates;

  return (
    <FormProvider {...form}>
      <LeaveGuard dirty={form.formState.isDirty && !busy} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Section title={t('clients.sections.identity')}>
            <IdentityFields />
          </Section>
          {matches.length > 0 && (
            <DuplicateWarning
              matches={matches}
              confirmable={refusedDuplicates !== null}
              onConfirm={() => void save(true)()}
            />
          )}
          <Section title={t('clients.sections.address')}>
            <AddressFields />
          </Section>
          <Section title={t('clients.sections.insurance')}>
            <InsuranceFields />
          </Section>
          <Section title={t('clients.sections.pay')}>
            <PayFields />
          </Section>
          <Section title={t('clients.sections.notes')}>
            <NotesField />
          </Section>
          <FormFailure message={failure} />
          <Group>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" role="group" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{children}</SimpleGrid>
    </Paper>
  );
}
