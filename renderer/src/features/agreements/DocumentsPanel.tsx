import { dateText } from '@contract/present.js';
import { Button, Paper, Table, Text, Title } from '@mantine/core';
import type { Agreement } from '@contract/agreements/schemas.js';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StackedTable } from '../../components/StackedTable.js';

interface Props {
  agreement: Agreement;
  print: (method: 'agreements.reprint', input: { documentId: number }) => Promise<unknown>;
}

/** Everything printed for the agreement, each reprinted exactly as it was. */
export function DocumentsPanel({ agreement, print }: Props) {
  const { t, i18n } = useTranslation();
  const seqOf = (amendmentId: number | null) => agreement.amendments.find((m) => m.id === amendmentId)?.seq;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t('agreements.documents.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('agreements.documents.hint')}
      </Text>
      {agreement.documents.length === 0 ? (
        <Text c="dimmed">{t('agreements.documents.none')}</Text>
      ) : (
        <StackedTable verticalSpacing="xs" aria-label={t('agreements.documents.title')}>
          <Table.Tbody>
            {agreement.documents.map((doc) => {
              const seq = seqOf(doc.amendmentId);
              return (
                <Table.Tr key={doc.id}>
                  <Table.Td fw={500}>
                    {t(`agreements.documents.kinds.${doc.kind}`)}
                    {seq === undefined ? '' : ` ${seq}`}
                  </Table.Td>
                  <Table.Td>{t(`agreements.documents.language.${doc.lang}`)}</Table.Td>
                  <Table.Td>
                    {dateText(i18n.language, doc.printedAt)} {doc.printedAt.slice(11, 16)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      leftSection={<IconPrinter size={16} aria-hidden />}
                      onClick={() => void print('agreements.reprint', { documentId: doc.id })}
                    >
                      {t('agreements.documents.reprint')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </StackedTable>
      )}
    </Paper>
  );
}
