import { vaultMethods } from '@contract/vault.js';
import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
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
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <PasswordInput {...secret(fields.text('password'))} label={t('fields.password')} data-autofocus autoFocus />
        <FormFailure message={fields.failure} />
        <Group>
          <Button type="submit" loading={fields.busy}>
            {t('vault.unlock.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
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
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextInput
          {...fields.text('recoveryKey')}
          label={t('fields.recoveryKey')}
          autoComplete="off"
          spellCheck={false}
          ff="monospace"
          autoFocus
        />
        <PasswordInput
          {...secret(fields.text('newPassword'))}
          label={t('fields.newPassword')}
          autoComplete="new-password"
        />
        <PasswordInput
          {...secret(fields.text('passwordAgain'))}
          label={t('fields.passwordAgain')}
          autoComplete="new-password"
        />
        <FormFailure message={fields.failure} />
        <Group>
          <Button type="submit" loading={fields.busy}>
            {t('vault.recover.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
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
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <PasswordInput
          {...secret(fields.text('password'))}
          label={t('fields.password')}
          autoComplete="new-password"
          autoFocus
        />
        <PasswordInput
          {...secret(fields.text('passwordAgain'))}
          label={t('fields.passwordAgain')}
          autoComplete="new-password"
        />
        <FormFailure message={fields.failure} />
        <Group>
          <Button type="submit" loading={fields.busy}>
            {t('vault.setup.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
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
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm" maw={420}>
        <PasswordInput
          {...secret(fields.text('password'))}
          label={t('fields.password')}
          autoComplete="current-password"
        />
        <PasswordInput
          {...secret(fields.text('newPassword'))}
          label={t('fields.newPassword')}
          autoComplete="new-password"
        />
        <PasswordInput
          {...secret(fields.text('passwordAgain'))}
          label={t('fields.passwordAgain')}
          autoComplete="new-password"
        />
        <FormFailure message={fields.failure} />
        <Group>
          <Button type="submit" loading={fields.busy}>
            {t('vault.settings.changeSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Re-reads the lock's state, e.g. once the recovery key has been put away. */
export function useRefreshVault() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['vault.status'] });
}
