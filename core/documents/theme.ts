/**
 * The house look of every printed document, in one place so that an agreement, a
 * payslip and the sign-up sheet read as one family. Sizes are PDF points (1/72 in).
 */

export const fontNames = {
  regular: 'Sans',
  bold: 'Sans-Bold',
  italic: 'Sans-Italic',
  boldItalic: 'Sans-BoldItalic',
} as const;

/** The font files under `fontsDir` for each registered name. */
export const fontFiles: Record<keyof typeof fontNames, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
};

export const colors = {
  text: '#1f2328',
  muted: '#5c6470',
  rule: '#c4c9d0',
  ruleStrong: '#8a929c',
  headerFill: '#eceff2',
  zebraFill: '#f6f7f9',
} as const;

export const sizes = {
  body: 10,
  small: 8.5,
  table: 9,
  title: 16,
  heading: 12,
  subheading: 10.5,
  letterheadName: 12.5,
} as const;

/** Extra space between lines of body text; pdfkit's default (0) looks cramped. */
export const lineGap = 2.5;

export const space = {
  paragraph: 7,
  block: 14,
  rule: 0.5,
} as const;

/** Millimetres to points, for margins and gaps measured on paper. */
export function mm(value: number): number {
  return (value * 72) / 25.4;
}
