import { addIsoWeeks, isoWeekOf } from '@contract/dates.js';
import type { ShiftView } from '@contract/schedule-views.js';
import { useApiQuery } from '../../api/hooks.js';

export interface ClientWeeks {
  today: string;
  /** Shifts from today on the client is booked on. */
  coming: ShiftView[];
  /** Shifts from today on the client waits for. */
  waiting: ShiftView[];
  /** The day of the last past booking in the weeks read; attendance is not recorded yet. */
  lastBooked: string | null;
  /** Shifts the client could be booked on: open, not started, not already theirs. */
  bookable: ShiftView[];
}

/** Weeks read around today: two back for the last booking, this one and the next for what is coming. */
const offsets = [-2, -1, 0, 1] as const;

/**
 * A client's shifts around today, read from the week board (the same data the
 * board shows), so the client's page and the board never disagree.
 */
export function useClientWeeks(clientId: number): ClientWeeks | null {
  const info = useApiQuery('system.info', {});
  const today = info.data?.today;
  const here = today ? isoWeekOf(today) : { year: 2000, week: 1 };
  const weeks = offsets.map((delta) => addIsoWeeks(here.year, here.week, delta));
  const enabled = today !== undefined;
  const w0 = useApiQuery('schedule.week', weeks[0]!, { enabled });
  const w1 = useApiQuery('schedule.week', weeks[1]!, { enabled });
  const w2 = useApiQuery('schedule.week', weeks[2]!, { enabled });
  const w3 = useApiQuery('schedule.week', weeks[3]!, { enabled });
  const boards = [w0.data, w1.data, w2.data, w3.data];
  if (!today || boards.some((b) => b === undefined)) return null;

  const shifts = boards.flatMap((b) => b!.shifts.map((shift) => ({ shift, open: b!.signUp.state === 'open' })));
  const booked = (s: ShiftView) => s.bookings.some((b) => b.clientId === clientId);
  const waits = (s: ShiftView) => s.waiting.some((w) => w.clientId === clientId);
  const ahead = shifts.filter(({ shift }) => shift.date >= today && shift.status === 'open');
  const past = shifts.filter(({ shift }) => shift.date < today && booked(shift)).map(({ shift }) => shift.date);
  return {
    today,
    coming: ahead.filter(({ shift }) => booked(shift)).map(({ shift }) => shift),
    waiting: ahead.filter(({ shift }) => waits(shift)).map(({ shift }) => shift),
    lastBooked: past.length > 0 ? past.sort().at(-1)! : null,
    bookable: ahead
      .filter(({ shift, open }) => open && !shift.started && !booked(shift) && !waits(shift))
      .map(({ shift }) => shift),
  };
}
