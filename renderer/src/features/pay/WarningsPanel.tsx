import type { PayrollWarning, PayrollWarningCode } from '@contract/payroll.js';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where the coordinator goes next about a warning: the client's page (agreements, tax declaration, shifts) or the figures. */
const nextStep: Record<PayrollWarningCode, 'client' | 'agreements' | 'lines'> = {
  thresholdAhead: 'client',
  thresholdReached: 'client',
  advancesAboveNet: 'lines',
  noTaxDeclaration: 'client',
  taxDeclarationWithdrawn: 'client',
  belowMinimumWage: 'agreements',
  noValidAgreement: 'agreements',
  declarationElsewhere: 'client',
};

interface Props {
  warnings: readonly PayrollWarning[];
  onOpenLines: (clientId: number) => void;
  /** In the closing dialog the list is read, not acted on. */
  readOnly?: boolean;
}

/** The month's warnings in plain words, each with the next step; a question is marked as one. */
export function WarningList({ warnings, onOpenLines, readOnly }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0}>
      {warnings.map((warning, index) => {
        const step = nextStep[warning.code];
        const question = warning.kind === 'question';
        return (
          <Group
            key={`${warning.code}-${warning.clientId}-${index}`}
            component="li"
            wrap="nowrap"
            align="flex-start"
            gap="sm"
            style={{ listStyle: 'none' }}
          >
            {question ? (
              <IconHelpCircle size={22} color="var(--mantine-color-blue-7)" aria-hidden style={{ flexShrink: 0 }} />
            ) : (
              <IconAlertTriangle
                size={22}
                color="var(--mantine-color-orange-7)"
                aria-hidden
                style={{ flexShrink: 0 }}
              />
            )}
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }} align="flex-start">
              <Text size="sm">
                {question && (
                  <Badge size="sm" variant="light" mr={6}>
                    {t('pay.warnings.question')}
                  </Badge>
                )}
                {warning.message}
              </Text>
              {!readOnly &&
                (step === 'lines' ? (
                  <Button size="compact-sm" variant="light" onClick={() => onOpenLines(warning.clientId)}>
                    {t('pay.warnings.step.lines')}
                  </Button>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="light"
                    component={Link}
                    to={`/clients/${warning.clientId}`}
                    aria-label={`${t(`pay.warnings.step.${step}`)}: ${warning.clientName}`}
                  >
                    {t(`pay.warnings.step.${step}`)}
                  </Button>
                ))}
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}

/** The warnings at the top of the month while it is open. */
export function WarningsPanel({ warnings, onOpenLines }: Props) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Paper withBorder p="md" bg="orange.0" component="section" aria-label={t('pay.warnings.title')}>
      <Title order={2} size="h4" mb="sm">
        {t('pay.warnings.title')}
      </Title>
      <WarningList warnings={warnings} onOpenLines={onOpenLines} />
    </Paper>
  );
}
