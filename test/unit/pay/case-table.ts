import type { MonthPay, MonthPayInput } from '../../../core/pay/index.js';
import {
  above,
  atThreshold,
  declared,
  declaredStateInsured,
  fiveShifts,
  fourShifts,
  monthInput,
  onlyRate,
  rate2025,
  rate2026,
  shift,
  stateInsured,
} from './support.js';

export type Figures = Omit<MonthPay, 'month' | 'minutes' | 'lines'>;

const below = { insured: false, employeeSocial: 0, employeeHealth: 0, employerSocial: 0, employerHealth: 0 };

/**
 * The hand-computed case table: a client-month and what the law makes of it;
 * every expected figure is worked out by hand from domain.md, in haléře. The
 * pay module's tests run it through payMonth, the pay run's through the desk,
 * the database and the month's payslips.
 */
export const cases: [string, MonthPayInput, Figures][] = [
  [
    // 180 min × 134.40 / 60 = 403.20. Below 4,500, no declaration: withholding.
    // Base ⌊403.20⌋ = 403; tax ⌊403 × 15 % = 60.45⌋ = 60. Net 403.20 − 60 = 343.20.
    'one shift, no declaration',
    monthInput('2026-03', [shift('2026-03-02')], onlyRate(rate2026)),
    { ...below, gross: 40320, taxRegime: 'withholding', tax: 6000, net: 34320 },
  ],
  [
    // Gross 403.20. Declared: advance base 403.20 → 500 (hundreds up); 15 % = 75;
    // credit 2,570 covers it → 0. Net 403.20.
    'one shift, declaration signed',
    monthInput('2026-03', [shift('2026-03-02')], onlyRate(rate2026), declared),
    { ...below, gross: 40320, taxRegime: 'advance', tax: 0, net: 40320 },
  ],
  [
    // 4 × 403.20 = 1,612.80. Withholding: base 1,612; 15 % = 241.80 → 241. Net 1,371.80.
    'four shifts, no declaration',
    monthInput('2026-03', fourShifts, onlyRate(rate2026)),
    { ...below, gross: 161280, taxRegime: 'withholding', tax: 24100, net: 137180 },
  ],
  [
    // 1,612.80 → base 1,700; 15 % = 255; minus credit → 0. Net 1,612.80.
    'four shifts, declaration signed',
    monthInput('2026-03', fourShifts, onlyRate(rate2026), declared),
    { ...below, gross: 161280, taxRegime: 'advance', tax: 0, net: 161280 },
  ],
  [
    // domain.md: 5 × 3 h × 134.40 = 2,016.00. Tax ⌊2,016 × 15 % = 302.40⌋ = 302; net 1,714.
    'worked example, no declaration',
    monthInput('2026-03', fiveShifts, onlyRate(rate2026)),
    { ...below, gross: 201600, taxRegime: 'withholding', tax: 30200, net: 171400 },
  ],
  [
    // domain.md: base 2,100; 15 % = 315; minus 2,570 → 0; net 2,016.
    'worked example, declaration signed',
    monthInput('2026-03', fiveShifts, onlyRate(rate2026), declared),
    { ...below, gross: 201600, taxRegime: 'advance', tax: 0, net: 201600 },
  ],
  [
    // 1,799 min × 150.00 / 60 = 4,497.50: just below the threshold, no insurance.
    // Withholding: base 4,497; 15 % = 674.55 → 674. Net 4,497.50 − 674 = 3,823.50.
    'one minute short of the threshold, no declaration',
    monthInput('2026-03', [...atThreshold.slice(0, 5), shift('2026-03-13', 299)], onlyRate(15000)),
    { ...below, gross: 449750, taxRegime: 'withholding', tax: 67400, net: 382350 },
  ],
  [
    // Exactly 4,500.00: insured (at or above). Social: 7.1 % = 319.50 → 320; employer 24.8 % = 1,116.
    // Health 13.5 % = 607.50 → 608; employee ⌊608 / 3 = 202.67⌋ = 202, employer 406.
    // Minimum base 22,400 × 13.5 % = 3,024 → top-up 3,024 − 608 = 2,416; employee health 2,618.
    // Insured without declaration: advance tax, base 4,500, 15 % = 675, no credit.
    // Net 4,500 − 320 − 2,618 − 675 = 887.
    'exactly at the threshold, no declaration',
    monthInput('2026-03', atThreshold, onlyRate(15000)),
    {
      gross: 450000,
      insured: true,
      employeeSocial: 32000,
      employeeHealth: 261800,
      employerSocial: 111600,
      employerHealth: 40600,
      taxRegime: 'advance',
      tax: 67500,
      net: 88700,
    },
  ],
  [
    // 4,500.00, declared, the state pays health insurance: no minimum base.
    // Social 320; health 608 → employee 202, employer 406. Tax 675 − 2,570 → 0.
    // Net 4,500 − 320 − 202 = 3,978.
    'exactly at the threshold, declared, state pays health insurance',
    monthInput('2026-03', atThreshold, onlyRate(15000), declaredStateInsured),
    {
      gross: 450000,
      insured: true,
      employeeSocial: 32000,
      employeeHealth: 20200,
      employerSocial: 111600,
      employerHealth: 40600,
      taxRegime: 'advance',
      tax: 0,
      net: 397800,
    },
  ],
  [
    // 4,860.00 in January 2026. Social 7.1 % = 345.06 → 346; employer 24.8 % = 1,205.28 → 1,206.
    // Health 13.5 % = 656.10 → 657; employee 657 / 3 = 219, employer 438.
    // Top-up 3,024 − 657 = 2,367 (about half the pay, as domain.md warns); employee health 2,586.
    // Advance tax: base 4,900; 15 % = 735. Net 4,860 − 346 − 2,586 − 735 = 1,193.
    'above the threshold, no declaration, minimum base',
    monthInput('2026-01', above, onlyRate(13500)),
    {
      gross: 486000,
      insured: true,
      employeeSocial: 34600,
      employeeHealth: 258600,
      employerSocial: 120600,
      employerHealth: 43800,
      taxRegime: 'advance',
      tax: 73500,
      net: 119300,
    },
  ],
  [
    // As above, declared: tax 735 − 2,570 → 0. Net 4,860 − 346 − 2,586 = 1,928.
    'above the threshold, declared, minimum base',
    monthInput('2026-01', above, onlyRate(13500), declared),
    {
      gross: 486000,
      insured: true,
      employeeSocial: 34600,
      employeeHealth: 258600,
      employerSocial: 120600,
      employerHealth: 43800,
      taxRegime: 'advance',
      tax: 0,
      net: 192800,
    },
  ],
  [
    // State pays: no top-up, employee health 219. Tax 735. Net 4,860 − 346 − 219 − 735 = 3,560.
    'above the threshold, no declaration, state pays health insurance',
    monthInput('2026-01', above, onlyRate(13500), stateInsured),
    {
      gross: 486000,
      insured: true,
      employeeSocial: 34600,
      employeeHealth: 21900,
      employerSocial: 120600,
      employerHealth: 43800,
      taxRegime: 'advance',
      tax: 73500,
      net: 356000,
    },
  ],
  [
    // State pays and declared: net 4,860 − 346 − 219 = 4,295.
    'above the threshold, declared, state pays health insurance',
    monthInput('2026-01', above, onlyRate(13500), declaredStateInsured),
    {
      gross: 486000,
      insured: true,
      employeeSocial: 34600,
      employeeHealth: 21900,
      employerSocial: 120600,
      employerHealth: 43800,
      taxRegime: 'advance',
      tax: 0,
      net: 429500,
    },
  ],
  [
    // December 2025, same 4,860.00 at 135.00 CZK: the 2025 minimum base 20,800 × 13.5 % = 2,808,
    // top-up 2,808 − 657 = 2,151; employee health 219 + 2,151 = 2,370. Social 346, tax 735.
    // Net 4,860 − 346 − 2,370 − 735 = 1,409 (January 2026 gives 1,193: its minimum wage is higher).
    'December–January boundary: December settles with the 2025 minimum base',
    monthInput(
      '2025-12',
      ['2025-12-01', '2025-12-03', '2025-12-05', '2025-12-08', '2025-12-10', '2025-12-12'].map((d) => shift(d, 360)),
      onlyRate(13500),
    ),
    {
      gross: 486000,
      insured: true,
      employeeSocial: 34600,
      employeeHealth: 237000,
      employerSocial: 120600,
      employerHealth: 43800,
      taxRegime: 'advance',
      tax: 73500,
      net: 140900,
    },
  ],
  [
    // Friday 1 May 2026, a public holiday: 403.20 + premium 100 % of the average earnings
    // (the agreed rate) 403.20 = 806.40. Withholding: base 806; 15 % = 120.90 → 120. Net 686.40.
    'a public holiday shift',
    monthInput('2026-05', [shift('2026-05-01', 180, { holiday: true })], onlyRate(rate2026)),
    { ...below, gross: 80640, taxRegime: 'withholding', tax: 12000, net: 68640 },
  ],
  [
    // Saturday 7 March 2026: 403.20 + 10 % of 403.20 = 40.32 → 443.52.
    // Withholding: base 443; 15 % = 66.45 → 66. Net 377.52.
    'a Saturday shift',
    monthInput('2026-03', [shift('2026-03-07', 180, { weekend: true })], onlyRate(rate2026)),
    { ...below, gross: 44352, taxRegime: 'withholding', tax: 6600, net: 37752 },
  ],
  [
    // Sunday 5 July 2026 is a public holiday too: both premiums, 403.20 + 403.20 + 40.32 = 846.72.
    // Declared: base 900; 15 % = 135; credit → 0. Net 846.72.
    'a public holiday on a Sunday earns both premiums',
    monthInput('2026-07', [shift('2026-07-05', 180, { holiday: true, weekend: true })], onlyRate(rate2026), declared),
    { ...below, gross: 84672, taxRegime: 'advance', tax: 0, net: 84672 },
  ],
  [
    // Rate raised from 1 January 2026 (124.40 → 134.40): January's four Mondays all at 134.40:
    // 4 × 403.20 = 1,612.80; withholding 241; net 1,371.80.
    'rate change on 1 January: January pays the new rate',
    monthInput(
      '2026-01',
      ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'].map((d) => shift(d)),
      [
        { from: '2025-06-01', to: '2025-12-31', terms: { hourlyRate: rate2025 } },
        { from: '2026-01-01', to: null, terms: { hourlyRate: rate2026 } },
      ],
    ),
    { ...below, gross: 161280, taxRegime: 'withholding', tax: 24100, net: 137180 },
  ],
  [
    // The same agreement in December 2025: 4 × 3 h × 124.40 = 1,492.80; ⌊1,492 × 15 % = 223.80⌋ = 223.
    // Net 1,269.80.
    'rate change on 1 January: December pays the old rate',
    monthInput(
      '2025-12',
      ['2025-12-01', '2025-12-08', '2025-12-15', '2025-12-22'].map((d) => shift(d)),
      [
        { from: '2025-06-01', to: '2025-12-31', terms: { hourlyRate: rate2025 } },
        { from: '2026-01-01', to: null, terms: { hourlyRate: rate2026 } },
      ],
    ),
    { ...below, gross: 149280, taxRegime: 'withholding', tax: 22300, net: 126980 },
  ],
  [
    // Amendment from 16 March 2026 to 150.00 CZK: 2 × 3 h × 134.40 = 806.40 and 2 × 3 h × 150 = 900.00;
    // gross 1,706.40. Withholding: base 1,706; 15 % = 255.90 → 255. Net 1,451.40.
    'rate amendment in the middle of the month',
    monthInput(
      '2026-03',
      ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].map((d) => shift(d)),
      [
        { from: '2026-01-01', to: '2026-03-15', terms: { hourlyRate: rate2026 } },
        { from: '2026-03-16', to: null, terms: { hourlyRate: 15000 } },
      ],
    ),
    { ...below, gross: 170640, taxRegime: 'withholding', tax: 25500, net: 145140 },
  ],
  [
    // 50 min × 124.40 / 60 = 103.6666… → rounded up to the haléř: 103.67.
    // Withholding: base 103; 15 % = 15.45 → 15. Net 88.67.
    'pay for minutes is rounded up to the haléř',
    monthInput('2025-06', [shift('2025-06-02', 50)], onlyRate(rate2025)),
    { ...below, gross: 10367, taxRegime: 'withholding', tax: 1500, net: 8867 },
  ],
  [
    // 44 min × 134.40 / 60 = 98.56: an advance base of 100 CZK or less is rounded up to whole CZK: 99;
    // 15 % = 14.85 → 15; credit 15 → 0. Net 98.56.
    'an advance base of 100 CZK or less rounds to whole CZK',
    monthInput('2026-03', [shift('2026-03-02', 44)], onlyRate(rate2026), declared),
    { ...below, gross: 9856, taxRegime: 'advance', tax: 0, net: 9856 },
  ],
];
