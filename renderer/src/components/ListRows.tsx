import { Button, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A table row that opens a record by click or Enter, so lists work without a mouse. */
export function LinkRow({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Table.Tr
      className="clickable-row"
      tabIndex={0}
      onClick={() => void navigate(to)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void navigate(to);
      }}
    >
      {children}
    </Table.Tr>
  );
}

/** The foot of a long list: how many are shown, and a button for the next page. */
export function ShowMore({
  shown,
  total,
  label,
  more,
  onMore,
}: {
  shown: number;
  total: number;
  label: string;
  more: string;
  onMore: () => void;
}) {
  return (
    <Group justify="space-between" p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {shown < total && (
        <Button variant="subtle" onClick={onMore}>
          {more}
        </Button>
      )}
    </Group>
  );
}
