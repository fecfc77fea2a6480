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
    <Tooltip label={label} openDelay={300} events={{ hover: true, focus: true, touch: false }} withinPortal>
      <ActionIcon ref={ref} aria-label={label} {...props} />
    </Tooltip>
  );
}
