import type { Locale } from '../../contract/i18n.js';
import { NBSP } from '../../contract/present.js';

/** The words the sign-up sheet and the day list print, in both languages. */
const texts = {
  cs: {
    weekTitle: (week: number) => `Rozpis směn – ${week}. týden`,
    weekSubject: 'Zápis na směny pracovního programu',
    intro: 'Zapište se na volný řádek. Když je směna plná, zapište se na čekací listinu.',
    waiting: 'Čekací listina',
    cancelled: 'Zrušeno',
    holiday: (name: string) => `Svátek: ${name}`,
    holidayClosed: 'Státní svátek – směna se nekoná',
    notInShift: '—',
    houseRules: 'Pravidla',
    printed: (at: string) => `vytištěno ${at}`,
    noShifts: 'Na tento týden nejsou vypsané žádné směny.',
    dayTitle: 'Příchody na směnu',
    daySubject: 'Seznam očekávaných klientů pro příjem na směnu',
    dayIntro:
      'Zaškrtněte příchod a způsobilost k práci. Když někdo přišel, ale nebyl přijat, napište do poznámky důvod; údaje o zdraví sem nepište.',
    columns: {
      number: '#',
      client: 'Klient',
      code: 'Kód',
      came: 'Přišel(a)',
      time: 'Čas příchodu',
      fit: 'Způsobilost',
      note: 'Poznámka',
    },
    noAgreement: 'chybí platná dohoda',
    quote: (text: string) => `„${text}“`,
    nobodyBooked: 'Na směnu není nikdo zapsán.',
    standIns: 'Náhradníci z čekací listiny',
    noDayShifts: 'Na tento den není vypsaná žádná směna.',
    cancelledShift: (reason: string) => `Směna je zrušena: ${reason}`,
    dayFooter: 'Příchody na směnu',
    weekFooter: 'Rozpis směn',
  },
  en: {
    weekTitle: (week: number) => `Shift sign-up – week${NBSP}${week}`,
    weekSubject: 'Sign-up for the work programme’s shifts',
    intro: 'Write your name on a free line. When a shift is full, sign up on its waiting list.',
    waiting: 'Waiting list',
    cancelled: 'Cancelled',
    holiday: (name: string) => `Holiday: ${name}`,
    holidayClosed: 'Public holiday – no shift',
    notInShift: '—',
    houseRules: 'House rules',
    printed: (at: string) => `printed ${at}`,
    noShifts: 'No shifts are set for this week.',
    dayTitle: 'Arrivals',
    daySubject: 'Clients expected at the arrival desk',
    dayIntro:
      'Tick the arrival and the fitness to work. For anyone who came but was not admitted, note the reason; never write health details here.',
    columns: {
      number: '#',
      client: 'Client',
      code: 'Code',
      came: 'Came',
      time: 'Arrived at',
      fit: 'Fit to work',
      note: 'Note',
    },
    noAgreement: 'no valid agreement',
    quote: (text: string) => `“${text}”`,
    nobodyBooked: 'Nobody is booked for this shift.',
    standIns: 'Stand-ins from the waiting list',
    noDayShifts: 'No shift is set for this day.',
    cancelledShift: (reason: string) => `The shift is cancelled: ${reason}`,
    dayFooter: 'Arrivals',
    weekFooter: 'Shift sign-up',
  },
} as const;

export type SheetTexts = (typeof texts)[Locale];

export function sheetTexts(lang: Locale): SheetTexts {
  return texts[lang];
}
