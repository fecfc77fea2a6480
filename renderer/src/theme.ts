import {
  Badge,
  Button,
  createTheme,
  Select,
  TextInput,
  Textarea,
  Checkbox,
  NavLink,
  type MantineColorsTuple,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

/**
 * Mantine's palettes with shades 6–9 darkened until text meets WCAG AA
 * (4.5:1): shade 7 is what filled buttons, badges and coloured text use
 * (white on it, it on white, grey or the pale yellow of a warning), shade 9
 * is the text of the light variant on its shade 1 and 2. Shades 0–5, the
 * backgrounds, stay Mantine's. test/e2e/a11y.test.ts (axe) holds the ratios.
 */
const colors: Record<string, MantineColorsTuple> = {
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#10a377', '#087051', '#076347', '#065a41'],
  // Shade 6 is the colour of errors at a field: text, so AA as well.
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#cc4343', '#aa2c2c', '#962727', '#882323'],
  orange: [
    '#fff4e6',
    '#ffe8cc',
    '#ffd8a8',
    '#ffc078',
    '#ffa94d',
    '#ff922b',
    '#e17012',
    '#a34405',
    '#8f3c04',
    '#823604',
  ],
  yellow: [
    '#fff9db',
    '#fff3bf',
    '#ffec99',
    '#ffe066',
    '#ffd43b',
    '#fcc419',
    '#bd8504',
    '#915e00',
    '#805300',
    '#744b00',
  ],
  blue: ['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#339af0', '#228be6', '#145b9b', '#125088', '#10497c'],
  grape: ['#f8f0fc', '#f3d9fa', '#eebefa', '#e599f7', '#da77f2', '#cc5de8', '#be4bdb', '#852f9a', '#752988', '#6a267b'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#36a34a', '#237231', '#1f642b', '#1c5b27'],
  // Shade 6 is "dimmed" text (hints, counts, dates): AA on white and on the page's grey.
  gray: ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd', '#686e74', '#495057', '#343a40', '#212529'],
};

/** Large targets and a quiet palette: the coordinator works between clients. */
export const theme = createTheme({
  colors,
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 8 },
  // Text on a filled colour is black or white, whichever reads better.
  autoContrast: true,
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
