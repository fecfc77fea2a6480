import type { BadgeProps } from '@mantine/core';

/**
 * Styles for a badge whose words wrap onto another line where its space is
 * narrow (a picker row, a shift's column at 200–400 % zoom) instead of ending
 * in "…": Mantine's badge is one line of fixed height that cuts its label.
 */
export const wrappingBadge = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', lineHeight: 1.35, paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', overflowWrap: 'anywhere' },
} satisfies BadgeProps['styles'];
