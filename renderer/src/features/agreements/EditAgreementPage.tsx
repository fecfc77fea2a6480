import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { agreementUpdateInput } from '@contract/agreements/schemas.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { AgreementForm } from './AgreementForm.js';

/** Changes an agreement that is not signed yet; a printed one must then be printed again. */
export function EditAgreementPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const query = useApiQuery('agreements.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const [validFrom, setValidFrom] = useState<string | null>(null);
  const day = validFrom ?? query.data?.validFrom ?? '';
  const figures = useApiQuery('settings.parametersOn', { date: day }, { enabled: day !== '', retry: false });
  const update = useApiMutation('agreements.update', ['agreements.']);
  const clientId = query.data?.client.id ?? 0;
  const ages = useApiQuery(
    'agreements.draftDefaults',
    { clientId, validFrom: day },
    { enabled: clientId > 0 && day !== '', retry: false },
  );

  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (query.isError) return <Alert color="red">{errorMessage(query.error, t)}</Alert>;
  const a = query.data;
  const editable = a.status === 'draft' || a.status === 'printed';
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to={`/agreements/${a.id}`} size="sm">
        ← {t('agreements.numbered', { number: a.number })}
      </Anchor>
      <Title order={1}>{t('agreements.form.editTitle', { number: a.number })}</Title>
      {!editable ? (
        <Alert color="yellow">{t('errors.agreement.notEditable', { number: a.number })}</Alert>
      ) : (
        <AgreementForm
          key={`${a.updatedAt}-${i18n.language}`}
          validFrom={a.validFrom}
          terms={a.terms}
          hints={
            figures.data
              ? {
                  minimum: { date: figures.data.validFrom, amount: figures.data.minWageHourly },
                  maxWeeklyMinutes: figures.data.maxAverageWeeklyMinutes,
                  noticeDays: figures.data.noticePeriodDays,
                }
              : {}
          }
          schema={agreementUpdateInput}
          age={ages.data?.client}
          schoolingConfirmed={a.schoolingConfirmed}
          toInput={(from, terms) => ({ id: a.id, validFrom: from, ...terms })}
          onValidFromChange={setValidFrom}
          onSubmit={async (input) => {
            const saved = await update.mutateAsync(input as Parameters<typeof update.mutateAsync>[0]);
            notifications.show({ color: 'teal', message: t('agreements.form.updated', { number: saved.number }) });
            await navigate(`/agreements/${a.id}`);
          }}
          onCancel={() => void navigate(`/agreements/${a.id}`)}
          submitLabel={t('common.save')}
          notes={
            <>
              {figures.isError && <Alert color="red">{errorMessage(figures.error, t)}</Alert>}
              {a.status === 'printed' && <Alert color="yellow">{t('agreements.form.backToPrint')}</Alert>}
            </>
          }
        />
      )}
    </Stack>
  );
}
