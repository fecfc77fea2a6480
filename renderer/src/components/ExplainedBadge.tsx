import { Badge, Tooltip, VisuallyHidden, type BadgeProps } from '@mantine/core';
import { wrappingBadge } from './wrappingBadge.js';

type Props = BadgeProps & {
  /** What the badge says on screen. */
  label: string;
  /** What it means: read out after the label, and shown on hover and keyboard focus. */
  explanation: string;
};

/**
 * A badge whose meaning is more than its word ("no agreement": why it
 * matters). The explanation is text a screen reader reads with the badge,
 * and the badge takes keyboard focus to show it, so it never lives only in a
 * tooltip a mouse must find. A long label wraps rather than being cut.
 */
export function ExplainedBadge({ label, explanation, ...props }: Props) {
  return (
    <Tooltip label={explanation} multiline maw={260} events={{ hover: true, focus: true, touch: true }}>
      <Badge tabIndex={0} styles={wrappingBadge} {...props}>
        <span>{label}</span>
        <VisuallyHidden>{`: ${explanation}`}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
