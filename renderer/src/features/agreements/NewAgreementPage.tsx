import { listName } from '@contract/present.js';
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { agreementInput, recordSignedInput, type Agreement } from '@contract/agreements/schemas.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, fieldLabel } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { AgreementForm } from './AgreementForm.js';
import { ClientPicker } from './ClientPicker.js';
import { useToday } from '../../lib/useToday.js';

function Prefilled({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const client = useApiQuery('clients.get', { id: clientId });
  const initial = useApiQuery('agreements.draftDefaults', { clientId }, { staleTime: Infinity });
  const [validFrom, setValidFrom] = useState<string | null>(null);
  const current = useApiQuery(
    'agreements.draftDefaults',
    { clientId, validFrom: validFrom ?? undefined },
    { enabled: validFrom !== null, retry: false },
  );
  const create = useApiMutation('agreements.create', ['agreements.']);
  const recordSigned = useApiMutation('agreements.recordSigned', ['agreements.']);

  if (initial.isError) {
    return (
      <Alert color="red" title={t('common.errorTitle')}>
        {errorMessage(initial.error, t)}
      </Alert>
    );
  }
  if (!initial.data || !client.data) return <Loader aria-label={t('common.loading')} />;
  const defaults = initial.data;
  const hintsFrom = current.data ?? defaults;
  const start = validFrom ?? defaults.input.validFrom;
  const { clientId: _c, kind: _k, validFrom: from, schoolingConfirmed: _s, ...terms } = defaults.input;
  return (
    <Stack>
      <Text size="lg" fw={600}>
        {listName(client.data)}{' '}
        <Text span c="dimmed">
          ({client.data.code})
        </Text>
      </Text>
      <AgreementForm
        validFrom={from}
        terms={terms}
        hints={{
          minimum: { date: hintsFrom.minWageFrom, amount: hintsFrom.minWageHourly },
          maxWeeklyMinutes: hintsFrom.maxAverageWeeklyMinutes,
          noticeDays: defaults.input.noticeDays,
        }}
        schema={agreementInput}
        age={{ birthDate: hintsFrom.client.birthDate, adultAge: hintsFrom.client.adultAge }}
        paper={{ schema: recordSignedInput, submitLabel: t('agreements.form.recordSigned') }}
        toInput={(validFromValue, values) => ({ clientId, kind: 'dpc', validFrom: validFromValue, ...values })}
        onValidFromChange={setValidFrom}
        onSubmit={async (input) => {
          const created: Agreement =
            'signedOn' in input
              ? await recordSigned.mutateAsync(input as Parameters<typeof recordSigned.mutateAsync>[0])
              : await create.mutateAsync(input as Parameters<typeof create.mutateAsync>[0]);
          const done = created.status === 'signed' ? 'agreements.form.recorded' : 'agreements.form.created';
          notifications.show({ color: 'teal', message: t(done, { number: created.number }) });
          await navigate(`/agreements/${created.id}`, { replace: true });
        }}
        onCancel={() => void navigate(-1)}
        submitLabel={t('agreements.form.save')}
        notes={
          <>
            {current.isError && <Alert color="red">{errorMessage(current.error, t)}</Alert>}
            {today !== undefined && start < today && <Alert color="yellow">{t('agreements.form.pastStart')}</Alert>}
            {!defaults.employer.complete && (
              <Alert color="yellow">
                {t('agreements.form.employerMissing', {
                  fields: defaults.employer.missing.map((f) => fieldLabel(f, t)).join(', '),
                })}{' '}
                <Anchor component={Link} to="/settings">
                  {t('settings.title')}
                </Anchor>
              </Alert>
            )}
          </>
        }
        key={`${clientId}-${i18n.language}`}
      />
    </Stack>
  );
}

export function NewAgreementPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const clientId = Number(params.get('client'));
  const chosen = Number.isInteger(clientId) && clientId > 0;
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/agreements" size="sm">
        ← {t('agreements.title')}
      </Anchor>
      <Title order={1}>{t('agreements.newTitle')}</Title>
      {chosen ? (
        <Prefilled clientId={clientId} />
      ) : (
        <ClientPicker onPick={(id) => setParams({ client: String(id) }, { replace: true })} />
      )}
    </Stack>
  );
}
