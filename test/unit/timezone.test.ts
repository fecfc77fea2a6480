import { expect, test } from 'vitest';

// vitest.config.ts pins the suite to the coordinator's zone; without it the
// clock-change tests would pass or fail by the machine they run on.
test('the suite runs on Prague time, daylight-saving changes included', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Prague');
  expect(new Date(2026, 6, 1, 12, 0).getTimezoneOffset()).toBe(-120);
  expect(new Date(2026, 10, 24, 9, 0).getTimezoneOffset()).toBe(-60);
  // 02:30 on 25 October 2026 happens twice; a local date names the first, summer one.
  expect(new Date(2026, 9, 25, 2, 30).getTimezoneOffset()).toBe(-120);
  expect(new Date(2026, 9, 25, 3, 30).getTimezoneOffset()).toBe(-60);
});
