import { vaultMethods } from '@contract/vault.js';
import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';

/** A password field: no "characters left" under it, which would only say how long the secret is. */
function secret<P extends { inputContainer?: unknown }>(props: P): Omit<P, 'inputContainer'> {
  const { inputContainer: _counter, ...rest } = props;
  return rest;
}

/** Both new passwords as typed; a difference is marked at the second. */
function sameTwice(password: string, again: string): Record<string, string> {
  return password === again ? {} : { passwordAgain: 'validation.passwordsDiffer' };
}

interface ShellProps {
  submit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  busy: boolean;
  failure: string | null;
  label: string;
  maw?: number;
  children: ReactNode;
}

/** Every vault form: its fields, the refusal under them, one submit button. */
function Shell({ submit, busy, failure, label, maw, children }: ShellProps) {
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm" maw={maw}>
        {children}
        <FormFailure message={failure} />
        <Group>
          <Button type="submit" loading={busy}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type FieldProps = ReturnType<ReturnType<typeof useContractForm>['text']>;

/** A password field with its label; the browser's own autocomplete told what it is for. */
function Secret(props: { field: FieldProps; label: string; autoComplete: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { field, ...rest } = props;
  return (
    <PasswordInput
      {...secret(field)}
      {...rest}
      visibilityToggleButtonProps={{ 'aria-label': t('vault.showPassword') }}
    />
  );
}

/** The password, as typed; a refused one is marked at its field and kept. */
export function UnlockForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const unlock = useApiMutation('vault.unlock', ['vault.status']);
  const fields = useContractForm({ schema: vaultMethods['vault.unlock'].input, defaultValues: { password: '' } });
  const submit = fields.onSubmit((input) =>
    unlock.mutateAsync(input).catch(async (error: unknown) => {
      // The password was right but the file would not open: the door's own screen says why.
      if (apiErrorOf(error).code === 'system.cannotOpen')
        await queryClient.invalidateQueries({ queryKey: ['vault.status'] });
      throw error;
    }),
  );
  return (
    <Shell submit={submit} busy={fields.busy} failure={fields.failure} label={t('vault.unlock.submit')}>
      <Secret field={fields.text('password')} label={t('fields.password')} autoComplete="current-password" autoFocus />
    </Shell>
  );
}

export function RecoverForm() {
  const { t } = useTranslation();
  const recover = useApiMutation('vault.recover', ['vault.status']);
  const fields = useContractForm({
    schema: vaultMethods['vault.recover'].input,
    defaultValues: { recoveryKey: '', newPassword: '', passwordAgain: '' },
    formChecks: (values) => sameTwice(values.newPassword, values.passwordAgain),
  });
  const submit = fields.onSubmit((input) => recover.mutateAsync(input));
  return (
    <Shell submit={submit} busy={fields.busy} failure={fields.failure} label={t('vault.recover.submit')}>
      <TextInput
        {...fields.text('recoveryKey')}
        label={t('fields.recoveryKey')}
        autoComplete="off"
        spellCheck={false}
        ff="monospace"
        autoFocus
      />
      <Secret field={fields.text('newPassword')} label={t('fields.newPassword')} autoComplete="new-password" />
      <Secret field={fields.text('passwordAgain')} label={t('fields.passwordAgain')} autoComplete="new-password" />
    </Shell>
  );
}

/** The first password; answers the recovery key to show once. */
export function SetupForm({ onDone }: { onDone: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const setup = useApiMutation('vault.setup', []);
  const fields = useContractForm({
    schema: vaultMethods['vault.setup'].input,
    defaultValues: { password: '', passwordAgain: '' },
    formChecks: (values) => sameTwice(values.password, values.passwordAgain),
  });
  const submit = fields.onSubmit(async (input) => onDone((await setup.mutateAsync(input)).recoveryKey));
  return (
    <Shell submit={submit} busy={fields.busy} failure={fields.failure} label={t('vault.setup.submit')}>
      <Secret field={fields.text('password')} label={t('fields.password')} autoComplete="new-password" autoFocus />
      <Secret field={fields.text('passwordAgain')} label={t('fields.passwordAgain')} autoComplete="new-password" />
    </Shell>
  );
}

/** Settings → Password and lock: a new password re-keys the file. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useApiMutation('vault.changePassword', []);
  const fields = useContractForm({
    schema: vaultMethods['vault.changePassword'].input,
    defaultValues: { password: '', newPassword: '', passwordAgain: '' },
    formChecks: (values) => sameTwice(values.newPassword, values.passwordAgain),
  });
  const submit = fields.onSubmit(async (input) => {
    await change.mutateAsync(input);
    fields.form.reset();
    onChanged();
  });
  return (
    <Shell
      submit={submit}
      busy={fields.busy}
      failure={fields.failure}
      label={t('vault.settings.changeSubmit')}
      maw={420}
    >
      <Secret field={fields.text('password')} label={t('fields.password')} autoComplete="current-password" />
      <Secret field={fields.text('newPassword')} label={t('fields.newPassword')} autoComplete="new-password" />
      <Secret field={fields.text('passwordAgain')} label={t('fields.passwordAgain')} autoComplete="new-password" />
    </Shell>
  );
}

/** Re-reads the lock's state, e.g. once the recovery key has been put away. */
export function useRefreshVault() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['vault.status'] });
}
