import type { Shape } from '../shape.js';
import type { csSchedule } from '../cs/schedule.js';

/** English texts of the sign-up sheet: shifts, bookings, the waiting list. */
export const enSchedule: Shape<typeof csSchedule> = {
  errors: {
    shiftFull:
      'The shift {{shift}} is full (all its places are taken: {{places}}). You can put the client on the waiting list.',
    weeklyLimit:
      '{{name}} already has a shift in week {{week}} ({{shifts}}). Programme rule: at most {{limit}} a week. An exception needs a written reason.',
    suspended: '{{name}} is suspended ({{from}} – {{to}}) and the shift {{shift}} falls within that time.',
    shiftStarted: 'The shift {{shift}} has started or is over; its sign-up no longer changes.',
    shiftCancelled: 'The shift {{shift}} is cancelled ({{reason}}).',
    notOpenYet:
      'Sign-up for week {{week}} opens on {{opensOn}}. How many weeks ahead are open is set in Settings → Shifts.',
    alreadyBooked: '{{name}} is already booked for the shift {{shift}}.',
    alreadyWaiting: '{{name}} is already on the waiting list of the shift {{shift}}.',
    placesFree: 'The shift {{shift}} has free places ({{free}}): book the client directly.',
    clientInactive: '{{name}} has left the programme. Bring them back on the client’s page first.',
    notBooked: 'This booking no longer stands (it was cancelled or moved). Reload the week.',
    notCancelledBooking: 'This booking is not cancelled.',
    notWaiting: 'The client is no longer on the waiting list.',
    nothingToTell: 'There is nothing to pass on for this booking.',
    placesBelowBooked_one: '{{count}} client is booked for the shift, so it cannot have fewer places.',
    placesBelowBooked_other: '{{count}} clients are booked for the shift, so it cannot have fewer places.',
    sameShift: 'The client is already on the shift {{shift}}.',
    notOnSheet: 'This shift is not on the sheet (the pattern does not apply on {{date}}). Reload the week.',
    notCancelledShift: 'The shift {{shift}} is not cancelled.',
    patternOverlap: 'Another recurring shift already runs on the same day and time ({{from}} – {{to}}).',
    patternInUse:
      'Shifts on the sheet already come from this pattern, so it can only be ended (on {{from}} at the earliest).',
    holidayClosed:
      'The shift {{shift}} falls on a public holiday ({{holiday}}) and is not open for sign-up. The coordinator can open it with “Open anyway”.',
    noShowBlock:
      '{{name}} did not come {{count}} times within {{weeks}} weeks (the last on {{date}}), so sign-up is blocked until {{until}}. An exception needs a written reason.',
    shiftTooLong: 'A shift may last at most {{max}} (Labour Code § 83); this one lasts {{length}}.',
    notRestored: {
      weeklyLimit: 'has meanwhile booked another shift that week',
      suspended: 'is suspended',
      noShows: 'is blocked for repeated no-shows',
      inactive: 'has left the programme',
      full: 'the shift has no place left',
    },
  },
  warnings: {
    holidayPay:
      '{{date}} is a public holiday ({{holiday}}): work on this day earns a premium of the average earnings (Labour Code § 115).',
    weekendPremium:
      '{{date}} is a Saturday or Sunday: work on this day earns a premium of at least 10 % of the average earnings (Labour Code § 118).',
    shortNotice:
      'The shift is less than {{notice}} away: the client must get the schedule in writing at least {{notice}} before (labour code). Hand them the sheet now.',
    noAgreement:
      '{{name}} has no valid signed agreement (DPČ) on {{date}}. The booking stands, but without an agreement they cannot start work on arrival.',
    noParameters:
      'Legal figures for today are missing, so the schedule notice could not be checked. Add them in Settings.',
    overAverage:
      'With this shift {{name}} would work {{average}} a week on average in the balancing period {{from}} – {{to}}; the law allows at most {{limit}} (Labour Code § 76). The booking stands; plan fewer hours later in the period.',
    noShowOverrideRecorded: 'The exception to the no-show block was recorded (reason: {{reason}}).',
    overrideRecorded: 'The exception to the weekly limit was recorded (reason: {{reason}}).',
  },
  validation: {
    shiftRef: 'The shift is not given correctly.',
  },
  fields: {
    shift: 'Shift',
    to: 'Target shift',
    shiftId: 'Shift',
    patternId: 'Shift pattern',
    bookingId: 'Booking',
    entryId: 'Waiting entry',
    overrideReason: 'Reason for the exception',
    weekday: 'Weekday',
    start: 'Start',
    end: 'End',
    places: 'Places',
    place: 'Place of work',
    task: 'Work',
    lastDay: 'Last day',
    includeEnded: 'Include ended',
    weeklyLimit: 'Shifts per client per week, at most',
    weeksAhead: 'Sign-up open weeks ahead',
    fairnessWeeks: 'Priority for those who have not worked (weeks)',
    waitingLines: 'Waiting-list lines on the sheet',
    noShowLimit: 'No-shows that block sign-up',
    noShowWeeks: 'Counted over (weeks)',
    noShowBlockWeeks: 'Sign-up blocked for (weeks)',
    wallNames: 'Names on the wall sheet',
    houseRulesCs: 'House rules on the sheet (Czech)',
    houseRulesEn: 'House rules on the sheet (English)',
  },
};
