import { dateText } from '@contract/present.js';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Agreement, EndReason } from '@contract/agreements/schemas.js';
import type { Input, MethodName } from '@contract/index.js';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconPrinter } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';

export type Dialog =
  { kind: 'sign' } | { kind: 'amend' } | { kind: 'end'; reason?: EndReason } | { kind: 'prepareNotice' };

interface Props {
  agreement: Agreement;
  print: <M extends MethodName>(method: M, input: Input<M>) => Promise<unknown>;
  printing: boolean;
  open: (dialog: Dialog) => void;
}

/** The next step in words with its button first, then what else can be done now. */
export function ActionBar({ agreement: a, print, printing, open }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = i18n.language;
  const otherLang = lang === 'en' ? 'cs' : 'en';
  const remove = useApiMutation('agreements.delete', ['agreements.']);
  const undoSign = useApiMutation('agreements.undoSign', ['agreements.']);
  const undoEnd = useApiMutation('agreements.undoEnd', ['agreements.']);
  const [deleting, setDeleting] = useState(false);
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
  const date = (iso: string | null) => (iso ? dateText(lang, iso) : '');

  const printButton = (primary: boolean) => (
    <Button
      key="print"
      variant={primary ? 'filled' : 'default'}
      size={primary ? 'lg' : 'md'}
      leftSection={<IconPrinter size={20} aria-hidden />}
      loading={printing}
      onClick={() => void print('agreements.print', { id: a.id })}
    >
      {a.status === 'draft' ? t('agreements.actions.print') : t('agreements.actions.reprint')}
    </Button>
  );
  const button = (key: string, label: string, onClick: () => void, primary = false, color?: string) => (
    <Button
      key={key}
      variant={primary ? 'filled' : 'default'}
      size={primary ? 'lg' : 'md'}
      color={color}
      rightSection={primary ? <IconArrowRight size={18} aria-hidden /> : undefined}
      onClick={onClick}
    >
      {label}
    </Button>
  );
  const information = (primary: boolean) => (
    <Button
      key="information"
      variant={primary ? 'filled' : 'default'}
      size={primary ? 'lg' : 'md'}
      leftSection={<IconPrinter size={20} aria-hidden />}
      onClick={() => void print('agreements.printInformation', { id: a.id })}
    >
      {t('agreements.actions.information')}
    </Button>
  );
  const notice = (primary: boolean) => (
    <Button
      key="notice"
      variant={primary ? 'filled' : 'default'}
      size={primary ? 'lg' : 'md'}
      leftSection={<IconPrinter size={20} aria-hidden />}
      onClick={() => void print('agreements.printNotice', { id: a.id })}
    >
      {t('agreements.actions.notice')}
    </Button>
  );
  const edit = button('edit', t('agreements.actions.edit'), () => void navigate(`/agreements/${a.id}/edit`));
  const deleteButton = button('delete', t('agreements.actions.delete'), () => setDeleting(true), false, 'red');
  const deleteAgreement = async () => {
    await remove.mutateAsync({ id: a.id });
    notifications.show({ message: t('agreements.actions.deleted', { number: a.number }) });
    void navigate('/agreements');
  };
  const amend = button('amend', t('agreements.actions.amend'), () => open({ kind: 'amend' }));
  const end = button('end', t('agreements.actions.end'), () => open({ kind: 'end' }), false, 'red');
  const prepareNotice = button('prepareNotice', t('agreements.actions.prepareNotice'), () =>
    open({ kind: 'prepareNotice' }),
  );
  const otherLanguage = button(
    'other',
    t('agreements.actions.otherLanguage'),
    () => void print('agreements.print', { id: a.id, lang: otherLang }),
  );
  const undoEndButton = button('undoEnd', t('agreements.actions.undoEnd'), () => {
    void undoEnd
      .mutateAsync({ id: a.id })
      .then(() => notifications.show({ message: t('agreements.end.undone', { number: a.number }) }), fail);
  });
  const undoSignButton = button('undoSign', t('agreements.actions.undoSign'), () => {
    void undoSign
      .mutateAsync({ id: a.id })
      .then(() => notifications.show({ message: t('agreements.sign.undone', { number: a.number }) }), fail);
  });
  const byNotice = a.endReason === 'notice';

  let text: string;
  let primary: ReactNode[];
  let rest: ReactNode[];
  switch (a.state) {
    case 'draft':
      text = t('agreements.next.draft');
      primary = [printButton(true)];
      rest = [otherLanguage, edit, deleteButton];
      break;
    case 'printed':
      text = t('agreements.next.printed');
      primary = [button('sign', t('agreements.actions.sign'), () => open({ kind: 'sign' }), true)];
      rest = [printButton(false), otherLanguage, edit, deleteButton];
      break;
    case 'upcoming':
    case 'valid':
      text = t(`agreements.next.${a.state}`, { date: date(a.validFrom) });
      primary = [information(true)];
      rest = [
        amend,
        prepareNotice,
        end,
        printButton(false),
        otherLanguage,
        ...(a.amendments.length === 0 ? [undoSignButton] : []),
      ];
      break;
    case 'expired':
      text = t('agreements.next.expired', { date: date(a.lastDay) });
      primary = [
        button('expiry', t('agreements.actions.recordExpiry'), () => open({ kind: 'end', reason: 'expiry' }), true),
      ];
      rest = [printButton(false), otherLanguage, information(false)];
      break;
    case 'ending':
    case 'ended':
      text = t(`agreements.next.${a.state}`, { date: date(a.lastDay) });
      primary = byNotice ? [notice(true)] : [];
      rest = [printButton(false), otherLanguage, information(false), undoEndButton];
      break;
  }
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light">
        <Stack gap="sm">
          <Text size="md">{text}</Text>
          {primary.length > 0 && <Group>{primary}</Group>}
        </Stack>
      </Alert>
      <Group gap="xs">{rest}</Group>
      <ConfirmDialog
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t('agreements.actions.deleteTitle', { number: a.number })}
        question={t('agreements.actions.deleteConfirm')}
        confirmLabel={t('agreements.actions.deleteSubmit')}
        destructive
        onConfirm={deleteAgreement}
      />
    </Stack>
  );
}
