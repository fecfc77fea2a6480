import { ActionIcon, Tooltip, type ActionIconProps } from '@mantine/core';
import type { ComponentPropsWithoutRef, Ref } from 'react';

type Props = ActionIconProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ActionIconProps | 'aria-label'> & {
    /** What the button does, named for screen readers and shown on hover and keyboard focus. */
    label: string;
    ref?: Ref<HTMLButtonElement>;
  };

/**
 * A button that shows only an icon: its label is the accessible name and a
 * tooltip, so a mouse user and a keyboard user both learn what it does.
 * Passes through what Menu.Target adds (ref, click, aria attributes).
 */
export function IconButton({ label, ref, ...props }: Props) {
  return (
    // Beside the button, and never in the way of a click: above or below it, it would lie over the neighbouring row's buttons.
    <Tooltip
      label={label}
      position="left"
      openDelay={300}
      events={{ hover: true, focus: true, touch: false }}
      style={{ pointerEvents: 'none' }}
      withinPortal
    >
      <ActionIcon ref={ref} aria-label={label} {...props} />
    </Tooltip>
  );
}
