import { Checkbox, Radio, Group, Select, Textarea, TextInput } from '@mantine/core';
import { healthInsurers, type ClientInput } from '@contract/clients.js';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../api/errors.js';
import { DateField } from '../../components/DateField.js';
import { useFormFields } from '../../lib/form.js';

type Name = keyof ClientInput;

function useField() {
  const fields = useFormFields<ClientInput>();
  const { t } = useTranslation();
  return (name: Name, options: { required?: boolean } = {}) => ({
    ...fields.text(name),
    label: t(`fields.${name}`),
    withAsterisk: options.required ?? false,
  });
}

function DateController({ name, required, description }: { name: Name; required?: boolean; description?: string }) {
  const { control } = useFormContext<ClientInput>();
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          label={t(`fields.${name}`)}
          withAsterisk={required ?? false}
          description={description}
          value={(field.value as string | null | undefined) ?? null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          name={field.name}
          error={fieldMessage(fieldState.error?.message, t)}
        />
      )}
    />
  );
}

export function IdentityFields() {
  const field = useField();
  const { t } = useTranslation();
  return (
    <>
      <TextInput {...field('firstName', { required: true })} autoComplete="off" />
      <TextInput {...field('lastName', { required: true })} autoComplete="off" />
      <TextInput {...field('nickname')} autoComplete="off" />
      <TextInput {...field('code', { required: true })} description={t('clients.codeHint')} autoComplete="off" />
      <DateController name="birthDate" required />
      <TextInput {...field('birthNumber')} description={t('clients.birthNumberHint')} autoComplete="off" />
    </>
  );
}

export function AddressFields() {
  const field = useField();
  const { t } = useTranslation();
  return (
    <>
      <TextInput {...field('street')} description={t('clients.addressHint')} />
      <TextInput {...field('city')} />
      <TextInput {...field('postcode')} />
      <TextInput {...field('phone')} type="tel" />
    </>
  );
}

export function InsuranceFields() {
  const field = useField();
  const { control } = useFormContext<ClientInput>();
  const { t } = useTranslation();
  return (
    <>
      <TextInput {...field('idDocumentNumber')} />
      <Controller
        control={control}
        name="healthInsurer"
        render={({ field: f, fieldState }) => (
          <Select
            label={t('fields.healthInsurer')}
            data={healthInsurers.map((code) => ({ value: code, label: t(`insurers.${code}`) }))}
            value={f.value ?? null}
            onChange={(v) => f.onChange(v)}
            onBlur={f.onBlur}
            clearable
            searchable
            error={fieldMessage(fieldState.error?.message, t)}
          />
        )}
      />
    </>
  );
}

export function PayFields() {
  const field = useField();
  const { control, watch } = useFormContext<ClientInput>();
  const { t } = useTranslation();
  const method = watch('paymentMethod');
  const signed = watch('taxDeclarationSigned');
  return (
    <>
      <Controller
        control={control}
        name="paymentMethod"
        render={({ field: f }) => (
          <Radio.Group label={t('fields.paymentMethod')} value={f.value ?? 'cash'} onChange={f.onChange}>
            <Group mt="xs">
              <Radio value="cash" label={t('paymentMethod.cash')} />
              <Radio value="bank" label={t('paymentMethod.bank')} />
            </Group>
          </Radio.Group>
        )}
      />
      {method === 'bank' ? <TextInput {...field('bankAccount', { required: true })} /> : <div />}
      <div />
      <Controller
        control={control}
        name="taxDeclarationSigned"
        render={({ field: f }) => (
          <Checkbox
            mt="lg"
            label={t('fields.taxDeclarationSigned')}
            checked={f.value ?? false}
            onChange={(e) => f.onChange(e.currentTarget.checked)}
          />
        )}
      />
      {signed ? <DateController name="taxDeclarationSince" required /> : <div />}
      <Controller
        control={control}
        name="statePaysHealthInsurance"
        render={({ field: f }) => (
          <Checkbox
            label={t('fields.statePaysHealthInsurance')}
            checked={f.value ?? false}
            onChange={(e) => f.onChange(e.currentTarget.checked)}
            style={{ gridColumn: '1 / -1' }}
          />
        )}
      />
    </>
  );
}

export function NotesField() {
  const field = useField();
  const { t } = useTranslation();
  return (
    <Textarea
      {...field('notes')}
      description={t('clients.notesHint')}
      autosize
      minRows={2}
      style={{ gridColumn: '1 / -1' }}
    />
  );
}
