import { Badge, Button, createTheme, Select, TextInput, Textarea, Checkbox, NavLink } from '@mantine/core';
import { DateInput } from '@mantine/dates';

/** Large targets and a quiet palette: the coordinator works between clients. */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontSizes: { md: '1rem' },
  // Dialogs and menus appear without sliding when the system asks for less motion.
  respectReducedMotion: true,
  components: {
    Button: Button.extend({ defaultProps: { size: 'md' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'md' } }),
    Textarea: Textarea.extend({ defaultProps: { size: 'md' } }),
    Select: Select.extend({ defaultProps: { size: 'md' } }),
    Checkbox: Checkbox.extend({ defaultProps: { size: 'md' } }),
    DateInput: DateInput.extend({ defaultProps: { size: 'md' } }),
    Badge: Badge.extend({ defaultProps: { size: 'lg', tt: 'none' } }),
    NavLink: NavLink.extend({ defaultProps: { py: 'sm' } }),
  },
});
