import type { Locale } from '../../contract/i18n.js';

/** Words of the client's data export (the PDF for the person). */
export const exportTexts: Record<
  Locale,
  {
    title: string;
    fileName: string;
    intro: string;
    exportedAt: string;
    changes: string;
    noChanges: string;
    subject: string;
  }
> = {
  cs: {
    title: 'Údaje, které o vás vedeme',
    fileName: 'udaje-klienta',
    intro:
      'Tento výpis obsahuje všechny údaje, které o vás program vede: osobní údaje, dohody, zápisy na směny, příchody, záznamy o práci, zálohy a záznam změn (kdo a kdy údaje měnil). Máte právo požádat o opravu nesprávných údajů.',
    exportedAt: 'Vytvořeno',
    changes: 'Záznam změn',
    noChanges: 'Žádné změny nejsou zaznamenány.',
    subject: 'Výpis osobních údajů',
  },
  en: {
    title: 'The data we hold about you',
    fileName: 'client-data',
    intro:
      'This statement lists everything the programme holds about you: personal details, agreements, shift bookings, arrivals, work records, advances and the change log (who changed your data and when). You may ask for wrong data to be corrected.',
    exportedAt: 'Made on',
    changes: 'Change log',
    noChanges: 'No changes are recorded.',
    subject: 'Statement of personal data',
  },
};
