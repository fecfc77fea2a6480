import type { AppDb } from '../../db/open.js';
import { createDispatcher, type Dispatcher } from '../api/dispatcher.js';
import type { DayView } from '../contract/attendance.js';
import type { Client } from '../contract/clients.js';
import { addDays, isoWeekOf, localIsoDate, localMoment, mondayOfIsoWeek } from '../contract/dates.js';
import type { WeekView } from '../contract/schedule-views.js';
import { pick, seededRandom } from './random.js';

/**
 * The past days of the demo: the last two weeks and this week up to
 * yesterday, run as the coordinator ran them, through the dispatcher with the
 * clock set to each moment: clients booked a few days ahead, then at the desk
 * most admitted with a work record, some sent away, a few no-shows, and a
 * walk-in now and then. The rules refuse what they would refuse on the day.
 */

const sentAwayReasons = ['Pod vlivem alkoholu', 'Nevhodné oblečení', 'Přišel pozdě a směna byla plná'];

type Call = <T>(method: string, input: unknown) => T | null;

function clockedCalls(db: AppDb) {
  let moment = new Date();
  const api: Dispatcher = createDispatcher({ db, now: () => moment, actor: 'demo' });
  const call: Call = <T>(method: string, input: unknown) => {
    const result = api.call(method, input, { locale: 'cs' });
    return result.ok ? (result.value as T) : null;
  };
  return { call, at: (date: string, time: string) => (moment = localMoment(date, time)) };
}

/** Books the week's shifts three quarters full from the queue, four days before the week. */
function bookWeek(call: Call, queue: Client[], year: number, week: number, before: string): void {
  const view = call<WeekView>('schedule.week', { year, week });
  if (!view) return;
  for (const shift of view.shifts.filter((s) => s.date < before)) {
    let ref = shift.ref;
    for (let placed = 0, tries = 0; placed < Math.ceil((shift.places * 3) / 4) && tries < queue.length; tries += 1) {
      const client = queue.shift();
      if (!client) return;
      queue.push(client);
      const booked = call<{ shiftId: number }>('schedule.book', { shift: ref, clientId: client.id });
      if (!booked) continue;
      ref = { shiftId: booked.shiftId };
      placed += 1;
    }
  }
}

function fitness(call: Call, ok: boolean) {
  const settings = call<{ fitnessItems: { cs: string }[] }>('attendance.getSettings', {});
  return (settings?.fitnessItems ?? []).map((item, i) => ({ label: item.cs, ok: ok || i > 0, note: null }));
}

/** The desk on one past day, recorded an hour after each shift ends. */
function runDay(
  call: Call,
  at: (date: string, time: string) => void,
  plan: { date: string; queue: Client[] },
  random: () => number,
): number {
  const { date, queue } = plan;
  at(date, '23:00');
  const day = call<DayView>('attendance.day', { date });
  let recorded = 0;
  for (const shift of day?.shifts ?? []) {
    for (const client of shift.clients) {
      const draw = random();
      const time = draw < 0.1 ? addMinutes(shift.start, 14) : shift.start;
      let arrivalId: number | null = null;
      if (!client.agreement.valid || draw > 0.9) {
        const reason = client.agreement.valid ? pick(random, sentAwayReasons) : 'Bez platné dohody';
        const answers = fitness(call, reason !== sentAwayReasons[0]);
        const input = {
          bookingId: client.bookingId,
          outcome: 'sentAway',
          time,
          fitness: answers,
          sentAwayReason: reason,
        };
        call('attendance.recordArrival', input);
      } else if (draw > 0.78) {
        call('attendance.recordNoShow', { bookingId: client.bookingId });
      } else {
        const input = { bookingId: client.bookingId, outcome: 'admitted', time, fitness: fitness(call, true) };
        arrivalId = call<{ arrival: { id: number } }>('attendance.recordArrival', input)?.arrival.id ?? null;
      }
      if (arrivalId !== null) {
        const tasks = client.underAge ? ['Úklid centra'] : ['Úklid centra', 'Příprava harm-reduction materiálu'];
        call('attendance.saveWorkRecord', { arrivalId, start: time, end: shift.end, breakMinutes: 15, tasks });
      }
      recorded += 1;
    }
    if (shift.free > 0 && random() < 0.5) recorded += walkIn(call, queue, shift);
  }
  return recorded;
}

/** Someone without a booking takes a free place: the first of the queue the rules let in. */
function walkIn(call: Call, queue: Client[], shift: DayView['shifts'][number]): number {
  for (const client of queue.slice(0, 8)) {
    const input = {
      shift: shift.ref,
      clientId: client.id,
      outcome: 'admitted',
      time: shift.start,
      fitness: fitness(call, true),
    };
    const done = call<{ arrival: { id: number } }>('attendance.walkIn', input);
    if (!done) continue;
    const work = {
      arrivalId: done.arrival.id,
      start: shift.start,
      end: shift.end,
      breakMinutes: 15,
      tasks: ['Úklid centra'],
    };
    call('attendance.saveWorkRecord', work);
    return 1;
  }
  return 0;
}

function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Answers how many outcomes were recorded. */
export function seedPastDays(db: AppDb, clients: Client[], now: Date): number {
  const random = seededRandom(23);
  const today = localIsoDate(now);
  const { year, week } = isoWeekOf(today);
  const thisMonday = mondayOfIsoWeek(year, week);
  const queue = clients.filter((c) => c.active);
  const { call, at } = clockedCalls(db);
  let recorded = 0;
  for (let back = 2; back >= 0; back -= 1) {
    const monday = addDays(thisMonday, -7 * back);
    const weekOf = isoWeekOf(monday);
    at(addDays(monday, -4), '10:00');
    bookWeek(call, queue, weekOf.year, weekOf.week, today);
    for (let day = monday; day < today && day < addDays(monday, 7); day = addDays(day, 1)) {
      recorded += runDay(call, at, { date: day, queue }, random);
    }
  }
  return recorded;
}
