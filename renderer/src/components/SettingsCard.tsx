import { Paper, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

interface Props {
  title: string;
  intro: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
}

/** A settings form as every tab shows it: a framed card with its title, what it is for, then its fields. */
export function SettingsCard({ title, intro, onSubmit, children }: Props) {
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text>{intro}</Text>
        {children}
      </Stack>
    </Paper>
  );
}
